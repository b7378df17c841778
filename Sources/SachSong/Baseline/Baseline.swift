import Foundation

/// The findings a team has accepted for now, so that a gate (pre-commit, CI) fails only on new
/// ones.
///
/// A baseline holds no personal data: per finding, the file (relative to the directory the run
/// started in), the rule, the data row and the column header, and a fingerprint of the value —
/// a 64-bit FNV-1a hash, never the value itself (see `ValueFingerprint`).
///
/// Matching survives unrelated edits: a finding is accepted when the baseline holds an entry with
/// the same file, rule, column and value fingerprint that has not yet been used. Entries at the
/// same data row are paired first; the rest with the findings nearest their recorded rows, so
/// rows inserted or deleted elsewhere in the file do not make accepted findings new again, and a
/// value that is now wrong twice where it was wrong once is reported once.
public struct Baseline: Sendable, Equatable {
    /// Format version of the file.
    public static let formatVersion = 1

    public var asOf: SimpleDate?
    public var entries: [BaselineEntry]

    public init(asOf: SimpleDate?, entries: [BaselineEntry]) {
        self.asOf = asOf
        self.entries = entries
    }

    /// The baseline of every finding of a run (all severities, including those a `--fail-on`
    /// would let through), paths made relative to `baseDirectory`.
    public init(accepting run: RunReport, baseDirectory: String) {
        var entries: [BaselineEntry] = []
        for file in run.files {
            let path = BaselinePath.normalise(file.path, base: baseDirectory)
            for finding in file.findings {
                entries.append(BaselineEntry(path: path, finding: finding))
            }
        }
        entries.sort { ($0.file, $0.row ?? 0, $0.rule, $0.column ?? "") < ($1.file, $1.row ?? 0, $1.rule, $1.column ?? "") }
        self.init(asOf: run.asOf, entries: entries)
    }

    /// The run without the findings this baseline accepts; per-file counts are adjusted and the
    /// number accepted is recorded in `acceptedByBaseline`.
    public func filter(_ run: RunReport, baseDirectory: String) -> RunReport {
        // Remaining uses of each matching key, with the rows they were recorded at.
        var available: [BaselineKey: [Int?]] = [:]
        for entry in entries { available[entry.key, default: []].append(entry.row) }

        var result = run
        var acceptedTotal = 0
        for f in result.files.indices {
            let file = result.files[f]
            let path = BaselinePath.normalise(file.path, base: baseDirectory)
            let keys = file.findings.map { BaselineKey(file: path, finding: $0) }
            var accepted = Array(repeating: false, count: keys.count)
            // Pass 1: same key at the same row.
            for i in keys.indices {
                guard var rows = available[keys[i]], let at = rows.firstIndex(of: file.findings[i].row) else { continue }
                rows.remove(at: at)
                available[keys[i]] = rows
                accepted[i] = true
            }
            // Pass 2: same key at another row. When there are more findings than entries left,
            // the ones accepted are those closest to the recorded rows, in order (rows inserted
            // above shift every row by the same amount).
            var groups: [BaselineKey: [Int]] = [:]
            for i in keys.indices where !accepted[i] { groups[keys[i], default: []].append(i) }
            for (key, indices) in groups {
                guard let rows = available[key], !rows.isEmpty else { continue }
                let ordered = indices.sorted { (file.findings[$0].row ?? 0, $0) < (file.findings[$1].row ?? 0, $1) }
                let chosen = Self.closest(recorded: rows.map { $0 ?? 0 }.sorted(), current: ordered.map { file.findings[$0].row ?? 0 })
                for c in chosen { accepted[ordered[c]] = true }
                available[key] = Array(rows.dropFirst(chosen.count))
            }
            let count = accepted.filter { $0 }.count
            guard count > 0 else { continue }
            acceptedTotal += count
            var report = file
            report.findings = []
            var errorRows = Set<Int>()
            for (i, finding) in file.findings.enumerated() {
                if accepted[i] {
                    report.countsByRule[finding.rule, default: 1] -= 1
                    if report.countsByRule[finding.rule] ?? 0 <= 0 { report.countsByRule[finding.rule] = nil }
                    switch finding.severity {
                    case .error: report.errors -= 1
                    case .warning: report.warnings -= 1
                    case .info: report.infos -= 1
                    }
                } else {
                    report.findings.append(finding)
                    if finding.severity == .error, let row = finding.row { errorRows.insert(row) }
                }
            }
            report.rowsWithErrors = errorRows.count
            result.files[f] = report
        }
        result.acceptedByBaseline = acceptedTotal
        return result
    }
}

