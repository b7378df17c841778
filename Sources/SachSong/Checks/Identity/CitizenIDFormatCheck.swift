/// A personal identification number that is not 12 digits (after spaces, dots and dashes are
/// removed), including a 9-digit CMND where a student's number belongs.
public struct CitizenIDFormatCheck: Check {
    public static let id = "cccd.format"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Số định danh cá nhân không gồm đúng 12 chữ số."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321")]),
        .invalid([("so_dinh_danh", "07921200432")]),
        .invalid([("so_dinh_danh", "07921200432A")]),
        .invalid([("so_dinh_danh", "123456789")])
    ]

    /// Reads the field; stores the 12 digits (or the restored ones) for the row checks.
    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        // Not a citizen: a passport or foreign document number, with a check of its own.
        if ctx.state.foreign {
            ForeignDocumentCheck.evaluate(value, in: ctx)
            return
        }
        let read = ShapeReading(value.trimmed)
        let isIdentityField = value.column.isIdentityField
        switch read.kind {
        case .twelve:
            if isIdentityField { ctx.state.identityDigits = read.number }
            if read.hadSeparators { IdentitySeparatorsCheck.report(value, digits: read.text, in: ctx) }
        case .eleven:
            if isIdentityField {
                ctx.state.identityDigits = read.number
                ctx.state.restoredIdentity = true
            } else {
                reportEleven(value.column, value: value.trimmedText, in: ctx)
            }
        case .nine:
            if ctx.plan.recordType.identity?.staff == true {
                ExpiredCMNDCheck.report(value, digits: read.text, in: ctx)
            } else {
                ctx.emit(self, value, message: "«\(value.trimmedText)» có 9 chữ số (CMND cũ), không phải số định danh cá nhân 12 chữ số.")
            }
        case .malformed:
            ctx.emit(self, value, message: "«\(value.trimmedText)» không phải số định danh cá nhân: cần đúng 12 chữ số.")
        }
    }

    static func reportEleven(_ column: ColumnPlan, value: String, in ctx: CheckContext) {
        ctx.emit(self, column, value: value, message: "«\(value)» có 11 chữ số, không phải số định danh cá nhân 12 chữ số.")
    }
}
