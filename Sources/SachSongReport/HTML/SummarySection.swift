import Foundation
import SachSong

/// The top of the page: title, what and when, the personal-data and example-scoring notices, a
/// card per criterion for the district, and the district's pooled indicators.
struct SummarySection {
    let page: ReportPage

    var html: String {
        let report = page.report
        let e = HTMLText.escape
        var out = "<header>\n<h1>Báo cáo dữ liệu số trường học</h1>\n"
        out += "<p class=\"subtitle\">Tiêu chuẩn 3 — Dữ liệu số: tiêu chí 3.1–3.5 (Bộ tiêu chuẩn Trường học số TP.HCM)</p>\n"
        out += "<ul class=\"meta\">"
        if let source = page.options.source { out += "<li>Dữ liệu: <b>\(e(ReportPage.fileName(source)))</b></li>" }
        out += "<li>Ngày tham chiếu: <b>\(e(report.asOf.description))</b></li>"
        out += "<li>Số trường: <b>\(report.schools.count)</b></li>"
        if let day = page.options.generatedOn { out += "<li>Ngày lập: <b>\(e(day.description))</b></li>" }
        out += "</ul>\n</header>\n"
        out += privacyNotice
        if !report.spec.note.isEmpty {
            out += "<div class=\"notice example\" role=\"note\"><strong>\(e(report.spec.note))</strong>"
            out += "<p>Điểm trong báo cáo này chỉ để minh hoạ cách tính; tỉ lệ (tử số/mẫu số) là số liệu thật của dữ liệu đã kiểm tra.</p></div>\n"
        }
        for failure in report.failures {
            out += "<div class=\"notice failure\"><strong>Không đọc được tệp:</strong> \(e(page.mask.text(failure.message)))</div>\n"
        }
        out += "<section class=\"summary\" id=\"tong-quan\">\n<h2>Tổng quan toàn đơn vị</h2>\n"
        out += "<p>Tỉ lệ toàn đơn vị gộp tử số và mẫu số của mọi trường. Mỗi thẻ cho biết số trường đạt mức điểm cao nhất của tiêu chí.</p>\n"
        out += "<div class=\"cards\">\n"
        for criterion in page.criteria { out += card(criterion) }
        out += "</div>\n"
        out += indicatorTable
        out += activeUsers
        out += "</section>\n"
        return out
    }

    private var privacyNotice: String {
        if page.mask.reveal {
            return """
                <div class="notice reveal" role="alert"><strong>Báo cáo này HIỂN THỊ dữ liệu cá nhân</strong> (số định danh, \
                số điện thoại, họ tên trong các ví dụ) vì được lập với <code>--show-personal-data</code>. Chỉ chia sẻ với người \
                có nhiệm vụ xử lý (Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân).</div>\n
                """
        }
        return """
            <div class="notice" role="note">Dữ liệu cá nhân được che theo Nghị định 13/2023/NĐ-CP: số định danh và số điện thoại \
            chỉ giữ 3 chữ số đầu và 3 chữ số cuối (ví dụ <code>079******321</code>), họ tên chỉ giữ chữ cái đầu. Ví dụ lỗi chỉ \
            ghi tệp, dòng dữ liệu và cột để trường tự tra.</div>\n
            """
    }

    private func card(_ criterion: Criterion) -> String {
        let e = HTMLText.escape
        let rate = page.districtRate(criterion)
        let level = page.level(criterion, rate: rate)
        var out = "<div class=\"card \(level.rawValue)\"><div class=\"cid\">Tiêu chí \(e(criterion.id))</div>"
        out += "<div class=\"cname\">\(e(criterion.name))</div>"
        out += "<div class=\"big\">\(rate == nil ? "<span class=\"missing\">không có dữ liệu</span>" : HTMLText.percent(rate))</div>"
        if let top = criterion.bands.first, let reaching = page.schoolsAtTop(criterion) {
            out += "<div class=\"small\">\(reaching)/\(page.report.schools.count) trường đạt ≥ \(HTMLText.threshold(top.minRate))</div>"
        }
        if let spread = page.report.spread(page.report.schools.compactMap { $0.criterionRates[criterion.id] }) {
            out +=
                "<div class=\"small\">Các trường: \(HTMLText.percent(spread.min)) – \(HTMLText.percent(spread.max)), trung vị \(HTMLText.percent(spread.median))</div>"
        }
        out += "</div>\n"
        return out
    }

    private var indicatorTable: String {
        let e = HTMLText.escape
        let report = page.report
        var out = "<h4>Chỉ số toàn đơn vị (tử số/mẫu số)</h4>\n<table class=\"indicators\">\n<thead><tr><th>Chỉ số</th>"
        out +=
            "<th class=\"num\">Tử số</th><th class=\"num\">Mẫu số</th><th class=\"num\">Tỉ lệ</th><th class=\"num\">Các trường (thấp nhất – cao nhất)</th></tr></thead>\n<tbody>\n"
        for criterion in page.criteria {
            let rate = page.districtRate(criterion)
            out += "<tr class=\"group\"><td>\(e(criterion.id)) \(e(criterion.name))</td><td></td><td></td>"
            out +=
                "<td class=\"num\">\(HTMLText.percent(rate))</td><td class=\"num\"><span class=\"chip \(page.level(criterion, rate: rate).rawValue)\">\(page.level(criterion, rate: rate).label)</span></td></tr>\n"
            for indicator in criterion.indicators {
                let ratio = report.district[indicator.id] ?? Ratio()
                let spread = report.spread(report.schools.compactMap { $0.ratios[indicator.id]?.rate })
                out += "<tr><td class=\"ind\">\(e(indicator.name)) <code>\(e(indicator.id))</code>"
                if let missing = ratio.missing { out += " <span class=\"missing\">(không có dữ liệu: \(e(missing)))</span>" }
                out += "</td><td class=\"num\">\(HTMLText.count(ratio.numerator))</td><td class=\"num\">\(HTMLText.count(ratio.denominator))</td>"
                out += "<td class=\"num\">\(ratio.rate == nil ? "<span class=\"missing\">không có dữ liệu</span>" : HTMLText.percent(ratio.rate))</td>"
                out += "<td class=\"num\">\(spread.map { "\(HTMLText.percent($0.min)) – \(HTMLText.percent($0.max))" } ?? "—")</td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    private var activeUsers: String {
        let roles = page.report.districtActiveByRole
        guard !roles.isEmpty else { return "" }
        let e = HTMLText.escape
        let spec = page.report.spec
        var out = "<h4>Người dùng hoạt động thường xuyên theo vai trò</h4>\n"
        out += "<p class=\"hint-print\">Hoạt động trong ít nhất \(spec.activeWeeks) của \(spec.activityWeeks) tuần trước ngày tham chiếu.</p>\n"
        out +=
            "<table class=\"roles\"><thead><tr><th>Vai trò</th><th class=\"num\">Hoạt động</th><th class=\"num\">Tổng số</th><th class=\"num\">Tỉ lệ</th></tr></thead><tbody>\n"
        for role in roles.keys.sorted(by: { $0.localizedStandardCompare($1) == .orderedAscending }) {
            let ratio = roles[role]!
            out +=
                "<tr><td>\(e(role))</td><td class=\"num\">\(HTMLText.count(ratio.numerator))</td><td class=\"num\">\(HTMLText.count(ratio.denominator))</td><td class=\"num\">\(HTMLText.percent(ratio.rate))</td></tr>\n"
        }
        out += "</tbody></table>\n"
        return out
    }
}
