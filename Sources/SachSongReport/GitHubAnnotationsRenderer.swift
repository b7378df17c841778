import SachSong

/// The report as GitHub Actions workflow commands: one annotation per finding, shown on the
/// pull request's files, then one plain summary line.
///
/// ```
/// ::error file=data/hoc_sinh.csv,line=7,title=cccd.parent-number::dòng dữ liệu 3, cột «Căn cước»: Số …
/// ::warning file=…
/// ::notice file=…
/// ```
/// `line` is the physical line of the row; it is left out for file-level findings. Values are
/// escaped as the runner expects: `%`, CR and LF in the message; also `:` and `,` in properties.
public struct GitHubAnnotationsRenderer {
    public init() {}

    public func render(_ run: RunReport) -> String {
        var out = ""
        for failure in run.failures {
            out += "::error file=\(Self.escapeProperty(failure.path)),title=sachsong::\(Self.escapeData(failure.message))\n"
        }
        for file in run.files {
            for finding in file.findings {
                out += annotation(finding, path: file.path) + "\n"
            }
        }
        out += summary(run) + "\n"
        return out
    }

    /// One workflow command for a finding.
    public func annotation(_ finding: Finding, path: String) -> String {
        var properties = "file=\(Self.escapeProperty(path))"
        if let line = finding.line, line >= 1 { properties += ",line=\(line)" }
        properties += ",title=\(Self.escapeProperty(finding.rule))"
        var place: [String] = []
        if let row = finding.row { place.append("dòng dữ liệu \(row)") }
        if let column = finding.column { place.append("cột «\(column)»") }
        let message = (place.isEmpty ? "" : place.joined(separator: ", ") + ": ") + finding.message
        return "::\(Self.command(finding.severity)) \(properties)::\(Self.escapeData(message))"
    }

    /// The closing line (plain text: the runner prints it as is).
    public func summary(_ run: RunReport) -> String {
        var line = "sachsong: \(run.files.count) tệp, \(run.rows) dòng, \(run.errors) lỗi, \(run.warnings) cảnh báo, \(run.infos) thông tin"
        if let accepted = run.acceptedByBaseline { line += ", \(accepted) đã chấp nhận trong baseline" }
        return line + " (ngày tham chiếu \(run.asOf))."
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// Escapes a command's message: `%`, CR, LF.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes a property value: as data, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
