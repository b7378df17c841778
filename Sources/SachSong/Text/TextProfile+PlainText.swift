/// The full passes for the common case: ASCII and precomposed Vietnamese letters only.
///
/// Mojibake needs a character that stands for a Windows-1252 continuation byte (U+0080–U+00BF,
/// "€", "…", "Š"…), and invisible characters and combining marks have their own lead bytes; none
/// of them is a Vietnamese letter. So while the text holds only ASCII, Latin-1 letters (C3),
/// U+0100–U+017F apart from the Windows-1252 ones (C4, C5), Ơ ơ Ư ư (C6) and U+1EA0–U+1EF9
/// (E1 BA/BB), the flags stay false and only spaces (and, for names, letter case) need counting,
/// without decoding. Any other byte makes the caller start over with `scanScalars`.
extension TextProfile {
    /// Spaces and controls of plain text (depth `.text`): eight bytes at a time while they are
    /// printable ASCII, byte by byte from each byte that is not. False, with the profile left as
    /// it was, when the text holds a character outside the plain set.
    @inline(__always)
    mutating func scanPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var previousSpace = false
        var doubleSpace = false
        var hasTabOrNewline = false
        var ascii = true
        var i = 0
        while i < n {
            let plain = Self.plainASCII(base, at: i, count: n)
            if plain > 0 {
                previousSpace = false
                i += plain
                if plain == 8 { continue }
            }
            let b = base[i]
            if b < 0x80 {
                i += 1
                if b == 0x20 {
                    if previousSpace { doubleSpace = true }
                    previousSpace = true
                    continue
                }
                previousSpace = false
                if b == 0x09 || b == 0x0A || b == 0x0D { hasTabOrNewline = true }
                continue
            }
            ascii = false
            previousSpace = false
            let letter = Self.plainLetter(base, at: i, count: n)
            guard letter.length > 0 else { return false }
            i += letter.length
        }
        isASCII = ascii
        self.doubleSpace = doubleSpace
        self.hasTabOrNewline = hasTabOrNewline
        return true
    }

    /// Counts letters and spaces of plain text (depth `.name`); false, with the profile
    /// left as it was, when the text holds a character outside the plain set.
    @inline(__always)
    mutating func scanPlainNames(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var upper = 0, lower = 0
        // Flags as bytes, set without branches: ASCII letters and spaces alternate too
        // irregularly for branches to be predicted.
        var previousSpace: UInt8 = 0
        var doubleSpace: UInt8 = 0
        var hasTabOrNewline: UInt8 = 0
        var ascii = true
        var i = 0
        while i < n {
            let b = base[i]
            if b < 0x80 {
                i += 1
                let space: UInt8 = b == 0x20 ? 1 : 0
                doubleSpace |= space & previousSpace
                previousSpace = space
                lower &+= b &- 0x61 < 26 ? 1 : 0
                upper &+= b &- 0x41 < 26 ? 1 : 0
                hasTabOrNewline |= b == 0x09 || b == 0x0A || b == 0x0D ? 1 : 0
                continue
            }
            ascii = false
            previousSpace = 0
            let letter = Self.plainLetter(base, at: i, count: n)
            guard letter.length > 0 else { return false }
            i += letter.length
            switch letter.letterCase {
            case .upper: upper += 1
            case .lower: lower += 1
            case .none: break
            }
        }
        isASCII = ascii
        self.upper = upper
        self.lower = lower
        self.doubleSpace = doubleSpace != 0
        self.hasTabOrNewline = hasTabOrNewline != 0
        return true
    }

    /// The plain character whose lead byte (0x80 or over) is at `i`: its length in bytes (0 when
    /// it is not in the plain set) and its letter case.
    @inline(__always)
    static func plainLetter(_ base: UnsafePointer<UInt8>, at i: Int, count n: Int) -> (length: Int, letterCase: VietnameseLetters.LetterCase) {
        switch base[i] {
        case 0xC3:
            // U+00C0–U+00FF: upper case to U+00DE, lower from U+00DF; × and ÷ are no letters.
            guard i + 1 < n else { return (0, .none) }
            let s = base[i + 1] | 0xC0
            if s < 0xDF { return (2, s != 0xD7 ? .upper : .none) }
            return (2, s != 0xF7 ? .lower : .none)
        case 0xC4:
            // U+0100–U+013F: upper case even, lower case odd.
            guard i + 1 < n else { return (0, .none) }
            return (2, base[i + 1] & 1 == 0 ? .upper : .lower)
        case 0xC5:
            // U+0140–U+017F, except Œ œ Š š Ÿ Ž ž (Windows-1252 continuation bytes).
            guard i + 1 < n else { return (0, .none) }
            let b1 = base[i + 1]
            switch b1 {
            case 0x92, 0x93, 0xA0, 0xA1, 0xB8, 0xBD, 0xBE: return (0, .none)
            default: return (2, b1 & 1 == 0 ? .upper : .lower)
            }
        case 0xC6:
            // Ơ ơ Ư ư.
            guard i + 1 < n else { return (0, .none) }
            switch base[i + 1] {
            case 0xA0, 0xAF: return (2, .upper)
            case 0xA1, 0xB0: return (2, .lower)
            default: return (0, .none)
            }
        case 0xE1:
            // U+1EA0–U+1EF9 (E1 BA A0 … E1 BB B9): upper case even, lower case odd.
            guard i + 2 < n else { return (0, .none) }
            let b1 = base[i + 1], b2 = base[i + 2]
            guard (b1 == 0xBA && b2 >= 0xA0) || (b1 == 0xBB && b2 <= 0xB9) else { return (0, .none) }
            return (3, b2 & 1 == 0 ? .upper : .lower)
        default:
            return (0, .none)
        }
    }
}