extension Baseline {
    /// Which of `current` (sorted rows) to pair with `recorded` (sorted rows): all of them when
    /// there are no more than recorded; else `recorded.count` of them, order kept, with the least
    /// total distance between paired rows (dynamic programming; in order past a size limit).
    static func closest(recorded: [Int], current: [Int]) -> [Int] {
        let n = recorded.count, m = current.count
        if m <= n { return Array(0..<m) }
        if n == 0 { return [] }
        guard n * m <= 1_000_000 else { return Array(0..<n) }
        // cost[i][j]: least distance pairing the first i recorded rows within the first j current ones.
        let infinity = Int.max / 2
        var cost = Array(repeating: Array(repeating: infinity, count: m + 1), count: n + 1)
        for j in 0...m { cost[0][j] = 0 }
        for i in 1...n {
            for j in i...m {
                let skip = cost[i][j - 1]
                let pair = cost[i - 1][j - 1] + abs(recorded[i - 1] - current[j - 1])
                cost[i][j] = min(skip, pair)
            }
        }
        var chosen: [Int] = []
        var i = n, j = m
        while i > 0 {
            if j > i && cost[i][j] == cost[i][j - 1] {
                j -= 1
            } else {
                chosen.append(j - 1)
                i -= 1
                j -= 1
            }
        }
        return chosen.reversed()
    }
}

/// One accepted finding.
public struct BaselineEntry: Sendable, Equatable, Codable {
    /// File path relative to the directory the run started in (absolute when outside it).
    public var file: String
    public var rule: String
    /// Data row when the baseline was written (for people reading the file; matching prefers it
    /// but does not require it).
    public var row: Int?
    /// Column header as written in the file.
    public var column: String?
    /// `ValueFingerprint` of the value, nil when the finding has no value.
    public var fingerprint: String?

    public init(file: String, rule: String, row: Int?, column: String?, fingerprint: String?) {
        self.file = file
        self.rule = rule
        self.row = row
        self.column = column
        self.fingerprint = fingerprint
    }

    init(path: String, finding: Finding) {
        self.init(
            file: path, rule: finding.rule, row: finding.row, column: finding.column,
            fingerprint: finding.value.map { ValueFingerprint.of($0, rule: finding.rule) })
    }

    var key: BaselineKey { BaselineKey(file: file, rule: rule, column: column, fingerprint: fingerprint) }
}

/// What two findings must share to be the same accepted finding.
struct BaselineKey: Hashable {
    var file: String
    var rule: String
    var column: String?
    var fingerprint: String?

    init(file: String, rule: String, column: String?, fingerprint: String?) {
        self.file = file
        self.rule = rule
        self.column = column
        self.fingerprint = fingerprint
    }

    init(file: String, finding: Finding) {
        self.init(
            file: file, rule: finding.rule, column: finding.column,
            fingerprint: finding.value.map { ValueFingerprint.of($0, rule: finding.rule) })
    }
}

/// A fingerprint of a finding's value that does not store the value: 64-bit FNV-1a over a
/// version tag, the rule id and the value's UTF-8 bytes, as 16 hex digits.
///
/// It keeps values out of the baseline file, but it is not encryption: a value from a small
/// space (a 12-digit citizen ID, a date) can be found again by hashing every candidate. Keep
/// baselines where the exports themselves are kept.
public enum ValueFingerprint {
    public static func of(_ value: String, rule: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        for byte in "sachsong-baseline-v1".utf8 { mix(byte) }
        mix(0)
        for byte in rule.utf8 { mix(byte) }
        mix(0)
        for byte in value.utf8 { mix(byte) }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// File paths as a baseline records them: relative to the directory a run starts in, so that a
/// baseline written with `check data/` matches a run over `data/x.csv` or `./data/x.csv`.
public enum BaselinePath {
    public static func normalise(_ path: String, base: String) -> String {
        if path == "-" { return path }
        let baseURL = URL(fileURLWithPath: base, isDirectory: true).standardizedFileURL
        let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: path, relativeTo: baseURL))
            .standardizedFileURL
        let full = url.path
        var root = baseURL.path
        if !root.hasSuffix("/") { root += "/" }
        return full.hasPrefix(root) ? String(full.dropFirst(root.count)) : full
    }
}
