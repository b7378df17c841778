import Foundation

/// The baseline file: JSON, one accepted finding per line so that changes read well in a diff.
///
/// ```json
/// {"tool":"sachsong","version":1,"asOf":"2026-06-01","fingerprint":"fnv1a-64","findings":[
/// {"file":"data/hoc_sinh.csv","rule":"cccd.parent-number","row":3,"column":"Căn cước","fingerprint":"5d0c…"},
/// …
/// ]}
/// ```
extension Baseline {
    /// The file's text.
    public func encoded() -> String {
        var out = "{\"tool\":\"sachsong\",\"version\":\(Self.formatVersion),\"asOf\":\(Self.quote(asOf?.iso)),"
        out += "\"fingerprint\":\"fnv1a-64\",\"findings\":["
        for (i, entry) in entries.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            out += "{\"file\":\(Self.quote(entry.file)),\"rule\":\(Self.quote(entry.rule)),"
            out += "\"row\":\(entry.row.map(String.init) ?? "null"),\"column\":\(Self.quote(entry.column)),"
            out += "\"fingerprint\":\(Self.quote(entry.fingerprint))}"
        }
        out += entries.isEmpty ? "]}\n" : "\n]}\n"
        return out
    }

    /// Reads a baseline file's contents.
    public static func decode(_ data: Data) throws -> Baseline {
        struct Document: Decodable {
            var version: Int
            var asOf: String?
            var findings: [BaselineEntry]
        }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            throw BaselineError.unreadable("\(error)")
        }
        guard document.version == formatVersion else {
            throw BaselineError.unreadable("phiên bản \(document.version) không được hỗ trợ (cần \(formatVersion))")
        }
        return Baseline(asOf: document.asOf.flatMap(DateParser.parseISO), entries: document.findings)
    }

    private static func quote(_ value: String?) -> String { JSONText.quote(value) }
}

/// A baseline file that cannot be used.
public enum BaselineError: Error, CustomStringConvertible {
    case unreadable(String)

    public var description: String {
        switch self {
        case .unreadable(let reason): return "tệp baseline không đọc được: \(reason)"
        }
    }
}

extension RunReport {
    /// The run with at most `perRule` findings per rule and `perFile` per file kept (all still
    /// counted), as the engine keeps them; used after a baseline has removed accepted findings
    /// from a run that kept everything.
    public func limitingFindings(perRule: Int, perFile: Int) -> RunReport {
        var result = self
        for f in result.files.indices where result.files[f].findings.count > min(perFile, perRule) {
            var seen: [String: Int] = [:]
            var kept: [Finding] = []
            for finding in result.files[f].findings where kept.count < perFile {
                let n = seen[finding.rule, default: 0]
                seen[finding.rule] = n + 1
                if n < perRule { kept.append(finding) }
            }
            result.files[f].findings = kept
        }
        return result
    }
}
