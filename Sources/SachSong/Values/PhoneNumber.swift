/// Vietnamese phone numbers: 10-digit mobiles since the 2018 change, 11-digit landlines
/// (02x area codes since 2017), with "+84"/"84" forms.
public enum PhoneNumber {
    public enum Result: Equatable, Sendable {
        /// A valid number; `normalized` is the national form (0xxxxxxxxx).
        case valid(normalized: String, canonical: Bool)
        /// An 11-digit mobile of before 2018 with its 10-digit replacement.
        case oldMobile(old: String, new: String)
        /// A 9-digit number that looks like a mobile whose leading zero a spreadsheet dropped.
        case lostLeadingZero(String)
        /// A well-formed 10-digit mobile number whose prefix the numbering table does not list.
        case unlistedPrefix(normalized: String, prefix: String)
        /// Digits that are no Vietnamese phone number.
        case invalid
    }

    /// Reads a typed phone number: spaces, dots, dashes and brackets are ignored.
    public static func parse(_ raw: String, numbering: PhoneNumbering = .builtIn) -> Result {
        var digits: [UInt8] = []
        var plus = false
        for (i, scalar) in raw.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9": digits.append(UInt8(scalar.value - 48))
            case " ", ".", "-", "(", ")", "\u{00A0}": continue
            case "+" where i == 0: plus = true
            default: return .invalid
            }
        }
        var canonical = !plus && digits.count == raw.unicodeScalars.count
        if (plus || digits.count == 11 || digits.count == 12) && digits.starts(with: [8, 4]) && digits.count >= 11 {
            digits = [0] + digits.dropFirst(2)
            canonical = false
        } else if plus {
            return .invalid
        }
        let text = String(digits.map { Character(Unicode.Scalar($0 + 48)) })
        if digits.count == 10, digits[0] == 0, numbering.isMobile(digits[1], digits[2]) {
            return .valid(normalized: text, canonical: canonical)
        }
        if digits.count == 10, digits[0] == 0, PhoneNumbering.isMobileRange(digits[1]) {
            return .unlistedPrefix(normalized: text, prefix: String(text.prefix(3)))
        }
        if digits.count == 11, digits[0] == 0, digits[1] == 2 {
            return .valid(normalized: text, canonical: canonical)
        }
        if digits.count == 11, digits[0] == 0, digits[1] == 1, let new = numbering.changes[String(text.prefix(4))] {
            return .oldMobile(old: text, new: new + text.dropFirst(4))
        }
        if digits.count == 9, numbering.isMobile(digits[0], digits[1]) {
            return .lostLeadingZero("0" + text)
        }
        return .invalid
    }
}
