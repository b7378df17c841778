/// How personal data is shown in outputs meant for people outside the school (a district report):
/// masked by default, as Nghị định 13/2023/NĐ-CP asks of personal data shared beyond its purpose.
///
/// - Identity and phone numbers keep their first and last three digits: `079212004321` →
///   `079******321`. Any run of 9 or more digits in free text is masked the same way, so a number
///   quoted in a message is masked too.
/// - A value of a column typed `citizen_id` or `phone` with fewer than 9 digits has every digit masked.
/// - Person names keep their initials (`Nguyễn Văn An` → `N. V. A.`); e-mail addresses keep the
///   first letter and the domain (`an.nguyen@hcm.edu.vn` → `a*********@hcm.edu.vn`).
///
/// With `reveal`, values are shown as found; the output should then say so.
public struct PersonalDataMask: Sendable {
    /// Show values as found.
    public var reveal: Bool
    /// (record type id, header key) → field type, for the columns of the rules.
    private var types: [String: FieldType] = [:]

    /// A mask that knows no column types: only long digit runs are masked.
    public init(reveal: Bool = false) {
        self.reveal = reveal
    }

    /// A mask that also knows, from the rules, which columns hold IDs, phones, names and e-mails.
    public init(reveal: Bool = false, rules: RuleSet) {
        self.reveal = reveal
        for recordType in rules.recordTypes {
            for field in recordType.fields {
                for header in [field.header, field.id] + field.aliases {
                    types[Self.key(recordType.id, header)] = field.type
                }
            }
        }
    }

    /// The type of the column a finding points at, when the rules know it.
    public func fieldType(recordType: String?, column: String?) -> FieldType? {
        guard let recordType, let column else { return nil }
        return types[Self.key(recordType, column)]
    }

    /// The value of a finding as it may be shown (nil when the finding has none).
    public func value(of finding: Finding) -> String? {
        guard let value = finding.value else { return nil }
        return self.value(value, type: fieldType(recordType: finding.recordType, column: finding.column))
    }

    /// A value as it may be shown, knowing the kind of value its column holds.
    public func value(_ value: String, type: FieldType?) -> String {
        guard !reveal else { return value }
        switch type {
        case .citizenID?, .phone?:
            let digits = value.unicodeScalars.filter { Self.isDigit($0) }.count
            return digits >= Self.minimumDigits ? Self.maskNumbers(in: value) : Self.maskAllDigits(value)
        case .personName?:
            return Self.initials(value)
        case .email?:
            return Self.maskEmail(value)
        default:
            return Self.maskNumbers(in: value)
        }
    }

    /// Free text (a message, a summary) with every long number in it masked.
    public func text(_ text: String) -> String {
        reveal ? text : Self.maskNumbers(in: text)
    }

    // MARK: the masks

    /// Numbers of at least this many digits are identity or phone numbers as far as masking goes.
    public static let minimumDigits = 9
    /// Digits kept at each end of a masked number.
    public static let keptDigits = 3

    /// Masks every number of 9 or more digits in a text, keeping its first and last 3 digits.
    /// Single spaces, dots or dashes between digits belong to the number when they are all the same
    /// (`079 212 004 321` → `079 *** *** 321`, `0909.123.456`) and are kept; a change of separator
    /// ends the number, so `2026-05-27 09:00` is a date and a time, not a 10-digit number.
    public static func maskNumbers(in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard isDigit(scalars[i]) else { out.append(scalars[i]); i += 1; continue }
            // The number: digits, with single separators between digits.
            var end = i
            var digits = 0
            var j = i
            var separator: Unicode.Scalar?
            while j < scalars.count {
                if isDigit(scalars[j]) {
                    digits += 1
                    j += 1
                    end = j
                } else if isSeparator(scalars[j]), separator == nil || separator == scalars[j],
                    j + 1 < scalars.count, isDigit(scalars[j + 1])
                {
                    separator = scalars[j]
                    j += 1
                } else {
                    break
                }
            }
            if digits >= minimumDigits {
                var seen = 0
                for scalar in scalars[i..<end] {
                    guard isDigit(scalar) else { out.append(scalar); continue }
                    seen += 1
                    out.append(seen <= keptDigits || seen > digits - keptDigits ? scalar : "*")
                }
            } else {
                out.append(contentsOf: scalars[i..<end])
            }
            i = end
        }
        return String(out)
    }

    /// Every digit replaced by `*`.
    public static func maskAllDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isDigit($0) ? "*" : $0 }))
    }

    /// A name reduced to its initials: `Nguyễn Văn An` → `N. V. A.`.
    public static func initials(_ name: String) -> String {
        name.split(whereSeparator: { $0.isWhitespace }).compactMap { $0.first.map { "\($0)." } }.joined(separator: " ")
    }

    /// An e-mail address with its local part masked after the first character.
    public static func maskEmail(_ value: String) -> String {
        guard let at = value.lastIndex(of: "@"), at > value.startIndex else { return maskNumbers(in: value) }
        let local = value[..<at]
        return String(local.prefix(1)) + String(repeating: "*", count: max(local.count - 1, 1)) + value[at...]
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "." || scalar == "-" }

    private static func key(_ recordType: String, _ header: String) -> String {
        recordType + "\u{1F}" + HeaderKey.folded(header)
    }
}
