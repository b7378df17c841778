import SachSong

/// The terminal report: per file, findings grouped by rule, each with row, column, value and
/// message; a closing summary per file and for the run. Colour only when asked (a terminal).
public struct TextRenderer {
    public var color: Bool
    /// Findings shown per rule and file before "… và N lỗi khác".
    public var perRule: Int

    public init(color: Bool = false, perRule: Int = 50) {
        self.color = color
        self.perRule = perRule
    }

    public func render(_ run: RunReport) -> String {
        var out: [String] = []
        for file in run.files {
            let type = file.recordTypeName.map { "\($0) (\(file.recordType!))" } ?? "không nhận ra loại hồ sơ"
            let v = TerminalText.visible
            out.append(paint(v(file.path), "1"))
            if file.format == "csv" {
                out.append("  \(type) · \(file.rows) dòng · bảng mã \(file.encoding) · phân cách «\(file.delimiter == "\t" ? "tab" : file.delimiter)»")
            } else {
                out.append("  \(type) · \(file.rows) dòng · bảng tính \(file.format)\(file.sheet.map { " · trang «\(v($0))»" } ?? "")")
            }
            var groups: [(rule: String, findings: [Finding])] = []
            for finding in file.findings {
                if let i = groups.firstIndex(where: { $0.rule == finding.rule }) {
                    groups[i].findings.append(finding)
                } else {
                    groups.append((finding.rule, [finding]))
                }
            }
            groups.sort { rank($0.findings[0]) > rank($1.findings[0]) || (rank($0.findings[0]) == rank($1.findings[0]) && $0.rule < $1.rule) }
            for group in groups {
                let first = group.findings[0]
                let total = file.countsByRule[group.rule] ?? group.findings.count
                out.append("  " + paint("\(first.severity.label) [\(group.rule)] (\(first.dimension.label)) — \(total)", severityColor(first.severity)))
                for finding in group.findings.prefix(perRule) {
                    var place: [String] = []
                    if let row = finding.row { place.append("dòng dữ liệu \(row)") }
                    if let line = finding.line { place.append("dòng \(line)") }
                    if let column = finding.column { place.append("cột «\(v(column))»") }
                    if let cell = finding.cell { place.append("ô \(cell)") }
                    let at = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
                    out.append("    \(at)\(v(finding.message))")
                }
                if total > min(perRule, group.findings.count) {
                    out.append("    … và \(total - min(perRule, group.findings.count)) trường hợp khác")
                }
            }
            out.append(
                "  Tổng: \(file.errors) lỗi, \(file.warnings) cảnh báo, \(file.infos) thông tin; \(file.rowsWithErrors)/\(file.rows) dòng có lỗi; \(dimensionSummary(file))"
            )
            out.append("")
        }
        let verdict: String
        if !run.failures.isEmpty {
            verdict = paint("KHÔNG ĐỌC ĐƯỢC \(run.failures.count) TỆP", "31;1")
        } else {
            verdict = run.errors > 0 ? paint("CHƯA ĐẠT", "31;1") : paint("ĐẠT", "32;1")
        }
        let accepted = run.acceptedByBaseline.map { ", \($0) phát hiện đã chấp nhận trong baseline" } ?? ""
        out.append(
            "\(verdict): \(run.files.count) tệp, \(run.rows) dòng, \(run.errors) lỗi, \(run.warnings) cảnh báo\(accepted) (ngày tham chiếu \(run.asOf)).")
        return out.joined(separator: "\n") + "\n"
    }

    private func dimensionSummary(_ file: FileReport) -> String {
        var counts: [Dimension: Int] = [:]
        for (rule, count) in file.countsByRule {
            let dimension =
                file.findings.first { $0.rule == rule }?.dimension
                ?? CheckCatalog.check(rule)?.dimension ?? .sach
            counts[dimension, default: 0] += count
        }
        return Dimension.allCases.map { "\($0.label) \(counts[$0] ?? 0)" }.joined(separator: " · ")
    }

    private func rank(_ finding: Finding) -> Int {
        switch finding.severity {
        case .error: return 2
        case .warning: return 1
        case .info: return 0
        }
    }

    private func severityColor(_ severity: Severity) -> String {
        switch severity {
        case .error: return "31"
        case .warning: return "33"
        case .info: return "36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
