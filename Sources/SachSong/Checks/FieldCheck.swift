/// A check of one value at a time, run on every non-empty, non-placeholder value of the
/// columns it reads. Which columns, and in which stage, is decided once per file
/// (``CheckDispatch``), so the row loop only calls the checks that apply.
protocol FieldCheck: Check {
    /// Whether the check reads the values of this column.
    static func reads(_ column: ColumnPlan) -> Bool
    /// When it runs in the checking of a value.
    static var stage: FieldCheckStage { get }
    /// It reads the value's text profile (`FieldValue.profile`), which is computed only for the
    /// columns whose checks read it.
    static var readsProfile: Bool { get }
    /// The rules of other checks it reports too: it runs while any of them, or its own, is enabled.
    static var alsoReports: [any Check.Type] { get }
    static func evaluate(_ value: FieldValue, in ctx: CheckContext)
}

extension FieldCheck {
    static var stage: FieldCheckStage { .typed }
    static var readsProfile: Bool { false }
    static var alsoReports: [any Check.Type] { [] }
}

/// The order of a value's checking.
enum FieldCheckStage: CaseIterable {
    /// Before the value is read as its type, on every value (spaces, formula-like text).
    case text
    /// Likewise, but only on values with a byte outside ASCII (invisible characters, Unicode
    /// normalisation, mojibake): an ASCII value cannot have these problems.
    case nonASCIIText
    /// With the column's type (names, phones, e-mails, numbers…), after the readers whose results
    /// other checks use (dates, list entries, grades, citizen IDs).
    case typed
}
