/// Where the column checks of Excel's damage (`ColumnCheck`) and the sheet's own findings go:
/// the options' policy applied once (`FindingPolicy`), every finding counted, kept or not.
final class DamageReport {
    private let path: String
    private let recordType: String
    let policy: FindingPolicy
    private(set) var findings: [Finding] = []
    private(set) var counts: [String: Int] = [:]

    init(path: String, recordType: String, policy: FindingPolicy) {
        self.path = path
        self.recordType = recordType
        self.policy = policy
    }

    /// A finding about one cell of `column`.
    func emit<C: Check>(
        _ check: C.Type, row: Int, line: Int, column: WatchedColumn, value: String, message: String, fix: String? = nil
    ) {
        guard let severity = policy.severity(C.id, base: C.severity) else { return }
        let seen = counts[C.id, default: 0]
        counts[C.id] = seen + 1
        guard policy.keeps(ofRule: seen) else { return }
        findings.append(
            Finding(
                file: path, recordType: recordType, row: row, line: line, column: column.header,
                columnIndex: column.index, value: value, rule: C.id, dimension: C.dimension,
                severity: severity, message: message, fix: fix))
    }

    /// A finding about the sheet (no row).
    func emitFile<C: Check>(_ check: C.Type, line: Int?, columnIndex: Int?, message: String) {
        guard let severity = policy.severity(C.id, base: C.severity) else { return }
        findings.append(
            Finding(
                file: path, recordType: recordType, row: nil, line: line, column: nil, columnIndex: columnIndex,
                value: nil, rule: C.id, dimension: C.dimension, severity: severity, message: message))
    }

    /// Findings counted but not kept (over the per-rule limit), by rule, with their severity: the
    /// file's totals count them, as they count every other finding over the limit.
    var unkept: [(rule: String, severity: Severity, count: Int)] {
        counts.compactMap { rule, count in
            let kept = findings.reduce(0) { $0 + ($1.rule == rule ? 1 : 0) }
            guard count > kept, let check = CheckCatalog.check(rule), let severity = policy.severity(rule, base: check.severity)
            else { return nil }
            return (rule, severity, count - kept)
        }.sorted { $0.rule < $1.rule }
    }

    /// Takes the findings of `later` (the next part of the same file), moved by the cut, as if
    /// this report had seen them in order.
    func absorb(_ later: DamageReport, at cut: PartCut) {
        cut.replay(later.findings, after: counts) { finding, seenBefore in
            if policy.keeps(ofRule: seenBefore) { findings.append(finding) }
        }
        for (rule, count) in later.counts { counts[rule, default: 0] += count }
    }
}
