/// UTF-8 text that was decoded as Windows-1252 or Windows-1258 ("Nguyá»…n" for "Nguyễn").
enum Mojibake {
    /// The byte that a Windows-1252/1258 character stands for, or nil when it stands for none.
    @inline(__always)
    static func legacyByte(_ s: UInt32) -> UInt8? {
        if s < 0x100 { return UInt8(s) }
        switch s {
        case 0x20AC: return 0x80
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C
        case 0x017D: return 0x8E
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C
        case 0x017E: return 0x9E
        case 0x0178: return 0x9F
        // Windows-1258 letters in the upper half.
        case 0x0102: return 0xC3
        case 0x0300: return 0xCC
        case 0x0110: return 0xD0
        case 0x0309: return 0xD2
        case 0x01A0: return 0xD5
        case 0x01AF: return 0xDD
        case 0x0303: return 0xDE
        case 0x0103: return 0xE3
        case 0x0301: return 0xEC
        case 0x0111: return 0xF0
        case 0x0323: return 0xF2
        case 0x01A1: return 0xF5
        case 0x01B0: return 0xFD
        case 0x20AB: return 0xFE
        default: return nil
        }
    }

    /// The text re-read as the UTF-8 it was, when every character maps back to a byte and the
    /// bytes are well-formed UTF-8 that differs from the input; nil otherwise.
    static func repaired(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let byte = legacyByte(scalar.value) else { return nil }
            bytes.append(byte)
        }
        guard let fixed = String(validating: bytes, as: UTF8.self), fixed != text else { return nil }
        return fixed
    }
}
