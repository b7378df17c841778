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
        /// Digits that are no Vietnamese phone number.
        case invalid
    }

    /// Mobile prefixes in use (2018 conversion table and later ranges): 03x, 05x, 07x, 08x, 09x.
    static func isMobilePrefix(_ d1: UInt8, _ d2: UInt8) -> Bool {
        switch d1 {
        case 3: return d2 >= 2
        case 5: return d2 == 2 || d2 == 5 || d2 == 6 || d2 == 8 || d2 == 9
        case 7: return d2 == 0 || d2 >= 6
        case 8: return d2 >= 1
        case 9: return true
        default: return false
        }
    }

    /// The 2018 conversion of 11-digit mobile prefixes (4 digits → 3 digits).
    static let oldPrefixes: [String: String] = [
        "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037", "0168": "038", "0169": "039",
        "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
        "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
        "0186": "056", "0188": "058", "0199": "059",
    ]

    /// Reads a typed phone number: spaces, dots, dashes and brackets are ignored.
    public static func parse(_ raw: String) -> Result {
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
        if digits.count == 10, digits[0] == 0, isMobilePrefix(digits[1], digits[2]) {
            return .valid(normalized: text, canonical: canonical)
        }
        if digits.count == 11, digits[0] == 0, digits[1] == 2 {
            return .valid(normalized: text, canonical: canonical)
        }
        if digits.count == 11, digits[0] == 0, digits[1] == 1, let new = oldPrefixes[String(text.prefix(4))] {
            return .oldMobile(old: text, new: new + text.dropFirst(4))
        }
        if digits.count == 9, isMobilePrefix(digits[0], digits[1]) {
            return .lostLeadingZero("0" + text)
        }
        return .invalid
    }
}
