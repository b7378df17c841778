import CSVInput

/// One rule as `rules list` shows it.
public struct RuleEntry: Sendable {
    public let id: String
    public let dimension: Dimension
    public let severity: Severity
    public let summary: String
}

/// Every rule sachsong can report — the checks (``CheckCatalog``), the reader's structural
/// problems and reconciliation — for `rules list`, `rules explain`, SARIF's rule table and the
/// validation of `--disable` and `--severity`.
public enum RuleCatalogue {
    public static let entries: [RuleEntry] =
        CheckCatalog.all.map { RuleEntry(id: $0.id, dimension: $0.dimension, severity: $0.severity, summary: $0.summary) }
        + InputIssue.Kind.allCases.map { RuleEntry(id: $0.rawValue, dimension: $0.dimension, severity: $0.severity, summary: $0.summary) }
        + ReconcileRule.allCases.map { RuleEntry(id: $0.rawValue, dimension: .dung, severity: $0.severity, summary: $0.summary) }

    /// The rule with this id.
    public static func entry(_ id: String) -> RuleEntry? { entries.first { $0.id == id } }
}
