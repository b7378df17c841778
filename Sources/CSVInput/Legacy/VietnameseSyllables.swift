/// Tells whether words could be Vietnamese, by the shape of the written syllable. Used to choose
/// between readings of the same bytes (as is, TCVN3, VNI, VISCII, Windows-1258): the right reading
/// turns almost every word into a legal syllable, a wrong one almost none.
///
/// A legal syllable is: optional initial (`ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p
/// r s t v x`) + a known nucleus of 1–3 vowels + optional final (`c ch m n ng nh p t`), with at most
/// one tone, placed on a vowel where Vietnamese spelling puts it (the vowel with its own mark when
/// there is one; else the second vowel before a final or in a three-vowel nucleus; else the first,
/// or the second of `oa oe uy` in the new style), and with `-c -ch -p -t` only under sắc or nặng.
/// The last two rules are standard Vietnamese orthography, not taken from a cited source.
///
/// No regular expressions and no Unicode normalisation on this path: text is walked scalar by
/// scalar; combining tone marks and combining circumflex/breve/horn are folded into the letter.
public enum VietnameseSyllables {
    /// True when `token` (one word, no spaces) is a legal Vietnamese syllable. Case is ignored.
    public static func isSyllable(_ token: some StringProtocol) -> Bool {
        var letters: [VietnameseLetter] = []
        for scalar in token.unicodeScalars {
            guard append(scalar, to: &letters) else { return false }
        }
        return isSyllable(letters)
    }

    /// Share of the evidence tokens of `text` that are legal syllables (0 when there are none).
    /// Evidence tokens hold a non-ASCII character and at least two characters.
    public static func score(_ text: String) -> Double {
        evidence(in: text).score
    }

    /// Counts the evidence tokens of `text` and the legal syllables among them. Tokens are split at
    /// white space, ASCII digits and `, . ; : ( ) " ' / - –`. A token with any character that is not a
    /// Vietnamese letter (a symbol, U+FFFD, a soft hyphen, `ü`) is counted and is not legal.
    public static func evidence(in text: String) -> SyllableEvidence {
        var result = SyllableEvidence()
        var letters: [VietnameseLetter] = []
        letters.reserveCapacity(16)
        var characters = 0
        var nonASCII = false
        var valid = true

        func finishToken() {
            if nonASCII && characters >= 2 {
                result.total += 1
                if valid && isSyllable(letters) { result.legal += 1 }
            }
            letters.removeAll(keepingCapacity: true)
            characters = 0
            nonASCII = false
            valid = true
        }

        for scalar in text.unicodeScalars {
            let v = scalar.value
            if isSeparator(v) {
                if characters > 0 { finishToken() }
                continue
            }
            if v >= 0x80 { nonASCII = true }
            if !isCombining(v) { characters += 1 }
            if valid { valid = append(scalar, to: &letters) }
        }
        if characters > 0 { finishToken() }
        return result
    }

    // MARK: - Tokens

    /// White space (as Python's `\s`), ASCII digits and `, . ; : ( ) " ' / - –`.
    @inline(__always)
    static func isSeparator(_ v: UInt32) -> Bool {
        if v < 0x80 {
            switch v {
            case 0x09...0x0D, 0x1C...0x20, 0x22, 0x27, 0x28, 0x29, 0x2C, 0x2D, 0x2E, 0x2F, 0x30...0x3B:
                return true  // 0x30...0x39 digits, 0x3A ':', 0x3B ';'
            default:
                return false
            }
        }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2013, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    private static func isCombining(_ v: UInt32) -> Bool { v >= 0x0300 && v <= 0x036F }

    /// Adds `scalar` to the letters of a token; false when it is not a Vietnamese letter or a mark
    /// that fits the previous letter.
    @inline(__always)
    private static func append(_ scalar: Unicode.Scalar, to letters: inout [VietnameseLetter]) -> Bool {
        if let letter = VietnameseLetter.from(scalar) {
            letters.append(letter)
            return true
        }
        let v = scalar.value
        guard isCombining(v), var last = letters.popLast() else { return false }
        if let tone = VietnameseLetter.tone(ofCombining: v) {
            guard last.tone == 0, VietnameseLetter.isVowel(last.base) else { return false }
            last.tone = tone
        } else if let base = VietnameseLetter.modified(last.base, byCombining: v) {
            last.base = base
        } else {
            return false
        }
        letters.append(last)
        return true
    }

    // MARK: - Syllable structure

    private static func key(_ scalars: String) -> UInt64 {
        var k: UInt64 = 0
        for (i, s) in scalars.unicodeScalars.enumerated() { k |= UInt64(s.value) << (16 * UInt64(i)) }
        return k
    }

    /// Initials, longest first where one is a prefix of another (as the regex alternation of
    /// verify_roundtrip.py tries them); the empty initial is tried last.
    private static let initials: [[UInt32]] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""
    ].map { $0.unicodeScalars.map(\.value) }

    private static let finals: Set<UInt64> = Set(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"].map(key))
    private static let stopFinals: Set<UInt64> = Set(["c", "ch", "p", "t"].map(key))

    private static let nuclei: Set<UInt64> = Set(
        """
        a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ \
        ưa ưi ưu ươ uy yê iêu oai oay oeo uây uôi uya uyê uyu ươi ươu yêu
        """.split(separator: " ").map { key(String($0)) })

    /// Nuclei where the new style puts the tone on the second vowel without a final (hoà/hòa).
    private static let secondVowelNuclei: Set<UInt64> = Set(["oa", "oe", "uy"].map(key))

    private static func isSyllable(_ letters: [VietnameseLetter]) -> Bool {
        let n = letters.count
        guard n >= 1, n <= 8 else { return false }
        var toneAt = -1
        for i in 0..<n where letters[i].tone != 0 {
            if toneAt >= 0 { return false }
            toneAt = i
        }
        for initial in initials {
            guard initial.count < n else { continue }
            var matches = true
            for (i, c) in initial.enumerated() where letters[i].base != c { matches = false; break }
            guard matches else { continue }
            let start = initial.count
            var end = start
            while end < n, VietnameseLetter.isVowel(letters[end].base) { end += 1 }
            let length = end - start
            guard length >= 1, length <= 3 else { continue }
            var finalKey: UInt64 = 0
            guard n - end <= 2 else { continue }
            for i in end..<n { finalKey |= UInt64(letters[i].base) << (16 * UInt64(i - end)) }
            guard finals.contains(finalKey) else { continue }
            // First structural match decides, as in the regex of the reference check.
            var nucleusKey: UInt64 = 0
            for i in start..<end { nucleusKey |= UInt64(letters[i].base) << (16 * UInt64(i - start)) }
            guard nuclei.contains(nucleusKey) else { return false }
            guard toneAt >= 0 else { return true }
            let tone = letters[toneAt].tone
            if stopFinals.contains(finalKey), tone != VietnameseLetter.acute, tone != VietnameseLetter.dotBelow {
                return false
            }
            let p = toneAt - start
            guard p >= 0, p < length else { return false }
            var hasModified = false
            for i in start..<end where VietnameseLetter.isModifiedVowel(letters[i].base) { hasModified = true }
            if hasModified { return VietnameseLetter.isModifiedVowel(letters[toneAt].base) }
            if length == 1 { return true }
            if end < n || length == 3 { return p == 1 }
            return p == 0 || (p == 1 && secondVowelNuclei.contains(nucleusKey))
        }
        return false
    }
}
