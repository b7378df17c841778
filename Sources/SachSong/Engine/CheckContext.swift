/// Everything a check needs while a row is checked: the run's settings, the row's place and
/// state, and where findings go.
final class CheckContext {
    let collector: FindingCollector
    let plan: FilePlan
    let settings: ProfileSettings
    let asOf: SimpleDate
    var row = 0
    var line = 0
    var state: RowState
    /// Reusable buffer for match keys.
    var scratch: [UInt8] = []
    /// The row has an error finding.
    var rowHasError = false
    /// The row misses a required value (a "đủ" finding).
    var rowIncomplete = false

    init(collector: FindingCollector, plan: FilePlan, settings: ProfileSettings, asOf: SimpleDate) {
        self.collector = collector
        self.plan = plan
        self.settings = settings
        self.asOf = asOf
        state = RowState(slots: plan.recordType.fields.count)
        scratch.reserveCapacity(256)
    }

    /// Reports a finding of check `C` at this row.
    func emit<C: Check>(_ check: C.Type, _ column: ColumnPlan?, value: @autoclosure () -> String?,
                        message: @autoclosure () -> String, fix: @autoclosure () -> String? = nil,
                        severity: Severity? = nil) {
        let recorded = collector.add(rule: C.id, dimension: C.dimension, severity: severity ?? C.severity,
                                     row: row, line: line, column: column, value: value(), message: message(), fix: fix())
        if recorded == .error { rowHasError = true }
        if C.dimension == .du, recorded != nil { rowIncomplete = true }
    }

    /// Reports a finding about one value.
    func emit<C: Check>(_ check: C.Type, _ value: FieldValue, message: @autoclosure () -> String,
                        fix: @autoclosure () -> String? = nil, severity: Severity? = nil) {
        emit(check, value.column, value: value.text, message: message(), fix: fix(), severity: severity)
    }

    /// The column holding a field, if the file has it.
    func column(_ fieldID: String) -> ColumnPlan? { plan.columnByField[fieldID] }

    /// The slot of a field in the record type.
    func slot(_ fieldID: String) -> Int? { plan.slotByField[fieldID] }

    /// The birth date of this row, if the record type has one and it was read.
    var birthDate: SimpleDate? { plan.birthDateSlot.flatMap { state.dates[$0] } }
}
