/// What one file contributes to its school's indicators: counters per indicator, roster codes,
/// activity weeks, and the school's identity when the file is its school profile.
public struct TallyData: Sendable {
    /// Indicator id → counts over this file's rows.
    public var ratios: [String: Ratio] = [:]
    /// For completeness indicators: rows without an error over the same population.
    public var valid: [String: Ratio] = [:]
    /// Roster users (current students and staff): code fingerprint → index into `roles`.
    var roster: [UInt64: UInt8] = [:]
    /// The roles of the roster, by index.
    var roles: [String] = []
    /// Activity: user code fingerprint → bitmask of the weeks with activity (bit k-1 for week k).
    var activity: [UInt64: UInt32] = [:]
    /// Activity-log rows read.
    public var activityRows = 0
    /// A system of the inventory records user activity.
    public var systemRecordsActivity = false
    /// The file is an activity log (its user and time columns were found).
    public var isActivityLog = false
    /// The file is of the activity log's type but lacks the columns that say who was active
    /// when: their headers ("«Mã người dùng»"); nil otherwise.
    public var logMissing: String?
    /// The file is a systems inventory with the column saying whether a system records activity.
    public var hasSystemActivityColumn = false
    /// From a school profile: code and name.
    public var schoolCode: String?
    public var schoolName: String?
    /// From a school profile: every field of its first record (field id → text), for grouping
    /// schools by a field (`--group-by`).
    public var schoolFields: [String: String] = [:]
    /// Indicator id → records left out of its denominator because the person is not a
    /// Vietnamese citizen.
    public var nonCitizens: [String: Int] = [:]
    /// Rows counted in a denominator and not in the numerator, for `--explain`.
    public var explained: [ExplainedRow] = []
}

/// A record behind a figure: in the denominator, not in the numerator.
public struct ExplainedRow: Sendable {
    public var file: String
    public var row: Int
    public var line: Int
    /// The record's code or citizen ID, and name, as written.
    public var code: String?
    public var name: String?
    /// Why it is not counted.
    public var reason: String
}
