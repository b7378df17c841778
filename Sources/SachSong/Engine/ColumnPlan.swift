/// A column of a file bound to the field rule it holds.
final class ColumnPlan: @unchecked Sendable {
    /// 0-based column index in the file.
    let index: Int
    /// The header as written in the file.
    let header: String
    let field: FieldRule
    /// Position of the field in its record type (index into per-row state).
    let slot: Int
    /// The field's code list, compiled.
    let matcher: ValueMatcher?
    /// Facts of the field read per value, resolved once (no copy of the rule per value).
    let type: FieldType
    let requiredAlways: Bool
    let isText: Bool
    /// How deep its values' text profile goes (``TextProfile/Depth``).
    let textDepth: TextProfile.Depth
    let hasOwnValues: Bool
    /// The field says how many digits a code has (`field.digits`)…
    let hasDigitRule: Bool
    /// …and those counts under 64 as bits (bit n: n digits), to accept a code at once.
    let digitCounts: UInt64
    /// The column holds the record type's citizen ID (the one the row checks read).
    let isIdentityField: Bool
    /// The column's field was generated for a column no field claims (free text).
    let isGenerated: Bool
    /// A current address (not a "(cũ)" column): read for districts that no longer exist.
    let isAddress: Bool

    init(index: Int, header: String, field: FieldRule, slot: Int, matcher: ValueMatcher?, isIdentityField: Bool = false) {
        self.index = index
        self.header = header
        self.field = field
        self.slot = slot
        self.matcher = matcher
        type = field.type
        requiredAlways = field.required == .always
        isText = field.type.isText
        textDepth = TextProfile.Depth(field.type)
        hasOwnValues = field.type.hasOwnValues
        hasDigitRule = !field.digits.isEmpty
        digitCounts = field.digits.reduce(0) { $1 >= 0 && $1 < 64 ? $0 | (1 << UInt64($1)) : $0 }
        self.isIdentityField = isIdentityField
        isGenerated = field.generated && field.type == .text
        isAddress =
            field.type == .text && field.id.hasPrefix("dia_chi") && !field.id.hasPrefix("dia_chi_cu")
            && !field.id.hasPrefix("dia_chi_thanh_phan") && !field.id.hasPrefix("dia_chi_truy_cap")
    }

    /// True when a value that the profile lists as a placeholder (`listed`) means "nothing" in
    /// this column: everywhere, unless it is one of the column's own values ("Không" in a yes/no
    /// list, 0 as a count); free text of a column no field claims keeps its shortest marks
    /// ("-", "0"), which such columns use for real.
    @inline(__always)
    func meansNothing(_ trimmed: UnsafeBufferPointer<UInt8>, listed: Bool, matched: Int32) -> Bool {
        guard listed else { return false }
        switch type {
        case .enumeration, .flag:
            return matched == 0
        case .integer, .number:
            guard let first = trimmed.first else { return false }
            return !(first >= 0x30 && first <= 0x39) && first != 0x2D && first != 0x2B
        default:
            return !isGenerated || (trimmed.count > 2 && !trimmed.allSatisfy { $0 == 0x30 })
        }
    }
}
