/// What the options say of a finding, decided in one place for every emitter — field and row
/// checks (``FindingCollector``), Excel's damage (`ExcelDamage`), findings added after the read
/// (first occurrences, ``FileReport/append(_:policy:)``) and duplicates across files:
/// `--disable`, `--severity`, `--max-findings-per-rule` and `--max-findings`.
/// Every finding that is not disabled is counted, kept or not.
public struct FindingPolicy: Sendable {
    private let disabled: Set<String>
    private let severities: [String: Severity]
    private let maxPerRule: Int
    private let maxPerFile: Int

    public init(_ options: CheckOptions) {
        disabled = options.disabled
        severities = options.severities
        maxPerRule = options.maxFindingsPerRule
        maxPerFile = options.maxFindingsPerFile
    }

    /// Whether `rule` is reported at all.
    public func enabled(_ rule: String) -> Bool { !disabled.contains(rule) }

    /// The severity a finding of `rule` is recorded with (its check's `base` unless `--severity`
    /// says otherwise); nil when the rule is disabled.
    public func severity(_ rule: String, base: Severity) -> Severity? {
        disabled.contains(rule) ? nil : severities[rule] ?? base
    }

    /// The severity `--severity` sets for `rule`, if any.
    public func override(_ rule: String) -> Severity? { severities[rule] }

    /// Whether a finding is kept, given how many of its rule came before it (`ofRule`) and how
    /// many findings the file keeps already (`inFile`).
    public func keeps(ofRule: Int, inFile: Int = 0) -> Bool { ofRule < maxPerRule && inFile < maxPerFile }

    /// Examples kept per rule (at most `cap`).
    func examples(cap: Int) -> Int { min(maxPerRule, cap) }
}
