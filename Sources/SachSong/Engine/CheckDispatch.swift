/// Which checks a run performs, chosen once from ``CheckCatalog`` and `--disable`: the row
/// checks, and per column the field checks that read it, stage by stage. A check whose every
/// rule is disabled is not run at all, and a text profile nobody reads is not computed.
/// The readers whose results other checks use (dates, list entries, grades, the citizen ID,
/// placeholders) always run, so disabling one rule never changes another's findings.
struct CheckDispatch {
    /// Every field check of the catalogue, in its order.
    nonisolated(unsafe) static let fieldChecks: [any FieldCheck.Type] = CheckCatalog.all.compactMap { $0 as? any FieldCheck.Type }
    /// Every row check: the shared readings, then those of the catalogue in its order.
    nonisolated(unsafe) static let rowChecks: [any RowCheck.Type] =
        CheckCatalog.sharedReadings + CheckCatalog.all.compactMap { $0 as? any RowCheck.Type }

    /// The enabled field checks.
    let fieldChecks: [any FieldCheck.Type]
    /// The enabled row checks, in the order they run.
    let rowChecks: [any RowCheck.Type]
    /// Work that is no field or row check: Excel's damage (`ExcelDamage`, whose column checks
    /// are chosen there), duplicate persons, addresses in abolished districts.
    let sheetDamage: Bool
    let duplicatePerson: Bool
    let abolishedDistrict: Bool

    init(options: CheckOptions) {
        func on(_ ids: [String]) -> Bool { ids.contains { !options.disabled.contains($0) } }
        fieldChecks = Self.fieldChecks.filter { on([$0.id] + $0.alsoReports.map { $0.id }) }
        rowChecks = Self.rowChecks.filter { on($0.rules) }
        sheetDamage = on(
            [
                NumberIDCheck.id, ScientificNumberCheck.id, NumberPhoneCheck.id, DateTextCheck.id, TrailingEmptyCheck.id,
                StrayCellCheck.id, LegacyFontCheck.id
            ])
        duplicatePerson = on([DuplicatePersonCheck.id])
        abolishedDistrict = on([AbolishedDistrictCheck.id])
    }

    /// The enabled field checks that read `column` in `stage`, in the catalogue's order.
    func fieldChecks(for column: ColumnPlan, in stage: FieldCheckStage) -> [any FieldCheck.Type] {
        fieldChecks.filter { $0.stage == stage && $0.reads(column) }
    }

    /// Whether the text profile of a column's values is read by any enabled check.
    func needsProfile(_ column: ColumnPlan) -> Bool {
        fieldChecks.contains { $0.readsProfile && $0.reads(column) }
    }
}
