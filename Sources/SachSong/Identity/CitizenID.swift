/// A 12-digit personal identification number (số định danh cá nhân / CCCD), read into its parts.
///
/// Structure (NĐ 137/2015 Điều 13; TT 07/2016/TT-BCA; TT 59/2021/TT-BCA): digits 1–3 the
/// province (or country) where the birth was registered; digit 4 century and sex (0/1 for
/// 1900–1999 male/female, 2/3 for 2000–2099, … up to 8/9); digits 5–6 the last two digits of the
/// birth year; digits 7–12 a random serial. There is no check digit.
public struct CitizenID: Sendable, Equatable {
    /// The twelve digits.
    public let digits: String
    /// Digits 1–3, e.g. "079".
    public var provinceCode: String { String(digits.prefix(3)) }
    /// Digit 4.
    public let centuryDigit: Int
    /// Digits 5–6.
    public let yearDigits: Int
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
        self.digits = digits
        centuryDigit = Int(bytes[3] - 0x30)
        yearDigits = Int(bytes[4] - 0x30) * 10 + Int(bytes[5] - 0x30)
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
        var digits = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "0"..."9": digits.unicodeScalars.append(scalar)
            case " ", ".", "-", "\u{00A0}", "'": continue
            default: return .malformed
            }
        }
        switch digits.count {
        case 12: return .twelveDigits(digits)
        case 9: return .oldCMND(digits)
        case 11: return .lostLeadingZero("0" + digits)
        default: return .malformed
        }
    }
}
