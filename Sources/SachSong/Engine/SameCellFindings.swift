/// One cell, one finding: where two rules describe the same defect of the same cell (an
/// identity number that lost its zero *because* Excel stored it as a number), the finding that
/// says more is kept and names the other aspect; the other is not counted again.
enum SameCellFindings {
    /// (kept, folded into it, what the folded rule adds).
    static let pairs: [(keep: String, fold: String, aspect: String)] = [
        ("cccd.lost-zero", "excel.id-number", "Excel lưu ô này dạng số"),
        ("cccd.format", "excel.id-number", "Excel lưu ô này dạng số"),
        ("excel.phone-number", "dung.phone", "số điện thoại thiếu chữ số"),
        ("excel.scientific", "cccd.format", "không còn đủ 12 chữ số"),
        ("excel.scientific", "dung.phone", "không còn là số điện thoại đúng"),
        ("excel.scientific", "dung.code-format", "không còn đúng số chữ số của mã"),
        ("sach.date-format", "excel.date-text", "ô được gõ dạng văn bản, khác các ô ngày khác trong cột")
    ]

    /// Folds the pairs of `report`'s findings that fall on the same row and column.
    static func merge(_ report: inout FileReport) {
        var byCell: [String: [Int]] = [:]
        for (i, finding) in report.findings.enumerated() {
            guard let row = finding.row, let column = finding.columnIndex else { continue }
            byCell["\(row)|\(column)", default: []].append(i)
        }
        var dropped = Set<Int>()
        for indices in byCell.values where indices.count > 1 {
            // The same rule twice on one cell (two duplicate keys meeting the same two rows): once.
            var seenRules = Set<String>()
            for i in indices where !seenRules.insert(report.findings[i].rule).inserted { dropped.insert(i) }
            for pair in pairs {
                guard let keep = indices.first(where: { report.findings[$0].rule == pair.keep && !dropped.contains($0) }),
                    let fold = indices.first(where: { report.findings[$0].rule == pair.fold && !dropped.contains($0) })
                else { continue }
                report.findings[keep].message += " (Cùng ô: \(pair.aspect) — \(pair.fold).)"
                dropped.insert(fold)
            }
        }
        guard !dropped.isEmpty else { return }
        for i in dropped {
            let finding = report.findings[i]
            report.countsByRule[finding.rule, default: 1] -= 1
            if report.countsByRule[finding.rule] == 0 { report.countsByRule[finding.rule] = nil }
            switch finding.severity {
            case .error: report.errors -= 1
            case .warning: report.warnings -= 1
            case .info: report.infos -= 1
            }
        }
        report.findings = report.findings.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }
}
