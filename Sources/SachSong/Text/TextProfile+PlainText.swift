/// The full pass for the common case: ASCII and precomposed Vietnamese letters only.
///
/// Mojibake needs a character that stands for a Windows-1252 continuation byte (U+0080–U+00BF,
/// "€", "…", "Š"…), and invisible characters and combining marks have their own lead bytes; none
/// of them is a Vietnamese letter. So while the text holds only ASCII, Latin-1 letters (C3),
/// U+0100–U+017F apart from the Windows-1252 ones (C4, C5), Ơ ơ Ư ư (C6) and U+1EA0–U+1EF9
/// (E1 BA/BB), the flags stay false and only spaces and letter case need counting, byte by byte
/// without decoding. Any other byte makes the caller start over with `scanScalars`.
extension TextProfile {
    /// Counts letters, digits and spaces of plain text; false, with the profile left as it was,
    /// when the text holds a character outside the plain set and needs the scalar pass.
    @inline(__always)
    mutating func scanPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var upper = 0, lower = 0, digits = 0
        // Flags as bytes, set without branches: ASCII letters, digits and spaces alternate too
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
                digits &+= b &- 0x30 < 10 ? 1 : 0
                hasTabOrNewline |= b == 0x09 || b == 0x0A || b == 0x0D ? 1 : 0
                continue
            }
            ascii = false
            previousSpace = 0
            switch b {
            case 0xC3:
                // U+00C0–U+00FF: upper case to U+00DE, lower from U+00DF; × and ÷ are no letters.
                guard i + 1 < n else { return false }
                let s = base[i + 1] | 0xC0
                if s < 0xDF { if s != 0xD7 { upper += 1 } } else if s != 0xF7 { lower += 1 }
                i += 2
            case 0xC4:
                // U+0100–U+013F: upper case even, lower case odd.
                guard i + 1 < n else { return false }
                if base[i + 1] & 1 == 0 { upper += 1 } else { lower += 1 }
                i += 2
            case 0xC5:
                // U+0140–U+017F, except Œ œ Š š Ÿ Ž ž (Windows-1252 continuation bytes).
                guard i + 1 < n else { return false }
                let b1 = base[i + 1]
                switch b1 {
                case 0x92, 0x93, 0xA0, 0xA1, 0xB8, 0xBD, 0xBE: return false
                default: break
                }
                if b1 & 1 == 0 { upper += 1 } else { lower += 1 }
                i += 2
            case 0xC6:
                // Ơ ơ Ư ư.
                guard i + 1 < n else { return false }
                switch base[i + 1] {
                case 0xA0, 0xAF: upper += 1
                case 0xA1, 0xB0: lower += 1
                default: return false
                }
                i += 2
            case 0xE1:
                // U+1EA0–U+1EF9 (E1 BA A0 … E1 BB B9): upper case even, lower case odd.
                guard i + 2 < n else { return false }
                let b1 = base[i + 1], b2 = base[i + 2]
                guard (b1 == 0xBA && b2 >= 0xA0) || (b1 == 0xBB && b2 <= 0xB9) else { return false }
                if b2 & 1 == 0 { upper += 1 } else { lower += 1 }
                i += 3
            default:
                return false
            }
        }
        isASCII = ascii
        self.upper = upper
        self.lower = lower
        self.digits = digits
        self.doubleSpace = doubleSpace != 0
        self.hasTabOrNewline = hasTabOrNewline != 0
        return true
    }
}
