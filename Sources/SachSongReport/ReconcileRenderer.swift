import Foundation
import SachSong

/// Text and JSON forms of a reconciliation.
public struct ReconcileRenderer {
    public init() {}

    public func text(_ report: ReconcileReport, perRule: Int = 50) -> String {
        var out: [String] = []
        out.append("Đối chiếu «\(report.school)» với «\(report.authoritative)» theo «\(report.key)»")
        out.append("  Hồ sơ của trường: \(report.schoolRows) · trong tệp đối chiếu: \(report.authoritativeRows)")
        out.append("  Khớp: \(report.matched) (thống nhất \(report.consistent), khác thông tin \(report.mismatched))")
        out.append("  Chỉ có ở trường: \(report.schoolOnly) · chỉ có ở tệp đối chiếu: \(report.authoritativeOnly) · không có khóa: \(report.withoutKey)")
        let rate = report.authenticatedRate.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
        out.append("  Tỉ lệ xác thực (khớp và thống nhất / hồ sơ của trường): \(report.consistent)/\(report.schoolRows) = \(rate)")
        for (title, findings) in [("Tệp của trường", report.schoolFindings), ("Tệp đối chiếu", report.authoritativeFindings)] where !findings.isEmpty {
            out.append("")
            out.append("\(title):")
            var shown: [String: Int] = [:]
            for f in findings {
                let n = shown[f.rule, default: 0]
                shown[f.rule] = n + 1
                guard n < perRule else { continue }
                let column = f.column.map { ", cột «\($0)»" } ?? ""
                out.append("  \(f.severity.label) [\(f.rule)] dòng dữ liệu \(f.row ?? 0), dòng \(f.line ?? 0)\(column): \(f.message)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func json(_ report: ReconcileReport) -> String {
        let q = JSONRenderer().quote
        func findings(_ list: [Finding]) -> String {
            "["
                + list.map { f in
                    "{\"rule\":\(q(f.rule)),\"dimension\":\(q(f.dimension.rawValue)),\"severity\":\(q(f.severity.rawValue)),"
                        + "\"row\":\(f.row.map(String.init) ?? "null"),\"line\":\(f.line.map(String.init) ?? "null"),"
                        + "\"column\":\(q(f.column)),\"value\":\(q(f.value)),\"message\":\(q(f.message))}"
                }.joined(separator: ",") + "]"
        }
        let rate = report.authenticatedRate.map { String($0) } ?? "null"
        return "{\"tool\":{\"name\":\"sachsong\",\"version\":\(q(SachSongInfo.version))},"
            + "\"school\":\(q(report.school)),\"authoritative\":\(q(report.authoritative)),\"key\":\(q(report.key)),"
            + "\"summary\":{\"schoolRows\":\(report.schoolRows),\"authoritativeRows\":\(report.authoritativeRows),"
            + "\"matched\":\(report.matched),\"consistent\":\(report.consistent),\"mismatched\":\(report.mismatched),"
            + "\"schoolOnly\":\(report.schoolOnly),\"authoritativeOnly\":\(report.authoritativeOnly),"
            + "\"withoutKey\":\(report.withoutKey),\"authenticatedRate\":\(rate)},"
            + "\"schoolFindings\":\(findings(report.schoolFindings)),"
            + "\"authoritativeFindings\":\(findings(report.authoritativeFindings))}\n"
    }
}
