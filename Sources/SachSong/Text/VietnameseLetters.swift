/// Letter case of the characters Vietnamese is written with: ASCII, Latin-1, Ă Đ Ĩ Ũ Ơ Ư and the
/// Latin Extended Additional block (U+1EA0–U+1EF9), where upper case is even and lower case odd.
enum VietnameseLetters {
    enum LetterCase { case upper, lower, none }

    @inline(__always)
    static func letterCase(_ s: UInt32) -> LetterCase {
        switch s {
        case 0x41...0x5A: return .upper
        case 0x61...0x7A: return .lower
        case 0xC0...0xDE: return s == 0xD7 ? .none : .upper
        case 0xDF...0xFF: return s == 0xF7 ? .none : .lower
        case 0x100...0x17F: return s & 1 == 0 ? .upper : .lower
        case 0x1A0, 0x1AF: return .upper
        case 0x1A1, 0x1B0: return .lower
        case 0x1EA0...0x1EF9: return s & 1 == 0 ? .upper : .lower
        default: return .none
        }
    }

    /// The lower-case form of a Vietnamese letter (other scalars unchanged).
    @inline(__always)
    static func lowercased(_ s: UInt32) -> UInt32 {
        switch s {
        case 0x41...0x5A: return s + 0x20
        case 0xC0...0xDE where s != 0xD7: return s + 0x20
        case 0x100...0x17F, 0x1EA0...0x1EF9: return s | 1
        case 0x1A0: return 0x1A1
        case 0x1AF: return 0x1B0
        default: return s
        }
    }

    /// The upper-case form of a Vietnamese letter (other scalars unchanged).
    @inline(__always)
    static func uppercased(_ s: UInt32) -> UInt32 {
        switch s {
        case 0x61...0x7A: return s - 0x20
        case 0xE0...0xFE where s != 0xF7: return s - 0x20
        case 0x100...0x17F, 0x1EA0...0x1EF9: return s & ~1
        case 0x1A1: return 0x1A0
        case 0x1B0: return 0x1AF
        default: return s
        }
    }

    /// True for a combining diacritical mark (U+0300–U+036F): the text is not in NFC.
    @inline(__always)
    static func isCombiningMark(_ s: UInt32) -> Bool { s >= 0x300 && s <= 0x36F }

    /// True for characters that are invisible or look like a space but are not one.
    @inline(__always)
    static func isInvisible(_ s: UInt32) -> Bool {
        s == 0xA0 || (s >= 0x200B && s <= 0x200F) || s == 0x2060 || s == 0xFEFF || s == 0x202F || s == 0x2007
    }
}
