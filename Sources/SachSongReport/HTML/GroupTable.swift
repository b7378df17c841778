import SachSong

/// The groups of schools (wards, communes, managing bodies; or the values of `--group-by`), each
/// with its pooled criterion rates and the spread across its schools, by level.
struct GroupTable {
    let page: ReportPage

    var html: String {
        let report = page.report
        guard !report.groups.isEmpty else { return "" }
        let e = HTMLText.escape
        var out = "<section class=\"groups\" id=\"nhom\">\n<h2>Theo nhóm trường</h2>\n"
        out += "<p>Mỗi nhóm gộp tử số và mẫu số của các trường trong nhóm (thư mục phường, xã hoặc giá trị của --group-by).</p>\n"
        out += "<table class=\"groups\">\n<thead><tr><th>Nhóm</th><th class=\"num\">Cấp</th><th class=\"num\">Số trường</th>"
        for criterion in page.criteria { out += "<th class=\"num\" title=\"\(e(criterion.name))\">TC \(e(criterion.id))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for group in report.groups {
            let schools = report.schools(of: group)
            out += "<tr><td style=\"padding-left:\(Double(group.level - 1) * 1.2 + 0.4)em\">\(e(group.name))</td>"
            out += "<td class=\"num\">\(group.level)</td><td class=\"num\">\(group.schools.count)</td>"
            for criterion in page.criteria {
                let rate = IndicatorRenderer.criterionRate(group.ratios, criterion)
                let spread = report.spread(schools.compactMap { $0.criterionRates[criterion.id] })
                let title = spread.map { "các trường: \(HTMLText.percent($0.min)) – \(HTMLText.percent($0.max))" } ?? ""
                out += "<td class=\"num\" title=\"\(e(title))\">"
                out += rate == nil ? "<span class=\"missing\">không có dữ liệu</span>" : HTMLText.percent(rate)
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }
}
