import Foundation
import SachSong

/// The report as SARIF 2.1.0, for code-scanning tools (GitHub code scanning, GitLab, IDE viewers).
///
/// One run; `tool.driver.rules` lists every rule a result uses, with its Vietnamese description
/// and default level. Each result points at the file (as given, relative to the directory the
/// run started in) and at the physical line of the row (line 1 for file-level findings); the
/// data row, the column header and the dimension are in the result's `properties`.
/// `partialFingerprints["sachsong/v1"]` is the baseline's value fingerprint, so a viewer can
/// follow a finding across edits without the value itself.
public struct SARIFRenderer {
    /// What SARIF needs to know of a rule.
    public struct RuleInfo: Sendable {
        public var id: String
        public var dimension: SachSong.Dimension
        public var severity: Severity
        public var summary: String

        public init(id: String, dimension: SachSong.Dimension, severity: Severity, summary: String) {
            self.id = id
            self.dimension = dimension
            self.severity = severity
            self.summary = summary
        }
    }

    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// Every rule that may appear (the check catalogue unless told more, e.g. the reader's
    /// structural rules).
    public var rules: [RuleInfo]
    /// The directory relative to which absolute paths are written.
    public var baseDirectory: String?

    public init(rules: [RuleInfo]? = nil, baseDirectory: String? = nil) {
        self.rules = rules ?? RuleCatalogue.entries.map { RuleInfo(id: $0.id, dimension: $0.dimension, severity: $0.severity, summary: $0.summary) }
        self.baseDirectory = baseDirectory
    }

    public func render(_ run: RunReport) -> String {
        let q = JSONRenderer().quote
        let known = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Rules in order of first use.
        var used: [String] = []
        var index: [String: Int] = [:]
        var firstSeen: [String: Finding] = [:]
        for finding in run.files.flatMap(\.findings) where index[finding.rule] == nil {
            index[finding.rule] = used.count
            used.append(finding.rule)
            firstSeen[finding.rule] = finding
        }

        var out = "{\"$schema\":\(q(Self.schema)),\"version\":\"2.1.0\",\"runs\":[{"
        out += "\"tool\":{\"driver\":{\"name\":\"sachsong\",\"version\":\(q(SachSongInfo.version)),"
        out += "\"semanticVersion\":\(q(SachSongInfo.version)),\"rules\":["
        for (i, id) in used.enumerated() {
            if i > 0 { out += "," }
            let info = known[id]
            let first = firstSeen[id]!
            let summary = info?.summary ?? id
            let severity = info?.severity ?? first.severity
            let dimension = info?.dimension ?? first.dimension
            out += "{\"id\":\(q(id)),\"shortDescription\":{\"text\":\(q(summary))},"
            out += "\"defaultConfiguration\":{\"level\":\(q(Self.level(severity)))},"
            out += "\"properties\":{\"dimension\":\(q(dimension.rawValue)),\"tags\":[\(q(dimension.label))]}}"
        }
        out += "]}},"
        out += "\"invocations\":[{\"executionSuccessful\":\(run.failures.isEmpty)"
        if !run.failures.isEmpty {
            out += ",\"toolExecutionNotifications\":["
            out += run.failures.map { failure in
                "{\"level\":\"error\",\"message\":{\"text\":\(q(failure.message))},\"locations\":[{\"physicalLocation\":"
                    + "{\"artifactLocation\":{\"uri\":\(q(uri(failure.path)))}}}]}"
            }.joined(separator: ",")
            out += "]"
        }
        out += "}],\"results\":["
        var firstResult = true
        for file in run.files {
            let location = q(uri(file.path))
            for finding in file.findings {
                if !firstResult { out += "," }
                firstResult = false
                out += "{\"ruleId\":\(q(finding.rule)),\"ruleIndex\":\(index[finding.rule]!),"
                out += "\"level\":\(q(Self.level(finding.severity))),\"message\":{\"text\":\(q(finding.message))},"
                out += "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\(location)},"
                out += "\"region\":{\"startLine\":\(max(finding.line ?? 1, 1))}}}],"
                if let value = finding.value {
                    out += "\"partialFingerprints\":{\"sachsong/v1\":\(q(ValueFingerprint.of(value, rule: finding.rule)))},"
                }
                out += "\"properties\":{\"row\":\(finding.row.map(String.init) ?? "null"),\"column\":\(q(finding.column)),"
                out += "\"dimension\":\(q(finding.dimension.rawValue)),\"severity\":\(q(finding.severity.rawValue))"
                if let fix = finding.fix { out += ",\"fix\":\(q(fix))" }
                out += "}}"
            }
        }
        out += "],\"properties\":{\"asOf\":\(q(run.asOf.iso)),\"files\":\(run.files.count),\"rows\":\(run.rows),"
        out += "\"errors\":\(run.errors),\"warnings\":\(run.warnings),\"infos\":\(run.infos)"
        if let accepted = run.acceptedByBaseline { out += ",\"acceptedByBaseline\":\(accepted)" }
        out += "}}]}\n"
        return out
    }

    /// SARIF's level for a severity.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A relative URI reference for a path: relative paths as given (without `./`), absolute
    /// ones relative to `baseDirectory` when inside it, else a `file://` URI; every byte outside
    /// the URI's unreserved characters and `/` percent-encoded.
    func uri(_ path: String) -> String {
        if path == "-" { return "stdin" }
        var relative = path
        if path.hasPrefix("/") {
            if let baseDirectory {
                relative = BaselinePath.normalise(path, base: baseDirectory)
            }
        } else {
            while relative.hasPrefix("./") { relative.removeFirst(2) }
        }
        let encoded = Self.percentEncode(relative)
        return relative.hasPrefix("/") ? "file://" + encoded : encoded
    }

    static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
