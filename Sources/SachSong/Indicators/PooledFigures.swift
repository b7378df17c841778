/// Figures put together from ratios already counted: a criterion's rate and points from its
/// indicators, a school's figures from stored ratios, and the pooled figures of groups and of
/// the whole — one way for `indicators` over files and for the service over stored submissions,
/// so the two cannot disagree.
extension CriteriaSpec {
    /// Each criterion's rate (the mean or the minimum of its indicators' rates, as the profile
    /// says) and its points in the scoring bands; a criterion with no known rate has neither.
    public func scores(_ ratios: [String: Ratio]) -> (rates: [String: Double], points: [String: Double]) {
        var rates: [String: Double] = [:]
        var points: [String: Double] = [:]
        for criterion in criteria {
            let known = criterion.indicators.compactMap { ratios[$0.id]?.rate }
            guard !known.isEmpty else { continue }
            let rate = criterion.combine == .mean ? known.reduce(0, +) / Double(known.count) : known.min()!
            rates[criterion.id] = rate
            points[criterion.id] = criterion.points(for: rate)
        }
        return (rates, points)
    }
}

extension SchoolIndicators {
    /// A school's figures from its ratios (per indicator id) as they were counted and stored;
    /// the criterion rates and points follow from `spec`.
    public init(id: String, name: String, ratios: [String: Ratio], valid: [String: Ratio] = [:], spec: CriteriaSpec, fields: [String: String] = [:]) {
        let (rates, points) = spec.scores(ratios)
        self.init(
            id: id, name: name, folder: id, files: [], ratios: ratios, valid: valid, activeByRole: [:], criterionRates: rates, points: points,
            topProblems: [], explained: [])
        self.fields = fields
    }
}

extension IndicatorReport {
    /// The pooled ratios of some schools (a group's, or the whole's).
    public static func pooled(_ schools: [SchoolIndicators]) -> [String: Ratio] {
        var ratios: [String: Ratio] = [:]
        for school in schools { ratios.pool(school.ratios) }
        return ratios
    }

    /// A report of schools already counted, grouped as given (`id`, `name`, member school ids),
    /// each group and the whole pooled.
    public init(asOf: SimpleDate, spec: CriteriaSpec, schools: [SchoolIndicators], groups: [(id: String, name: String, schools: [String])]) {
        var byRole: [String: Ratio] = [:]
        for school in schools { byRole.pool(school.activeByRole) }
        self.init(
            asOf: asOf, spec: spec, schools: schools, district: Self.pooled(schools), districtActiveByRole: byRole, failures: [])
        let byID = Dictionary(schools.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.groups = groups.map { group in
            GroupIndicators(
                id: group.id, name: group.name, level: 1, schools: group.schools, ratios: Self.pooled(group.schools.compactMap { byID[$0] }))
        }
    }
}
