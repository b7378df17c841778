/// One letter of a Vietnamese word, split into its base letter and its tone.
///
/// `base` is the Unicode scalar value of the lower-case letter without tone, keeping the vowel's
/// own marks (`ầ` → `â`, `Đ` → `đ`); `tone` is 0 none, 1 huyền (grave), 2 sắc (acute),
/// 3 hỏi (hook), 4 ngã (tilde), 5 nặng (dot below).
struct VietnameseLetter: Equatable {
    var base: UInt32
    var tone: UInt8

    static let acute: UInt8 = 2
    static let dotBelow: UInt8 = 5

    /// The 12 vowels, each followed by its five toned forms in the order of `tone`.
    private static let vowelRows = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"
    ]

    /// Non-ASCII letters → `base | tone << 24`.
    private static let nonASCII: [UInt32: UInt32] = {
        var map: [UInt32: UInt32] = [:]
        for row in vowelRows {
            let scalars = Array(row.unicodeScalars)
            let base = scalars[0].value
            for (tone, scalar) in scalars.enumerated() {
                let packed = base | UInt32(tone) << 24
                map[scalar.value] = packed
                for upper in String(scalar).uppercased().unicodeScalars { map[upper.value] = packed }
            }
        }
        map[0x0111] = 0x0111  // đ
        map[0x0110] = 0x0111  // Đ
        return map
    }()

    /// The letter that `scalar` spells, or nil when it is not a letter of the Vietnamese alphabet
    /// (f j w z are accepted here as Latin letters; the syllable rules reject them).
    @inline(__always)
    static func from(_ scalar: Unicode.Scalar) -> VietnameseLetter? {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A { return VietnameseLetter(base: v, tone: 0) }
            if v >= 0x41 && v <= 0x5A { return VietnameseLetter(base: v + 0x20, tone: 0) }
            return nil
        }
        guard let packed = nonASCII[v] else { return nil }
        return VietnameseLetter(base: packed & 0xFFFFFF, tone: UInt8(packed >> 24))
    }

    /// The tone a combining mark adds (U+0300 ̀ U+0301 ́ U+0309 ̉ U+0303 ̃ U+0323 ̣), or nil.
    @inline(__always)
    static func tone(ofCombining v: UInt32) -> UInt8? {
        switch v {
        case 0x0300: return 1
        case 0x0301: return 2
        case 0x0309: return 3
        case 0x0303: return 4
        case 0x0323: return 5
        default: return nil
        }
    }

    /// The base a vowel becomes under a combining circumflex (U+0302), breve (U+0306) or horn
    /// (U+031B), or nil when that combination is not a Vietnamese letter.
    @inline(__always)
    static func modified(_ base: UInt32, byCombining v: UInt32) -> UInt32? {
        switch (v, base) {
        case (0x0302, 0x61): return 0xE2  // â
        case (0x0302, 0x65): return 0xEA  // ê
        case (0x0302, 0x6F): return 0xF4  // ô
        case (0x0306, 0x61): return 0x103  // ă
        case (0x031B, 0x6F): return 0x1A1  // ơ
        case (0x031B, 0x75): return 0x1B0  // ư
        default: return nil
        }
    }

    /// True for the 12 vowel bases a ă â e ê i o ô ơ u ư y.
    @inline(__always)
    static func isVowel(_ base: UInt32) -> Bool {
        switch base {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0xE2, 0xEA, 0xF4, 0x103, 0x1A1, 0x1B0: return true
        default: return false
        }
    }

    /// True for the vowels that carry their own mark: ă â ê ô ơ ư.
    @inline(__always)
    static func isModifiedVowel(_ base: UInt32) -> Bool {
        switch base {
        case 0xE2, 0xEA, 0xF4, 0x103, 0x1A1, 0x1B0: return true
        default: return false
        }
    }
}
