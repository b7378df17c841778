/// What checking one file found: plain data for the renderers, plus the keys for the
/// cross-file duplicate pass.
public struct FileReport: Sendable {
    public var path: String
    /// Record type id, nil when not recognised.
    public var recordType: String?
    public var recordTypeName: String?
    public var encoding: String
    /// "csv", "xlsx" or "xls".
    public var format = "csv"
    /// The sheet read, for workbooks.
    public var sheet: String?
    /// The delimiter as a one-character string ("\t" for tab).
    public var delimiter: String
    /// Data rows (header excluded, blank rows included).
    public var rows: Int
    public var findings: [Finding]
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    public var rowsWithErrors: Int
    /// Rows missing a required value.
    public var rowsIncomplete: Int
    public var countsByRule: [String: Int]
    /// How each column was read (empty when no record type was recognised).
    public var columns: [ColumnMapping] = []
    /// Keys of unique fields (field id → index), for duplicates across files.
    var keys: [String: KeyIndex] = [:]
    /// What the file contributes to its school's indicators.
    public var tally = TallyData()
    /// Where each unique field's values must not repeat.
    var keyScopes: [String: UniqueScope] = [:]
    /// Bit per data row with an error.
    var errorRows: [UInt64] = []
    /// How many parts the file was read in (2: on two cores, `SegmentedFileCheck`).
    var parts = 1
    /// Header of each unique field's column, for messages.
    var keyColumns: [String: (header: String, index: Int)] = [:]

    /// Adds findings found after the file was read (first occurrences, duplicates across
    /// files): counted always, kept only under the per-rule and per-file limits of `options`.
    /// The findings kept per rule are counted once for the batch, not once per finding.
    mutating func append(_ batch: [Finding], policy: FindingPolicy) {
        guard !batch.isEmpty else { return }
        let rules = Set(batch.map(\.rule))
        var kept: [String: Int] = [:]
        for finding in findings where rules.contains(finding.rule) { kept[finding.rule, default: 0] += 1 }
        for finding in batch {
            let keep = policy.keeps(ofRule: kept[finding.rule, default: 0], inFile: findings.count)
            append(finding)
            if !keep {
                findings.removeLast()
            } else {
                kept[finding.rule, default: 0] += 1
            }
        }
    }

    /// Counts findings that were found but not kept (over a limit), as the collector counts them.
    mutating func count(unkept rule: String, severity: Severity, _ count: Int) {
        countsByRule[rule, default: 0] += count
        switch severity {
        case .error: errors += count
        case .warning: warnings += count
        case .info: infos += count
        }
    }

    /// Adds a finding found after the file was checked.
    mutating func append(_ finding: Finding) {
        findings.append(finding)
        if finding.severity == .error, let row = finding.row {
            let word = row >> 6
            if word >= errorRows.count { errorRows.append(contentsOf: repeatElement(0, count: word - errorRows.count + 1)) }
            if errorRows[word] & (1 << UInt64(row & 63)) == 0 {
                errorRows[word] |= 1 << UInt64(row & 63)
                rowsWithErrors += 1
            }
        }
        countsByRule[finding.rule, default: 0] += 1
        switch finding.severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
    }
}
