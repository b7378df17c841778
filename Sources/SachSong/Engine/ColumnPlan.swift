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
    let hasOwnValues: Bool
    /// The field says how many digits a code has (`field.digits`)…
    let hasDigitRule: Bool
    /// …and those counts under 64 as bits (bit n: n digits), to accept a code at once.
    let digitCounts: UInt64
    /// The column holds the record type's citizen ID (the one the row checks read).
    let isIdentityField: Bool

    init(index: Int, header: String, field: FieldRule, slot: Int, matcher: ValueMatcher?, isIdentityField: Bool = false) {
        self.index = index
        self.header = header
        self.field = field
        self.slot = slot
        self.matcher = matcher
        type = field.type
        requiredAlways = field.required == .always
        isText = field.type.isText
        hasOwnValues = field.type.hasOwnValues
        hasDigitRule = !field.digits.isEmpty
        digitCounts = field.digits.reduce(0) { $1 >= 0 && $1 < 64 ? $0 | (1 << UInt64($1)) : $0 }
        self.isIdentityField = isIdentityField
    }
}
