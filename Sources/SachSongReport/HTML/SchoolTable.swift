import SachSong

/// All schools in one table: a rate and points per criterion and the total, sortable by clicking a
/// header (with script); the district's rates stay in the footer.
struct SchoolTable {
    let page: ReportPage

    var html: String {
        let e = HTMLText.escape
        let report = page.report
        var out = "<section class=\"ranking\" id=\"bang-truong\">\n<h2>Bảng tổng hợp các trường</h2>\n"
        out += "<p class=\"hint\" hidden>Bấm vào tiêu đề cột để sắp xếp.</p>\n"
        out += "<table class=\"sortable schools\">\n<thead><tr><th data-type=\"num\" class=\"num\">TT</th>"
        out += "<th data-type=\"text\">Trường</th><th data-type=\"text\">Mã trường</th>"
        for criterion in page.criteria {
            out += "<th data-type=\"num\" class=\"num\" title=\"\(e(criterion.name))\">TC \(e(criterion.id))</th>"
        }
        out += "<th data-type=\"num\" class=\"num\">Tổng điểm</th></tr></thead>\n<tbody>\n"
        for (index, school) in report.schools.enumerated() {
            out += "<tr><td class=\"num\" data-v=\"\(index + 1)\">\(index + 1)</td>"
            out += "<td data-v=\"\(e(school.name))\"><a href=\"#\(ReportPage.anchor(school))\">\(e(school.name))</a></td>"
            out += "<td data-v=\"\(e(school.id))\">\(e(school.id))</td>"
            for criterion in page.criteria {
                let rate = school.criterionRates[criterion.id]
                out += "<td class=\"num\" data-v=\"\(HTMLText.sortKey(rate))\">"
                if let rate {
                    let level = page.level(criterion, rate: rate)
                    out += "\(HTMLText.percent(rate)) <span class=\"pts\">\(HTMLText.decimal(school.points[criterion.id] ?? 0))đ</span>"
                    if level != .full { out += " <span class=\"chip \(level.rawValue)\" title=\"\(level.label)\">\(level == .low ? "!" : "–")</span>" }
                    let gaps = school.missing(criterion).count
                    if gaps > 0 { out += " <span class=\"missing\">(thiếu \(gaps)/\(criterion.indicators.count) chỉ số)</span>" }
                } else {
                    let needs = school.needs(criterion)
                    out += "<span class=\"missing need\" title=\"cần \(e(needs))\">không có dữ liệu — cần \(e(IndicatorRenderer.short(needs)))</span>"
                }
                out += "</td>"
            }
            let covered = page.criteria.filter { school.criterionRates[$0.id] != nil }
            let coveredMax = covered.reduce(0) { $0 + $1.maxPoints }
            out += "<td class=\"num\" data-v=\"\(HTMLText.sortKey(school.totalPoints))\"><b>\(HTMLText.decimal(school.totalPoints))</b>"
            out += "<span class=\"pts\">/\(HTMLText.decimal(covered.count == page.criteria.count ? page.maxTotal : coveredMax))</span>"
            if covered.count < page.criteria.count {
                out += " <span class=\"missing\">(chỉ tính \(e(covered.map(\.id).joined(separator: ", "))))</span>"
            }
            out += "</td></tr>\n"
        }
        out += "</tbody>\n<tfoot><tr><td></td><td colspan=\"2\">Toàn đơn vị (\(report.schools.count) trường)</td>"
        for criterion in page.criteria { out += "<td class=\"num\">\(HTMLText.percent(page.districtRate(criterion)))</td>" }
        out += "<td></td></tr></tfoot>\n</table>\n"
        out += "<p class=\"legend\">Tỉ lệ của tiêu chí · điểm theo thang ví dụ. <span class=\"chip partial\">–</span> đạt một phần, "
        out += "<span class=\"chip low\">!</span> chưa đạt ngưỡng điểm nào.</p>\n</section>\n"
        return out
    }
}
