/// Counters of one file's rows for the indicators of criterion 3, bumped in the same pass as
/// the checks (nothing is re-read).
final class FileTally {
    /// Data rows checked (blank rows excluded).
    private(set) var records = 0
    /// Rows of the current population (status "studying"/"working", or no status column).
    private(set) var current = 0
    /// Current rows with every required value.
    private(set) var currentComplete = 0
    /// Current rows without an error finding.
    private(set) var currentValid = 0
    private let statusSlot: Int?
    private let currentStatuses: [Bool]

    init(plan: FilePlan) {
        statusSlot = plan.rowFields.status?.column != nil ? plan.rowFields.status?.slot : nil
        if let rule = plan.recordType.status, let matcher = plan.rowFields.status?.column?.matcher {
            currentStatuses = matcher.list.entries.map { rule.current.contains($0.value) }
        } else {
            currentStatuses = []
        }
    }

    /// Counts one checked row.
    @inline(__always)
    func observe(_ ctx: CheckContext) {
        records += 1
        if let slot = statusSlot {
            guard let entry = ctx.state.entry(slot), currentStatuses[entry] else { return }
        }
        current += 1
        if !ctx.rowIncomplete { currentComplete += 1 }
        if !ctx.rowHasError { currentValid += 1 }
    }
}
