import Foundation
import SachSong

/// The machine-readable report. Keys are fixed (other tools and the pre-commit hook rely on them):
/// `{"tool":{"name","version"},"asOf","files":[{"path","recordType","encoding","delimiter","rows",
/// "columns":[{"index","header","field","match"}],"findings":[{"rule","dimension","severity","row","line","column","value","message","cell"}],
/// "summary":{"errors","warnings","rowsWithErrors"}}],"summary":{"files","rows","errors","warnings"}}`.
/// Absent values are written as null; "cell" ("C12") is there for workbook findings only.
public struct JSONRenderer {
    public init() {}

    public func render(_ run: RunReport) -> String {
        var out = "{\"tool\":{\"name\":\"sachsong\",\"version\":\(quote(SachSongInfo.version))},"
        out += "\"asOf\":\(quote(run.asOf.iso)),\"files\":[\(run.files.map(file).joined(separator: ","))],"
        out += "\"summary\":\(summary(run))}\n"
        return out
    }

    /// One file's object, as in `files`.
    public func file(_ file: FileReport) -> String {
        var out = "{\"path\":\(quote(file.path)),\"recordType\":\(quote(file.recordType)),"
        out += "\"encoding\":\(quote(file.encoding)),\"delimiter\":\(quote(file.delimiter)),\"rows\":\(file.rows),\"columns\":["
        for (k, c) in file.columns.enumerated() {
            if k > 0 { out += "," }
            out += "{\"index\":\(c.index),\"header\":\(quote(c.header)),\"field\":\(quote(c.field)),\"match\":\(quote(c.how.rawValue))}"
        }
        out += "],\"findings\":["
        for (k, f) in file.findings.enumerated() {
            if k > 0 { out += "," }
            out += "{\"rule\":\(quote(f.rule)),\"dimension\":\(quote(f.dimension.rawValue)),\"severity\":\(quote(f.severity.rawValue)),"
            out += "\"row\":\(number(f.row)),\"line\":\(number(f.line)),\"column\":\(quote(f.column)),"
            out += "\"value\":\(quote(f.value)),\"message\":\(quote(f.message))"
            if let cell = f.cell { out += ",\"cell\":\(quote(cell))" }
            out += "}"
        }
        out += "],\"summary\":{\"errors\":\(file.errors),\"warnings\":\(file.warnings),\"rowsWithErrors\":\(file.rowsWithErrors)}}"
        return out
    }

    /// The run's summary object: `{"files","rows","errors","warnings"}` (and `acceptedByBaseline`).
    public func summary(_ run: RunReport) -> String {
        var out = "{\"files\":\(run.files.count),\"rows\":\(run.rows),\"errors\":\(run.errors),\"warnings\":\(run.warnings)"
        if let accepted = run.acceptedByBaseline { out += ",\"acceptedByBaseline\":\(accepted)" }
        return out + "}"
    }

    private func number(_ value: Int?) -> String { value.map(String.init) ?? "null" }

    /// A JSON string literal (or null).
    public func quote(_ value: String?) -> String { JSONText.quote(value) }
}
