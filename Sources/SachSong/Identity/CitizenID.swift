/// A 12-digit personal identification number (số định danh cá nhân / CCCD), read into its parts.
///
/// Structure (NĐ 137/2015 Điều 13; TT 07/2016/TT-BCA; TT 59/2021/TT-BCA): digits 1–3 the
/// province (or country) where the birth was registered; digit 4 century and sex (0/1 for
/// 1900–1999 male/female, 2/3 for 2000–2099, … up to 8/9); digits 5–6 the last two digits of the
/// birth year; digits 7–12 a random serial. There is no check digit.
public struct CitizenID: Sendable, Equatable {
    /// The twelve digits as a number (leading zeros implied).
    public let number: Int64

    /// The twelve digits.
    public var digits: String {
        let text = String(number)
        return String(repeating: "0", count: max(0, 12 - text.count)) + text
    }
    /// Digits 1–3 as a number, e.g. 79.
    public var province: Int { Int(number / 1_000_000_000) }
    /// Digits 1–3, e.g. "079".
    public var provinceCode: String { String(digits.prefix(3)) }
    /// Digit 4.
    public var centuryDigit: Int { Int(number / 100_000_000 % 10) }
    /// Digits 5–6.
    public var yearDigits: Int { Int(number / 1_000_000 % 100) }
    /// Digits 7–12.
    public var serial: String { String(digits.suffix(6)) }

    /// Male for even century digits, female for odd.
    public var gender: Gender { centuryDigit % 2 == 0 ? .male : .female }
    /// 1900 for digits 0–1, 2000 for 2–3, …
    public var century: Int { 1900 + 100 * (centuryDigit / 2) }
    /// The full birth year the number encodes.
    public var birthYear: Int { century + yearDigits }

    /// Reads exactly twelve ASCII digits.
    public init?(digits: String) {
        let bytes = Array(digits.utf8)
        guard bytes.count == 12, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        number = bytes.reduce(0) { $0 * 10 + Int64($1 - 0x30) }
    }

    /// A number of at most twelve digits.
    public init?(number: Int64) {
        guard number >= 0, number < 1_000_000_000_000 else { return nil }
        self.number = number
    }

    /// What a typed identity value holds once spaces, dots and dashes are removed.
    public enum Shape: Equatable, Sendable {
        /// Twelve digits: a personal identification number (or a 12-digit CMND of 2012–2016).
        case twelveDigits(String)
        /// Nine digits: an old CMND (no longer valid since 1/1/2025).
        case oldCMND(String)
        /// Eleven digits: most likely a 12-digit number whose leading zero a spreadsheet dropped.
        case lostLeadingZero(String)
        /// Anything else.
        case malformed
    }

    /// Classifies a value: strips spaces, dots and dashes, then looks at the digit count.
    public static func shape(of raw: String) -> Shape {
        var copy = Array(raw.utf8)
        return copy.withUnsafeMutableBufferPointer { buffer in
            let read = ShapeReading(UnsafeBufferPointer(buffer))
            switch read.kind {
            case .twelve: return .twelveDigits(read.text)
            case .nine: return .oldCMND(read.text)
            case .eleven: return .lostLeadingZero("0" + read.text)
            case .malformed: return .malformed
            }
        }
    }
}

/// The digits of a typed identity value, read from bytes without building a String.
struct ShapeReading {
    enum Kind { case twelve, nine, eleven, malformed }
    let kind: Kind
    /// The digits as a number (for eleven digits: the restored twelve-digit number, same value).
    let number: Int64
    /// True when the value held separators (spaces, dots, dashes, apostrophes).
    let hadSeparators: Bool
    let count: Int
    /// Only digits and separators were seen.
    let isDigitsOnly: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var value: Int64 = 0
        var digits = 0
        var separators = false
        var bad = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                if digits < 18 { value = value * 10 + Int64(b - 0x30) }
                digits += 1
            } else if b == 0x20 || b == 0x2E || b == 0x2D || b == 0x27 {
                separators = true
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                separators = true
                i += 1
            } else {
                bad = true
                break
            }
            i += 1
        }
        number = value
        hadSeparators = separators
        isDigitsOnly = !bad
        count = digits
        if bad {
            kind = .malformed
        } else {
            switch digits {
            case 12: kind = .twelve
            case 9: kind = .nine
            case 11: kind = .eleven
            default: kind = .malformed
            }
        }
    }

    /// The digits as written (zero-padded to their count).
    var text: String {
        let plain = String(number)
        return String(repeating: "0", count: max(0, count - plain.count)) + plain
    }
}
