/// The indicators of criteria 3.1–3.5 and the example scoring, as loaded from `rules/criteria.yaml`.
public struct CriteriaSpec: Sendable {
    public var note: String
    /// Activity window: W weeks before the as-of date, active in at least K of them.
    public var activityWeeks: Int
    public var activeWeeks: Int
    public var criteria: [Criterion]
    /// Who counts as a user, and where their activity is read.
    public var rosters: [Roster] = [
        Roster(recordType: "hoc_sinh", codeField: "ma_hoc_sinh", role: "Học sinh", roleField: nil),
        Roster(recordType: "nhan_su", codeField: "ma_can_bo", role: "Nhân sự", roleField: "vi_tri")
    ]
    public var log = ActivityLog(recordType: "hoat_dong", userField: "ma_nguoi_dung", timeField: "thoi_diem")

    /// A record type whose current records are users: their code, and their role (fixed, or read
    /// from a field through the `vai_tro` list).
    public struct Roster: Sendable {
        public var recordType: String
        public var codeField: String
        public var role: String
        public var roleField: String?
    }

    /// The activity log: user code and time of each event.
    public struct ActivityLog: Sendable {
        public var recordType: String
        public var userField: String
        public var timeField: String
    }

    public init(note: String = "", activityWeeks: Int = 8, activeWeeks: Int = 4, criteria: [Criterion] = []) {
        self.note = note
        self.activityWeeks = activityWeeks
        self.activeWeeks = activeWeeks
        self.criteria = criteria
    }

    /// Every indicator with its criterion.
    public var indicators: [(criterion: Criterion, indicator: IndicatorSpec)] {
        criteria.flatMap { c in c.indicators.map { (c, $0) } }
    }
}

/// One criterion (3.1 … 3.5): its indicators and how its rate turns into points.
public struct Criterion: Sendable {
    public var id: String
    public var name: String
    public var maxPoints: Double
    /// Rate bands, best first: the first band whose minimum the criterion's rate reaches gives the points.
    public var bands: [Band]
    public var indicators: [IndicatorSpec]
    /// How the indicators' rates combine into the criterion's rate.
    public var combine: Combine

    public enum Combine: String, Sendable { case mean, min }

    public struct Band: Sendable {
        public var minRate: Double
        public var points: Double
    }

    /// Points for a rate (0 when no band is reached; nil when there is no rate).
    public func points(for rate: Double?) -> Double? {
        guard let rate else { return nil }
        return bands.first { rate + 1e-12 >= $0.minRate }?.points ?? 0
    }
}

/// One indicator: a numerator over a denominator.
public struct IndicatorSpec: Sendable {
    public var id: String
    public var name: String
    public var kind: Kind

    public enum Kind: Sendable {
        /// Rows of a record type: population (current records, optionally from an age), and what is counted.
        case records(recordType: String, population: Population, count: Count)
        /// 1 when the school has an activity log with records, or a system that records activity.
        case activityCollected(systemField: String?)
        /// Roster users active in at least K of the last W weeks, over all roster users.
        case activeUsers
    }

    public struct Population: Sendable {
        /// Only current records (status "studying"/"working"); else every record.
        public var currentOnly: Bool
        /// Only records at least this old at the as-of date.
        public var minAge: Int?
        /// Only Vietnamese citizens (the population-database, card and VNeID indicators): a
        /// person of another nationality is left out of the denominator.
        public var citizensOnly = false
    }

    public enum Count: Sendable {
        /// Rows with every required value.
        case complete
        /// Rows without an error finding.
        case valid
        /// Rows whose field holds one of these canonical values.
        case field(String, [String])
    }
}
