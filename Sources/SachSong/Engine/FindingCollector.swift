/// Collects the findings of one file's checks: ``FindingPolicy`` decides severity and keeping,
/// and everything is counted.
final class FindingCollector {
    let file: String
    var recordType: String?
    private let policy: FindingPolicy
    private(set) var findings: [Finding] = []
    var countsByRule: [String: Int] = [:]
    /// Per rule: what the options say of it, looked up once per rule (a check may report one
    /// rule at different severities, so the severity itself is decided per finding).
    private var settings: [String: RuleSetting] = [:]

    private enum RuleSetting {
        case disabled
        case forced(Severity)
        case asReported
    }
    private(set) var errors = 0
    private(set) var warnings = 0
    private(set) var infos = 0

    init(file: String, options: CheckOptions) {
        self.file = file
        policy = FindingPolicy(options)
    }

    /// Adds a finding built lazily; returns the severity it was recorded with (nil if disabled).
    @discardableResult
    func add(
        rule: String, dimension: Dimension, severity base: Severity, row: Int?, line: Int?, column: ColumnPlan?,
        columnHeader: String? = nil, columnIndex: Int? = nil, value: @autoclosure () -> String?,
        message: @autoclosure () -> String, fix: @autoclosure () -> String? = nil,
        firstSeen: Finding.FirstSeen? = nil
    ) -> Severity? {
        let setting: RuleSetting
        if let known = settings[rule] {
            setting = known
        } else {
            setting = !policy.enabled(rule) ? .disabled : policy.override(rule).map { .forced($0) } ?? .asReported
            settings[rule] = setting
        }
        let severity: Severity
        switch setting {
        case .disabled: return nil
        case .forced(let forced): severity = forced
        case .asReported: severity = base
        }
        let seen = countsByRule[rule, default: 0]
        countsByRule[rule] = seen + 1
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
        if policy.keeps(ofRule: seen, inFile: findings.count) {
            findings.append(
                Finding(
                    file: file, recordType: recordType, row: row, line: line,
                    column: column?.header ?? columnHeader, columnIndex: column?.index ?? columnIndex,
                    value: value(), rule: rule, dimension: dimension, severity: severity,
                    message: message(), fix: fix()))
            findings[findings.count - 1].firstSeen = firstSeen
        }
        return severity
    }

    /// Adds a finding for a check type.
    @discardableResult
    func add<C: Check>(
        _ check: C.Type, row: Int?, line: Int?, column: ColumnPlan?, value: @autoclosure () -> String?,
        message: @autoclosure () -> String, fix: @autoclosure () -> String? = nil
    ) -> Severity? {
        add(
            rule: C.id, dimension: C.dimension, severity: C.severity, row: row, line: line, column: column,
            value: value(), message: message(), fix: fix())
    }

    /// Keeps a finding counted elsewhere, within the limits (`seenBefore`: findings of its rule
    /// before it).
    func keep(_ finding: Finding, seenBefore: Int) {
        if policy.keeps(ofRule: seenBefore, inFile: findings.count) { findings.append(finding) }
    }

    /// Adds counts of findings kept elsewhere.
    func add(errors: Int, warnings: Int, infos: Int) {
        self.errors += errors
        self.warnings += warnings
        self.infos += infos
    }

    /// Total findings counted (kept or not).
    var total: Int { errors + warnings + infos }
}
