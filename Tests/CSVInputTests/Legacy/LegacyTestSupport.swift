import Foundation
@testable import CSVInput

/// Shared fixtures for the legacy-encoding tests: a word list and encoders built by inverting
/// the generated tables (test-only; the library decodes, it does not write legacy text).
enum LegacyFixtures {
    /// Common names, given names and places (52) that TCVN3 can write exactly.
    static let words = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Thị", "Văn", "Ngọc", "Hương", "Trường", "Quốc", "Việt", "Thủy",
        "Hữu", "Đức", "Bảo", "Châu", "Diệp", "Hạnh", "Khoa", "Nghĩa", "Phúc", "Quyên", "Sơn", "Tâm",
        "Uyên", "Xuân", "Yến", "Thảo", "Nguyệt", "Học sinh", "Trường Tiểu học", "Hà Nội",
        "Thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Thừa Thiên Huế",
        "Bà Rịa – Vũng Tàu", "Đắk Lắk", "Khánh Hòa"
    ]
    /// Words with upper-case toned letters (9), which TCVN3 cannot write.
    static let tonedCapitals = ["Ánh", "Ấn", "Ứng", "Ý", "Út", "Ổn", "NGUYỄN VĂN ĐỨC", "TRẦN THỊ THỦY", "ĐẶNG HỮU QUỐC"]
    static var all: [String] { words + tonedCapitals }

    /// Twenty Western strings that must not be taken for legacy Vietnamese.
    static let western = [
        "où", "naïve", "maïs", "Noël", "café", "São Paulo", "Müller", "Zürich", "garçon", "déjà vu",
        "Ñandú", "Ærø", "©2020", "50 µm", "§ 3", "½ cup", "Ångström", "Señor", "crème brûlée", "Øresund"
    ]

    private static func invert(_ table: [UInt16], from start: Int = 0x80) -> [UInt16: [UInt8]] {
        var map: [UInt16: [UInt8]] = [:]
        for b in start..<256 where table[b] != 0xFFFD && map[table[b]] == nil { map[table[b]] = [UInt8(b)] }
        return map
    }

    private static let tcvn3Map: [UInt16: [UInt8]] = {
        var map = invert(LegacyTables.tcvn3)
        // Toned capitals: the lower-case byte (what an H font shows as a capital) — lossy.
        for (unit, bytes) in invert(LegacyTables.tcvn3CapitalFont) where map[unit] == nil { map[unit] = bytes }
        return map
    }()
    private static let visciiMap: [UInt16: [UInt8]] = {
        var map = invert(LegacyTables.viscii)
        for b in [0x02, 0x05, 0x06, 0x14, 0x19, 0x1E] { map[LegacyTables.viscii[b]] = [UInt8(b)] }
        return map
    }()
    private static let vniMap: [UInt16: [UInt8]] = {
        var map = invert(LegacyTables.vniSingle)
        for packed in LegacyTables.vniPairs {
            map[UInt16(packed & 0xFFFF)] = [UInt8(packed >> 24), UInt8((packed >> 16) & 0xFF)]
        }
        return map
    }()

    /// `text` written in `encoding`, or nil when a character cannot be written. TCVN3 writes the
    /// toned capitals with the lower-case byte, as ABC users do (the font shows the capital).
    static func encode(_ text: String, as encoding: LegacyEncoding) -> [UInt8]? {
        let map: [UInt16: [UInt8]]
        switch encoding {
        case .tcvn3: map = tcvn3Map
        case .vni: map = vniMap
        case .viscii: map = visciiMap
        }
        var out: [UInt8] = []
        for unit in text.precomposedStringWithCanonicalMapping.utf16 {
            if unit < 0x80 { out.append(UInt8(unit)); continue }
            guard let bytes = map[unit] else { return nil }
            out += bytes
        }
        return out
    }

    /// `text` in Windows-1258 as Windows writes it: precomposed where the code page has the letter,
    /// else the toneless letter followed by a combining tone byte.
    static func encodeWindows1258(_ text: String) -> [UInt8] {
        var reverse: [UInt32: UInt8] = [:]
        for (i, unit) in Windows1258.upperHalf.enumerated() { reverse[UInt32(unit)] = UInt8(0x80 + i) }
        let tones: [UInt32: UInt8] = [0x300: 0xCC, 0x309: 0xD2, 0x303: 0xDE, 0x301: 0xEC, 0x323: 0xF2]
        var out: [UInt8] = []
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.value < 0x80 { out.append(UInt8(scalar.value)); continue }
            if let b = reverse[scalar.value] { out.append(b); continue }
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            let tone = parts.first { tones[$0.value] != nil }!
            let base = String(String.UnicodeScalarView(parts.filter { tones[$0.value] == nil }))
                .precomposedStringWithCanonicalMapping.unicodeScalars.first!
            out.append(base.value < 0x80 ? UInt8(base.value) : reverse[base.value]!)
            out.append(tones[tone.value]!)
        }
        return out
    }

    /// What Excel or a CSV reader shows for `bytes` read as Windows-1252.
    static func cp1252View(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let v = (0x80..<0xA0).contains(b) ? UInt32(LegacyTables.windows1252C1[Int(b) - 0x80]) : UInt32(b)
            scalars.append(Unicode.Scalar(v)!)
        }
        return String(scalars)
    }
}
