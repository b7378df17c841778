/// Precomposed letters of Vietnamese text (Latin-1 letters, U+0100–U+017F, Ơ ơ Ư ư and
/// U+1EA0–U+1EF9) read straight from UTF-8 bytes. They are stable under NFC when a starter
/// follows them, and lower case keeps their length and lead byte: what lets a prefilter know a
/// match key's first bytes without building it.
enum PlainLetter {
    /// The length in bytes of the plain letter at `i`, or nil when none starts there.
    @inline(__always)
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = bytes.count
        guard i + 1 < n else { return nil }
        let b0 = bytes[i], b1 = bytes[i + 1]
        switch b0 {
        case 0xC3, 0xC4, 0xC5:
            return b1 & 0xC0 == 0x80 ? 2 : nil
        case 0xC6:
            return b1 == 0xA0 || b1 == 0xA1 || b1 == 0xAF || b1 == 0xB0 ? 2 : nil
        case 0xE1:
            guard i + 2 < n else { return nil }
            let b2 = bytes[i + 2]
            return (b1 == 0xBA && b2 >= 0xA0 && b2 <= 0xBF) || (b1 == 0xBB && b2 >= 0x80 && b2 <= 0xB9) ? 3 : nil
        default:
            return nil
        }
    }

    /// True when the text at `i` ends or goes on with ASCII or a plain letter: nothing there can
    /// combine with the character before under NFC.
    @inline(__always)
    static func startsPlain(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i >= bytes.count || bytes[i] < 0x80 || length(bytes, at: i) != nil
    }

    /// The first two UTF-8 bytes of the lower-case form of the plain letter at `i`.
    @inline(__always)
    static func lowercasedLeadingBytes(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt8, UInt8) {
        let lower = VietnameseLetters.lowercased(UTF8Scalars.decode(bytes, at: i).scalar)
        if lower < 0x800 {
            return (UInt8(0xC0 | lower >> 6), UInt8(0x80 | lower & 0x3F))
        }
        return (UInt8(0xE0 | lower >> 12), UInt8(0x80 | (lower >> 6) & 0x3F))
    }

    /// The lower-case form of the plain letter at `i` (lead byte C3–C6 or E1), as UTF-8 bytes
    /// worked out from the bytes themselves, the same as `VietnameseLetters.lowercased` of its
    /// scalar: `(length, second byte, third byte)`, with length 0 when no plain letter starts at
    /// `i`. Only the last byte ever changes: +0x20 in Latin-1 (À–Þ but ×), the low bit set in
    /// U+0100–U+017F and U+1EA0–U+1EF9, Ơ → ơ and Ư → ư.
    @inline(__always)
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (length: Int, b1: UInt8, b2: UInt8) {
        let n = bytes.count
        guard i + 1 < n else { return (0, 0, 0) }
        let b1 = bytes[i + 1]
        switch bytes[i] {
        case 0xC3:
            return (2, b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97 ? b1 + 0x20 : b1, 0)
        case 0xC4, 0xC5:
            return (2, b1 | 1, 0)
        case 0xC6:
            return (2, b1 == 0xA0 ? 0xA1 : b1 == 0xAF ? 0xB0 : b1, 0)
        case 0xE1:
            guard i + 2 < n else { return (0, 0, 0) }
            let b2 = bytes[i + 2]
            let vietnamese = (b1 == 0xBA && b2 >= 0xA0) || (b1 == 0xBB && b2 <= 0xB9)
            return (3, b1, vietnamese ? b2 | 1 : b2)
        default:
            return (0, 0, 0)
        }
    }
}
