import Foundation
import SachSong

/// One school's page: its figures per criterion and indicator (numerator, denominator, rate,
/// records short), what to fix for every criterion below full points or without a figure, and the
/// most frequent problems in its files with example places (file, data row, column).
struct SchoolSection {
    let page: ReportPage
    let school: SchoolIndicators

    static func all(_ page: ReportPage) -> String {
        guard !page.report.schools.isEmpty else {
            return "<section><h2>Chi tiết từng trường</h2><p class=\"missing\">Không có tệp dữ liệu nào dưới thư mục đã chọn.</p></section>\n"
        }
        var out = "<h2 id=\"chi-tiet\">Chi tiết từng trường</h2>\n"
        for school in page.report.schools { out += SchoolSection(page: page, school: school).html }
        return out
    }

    var html: String {
        let e = HTMLText.escape
        var out = "<section class=\"school\" id=\"\(ReportPage.anchor(school))\">\n<div class=\"school-head\"><div>"
        out += "<h3>\(e(school.name))</h3><p class=\"sid\">Mã trường <b>\(e(school.id))</b> · thư mục "
        out += "<code>\(e(ReportPage.fileName(school.folder)))</code> · \(school.files.count) tệp</p></div>"
        out += "<div class=\"total\">\(HTMLText.decimal(school.totalPoints))/\(HTMLText.decimal(page.maxTotal))<small>điểm (thang ví dụ)</small></div></div>\n"
        out += figures
        out += todo
        out += problems
        if !school.files.isEmpty {
            out += "<p class=\"files\">Tệp đã đọc: \(school.files.map { e(ReportPage.fileName($0)) }.joined(separator: ", "))</p>\n"
        }
        out += "</section>\n"
        return out
    }

    // MARK: figures

    private var figures: String {
        let e = HTMLText.escape
        var out = "<h4>Chỉ số của trường</h4>\n<table class=\"figures\">\n<thead><tr><th>Tiêu chí / chỉ số</th>"
        out += "<th class=\"num\">Tử số</th><th class=\"num\">Mẫu số</th><th class=\"num\">Tỉ lệ</th><th class=\"num\">Chưa đạt</th>"
        out += "<th class=\"num\">Điểm</th></tr></thead>\n<tbody>\n"
        for criterion in page.criteria {
            let rate = school.criterionRates[criterion.id]
            let level = page.level(criterion, rate: rate)
            let points = school.points[criterion.id].map { HTMLText.decimal($0) } ?? "—"
            out += "<tr class=\"group\"><td>\(e(criterion.id)) \(e(criterion.name))</td><td></td><td></td>"
            out += "<td class=\"num\">\(rate == nil ? "<span class=\"missing\">không có dữ liệu</span>" : HTMLText.percent(rate))</td>"
            out += "<td class=\"num\"><span class=\"chip \(level.rawValue)\">\(level.label)</span></td>"
            out += "<td class=\"num\">\(points)/\(HTMLText.decimal(criterion.maxPoints))</td></tr>\n"
            for indicator in criterion.indicators {
                let ratio = school.ratios[indicator.id] ?? Ratio()
                out += "<tr><td class=\"ind\">\(e(indicator.name)) <code>\(e(indicator.id))</code></td>"
                out += "<td class=\"num\">\(HTMLText.count(ratio.numerator))</td><td class=\"num\">\(HTMLText.count(ratio.denominator))</td>"
                if let rate = ratio.rate {
                    out += "<td class=\"num\">\(HTMLText.percent(rate))</td>"
                    let short = ratio.denominator - ratio.numerator
                    out += "<td class=\"num\">\(short > 0 ? HTMLText.count(short) : "")</td>"
                } else {
                    out += "<td class=\"num\"><span class=\"missing\">\(Self.noRate(indicator, ratio))</span></td><td></td>"
                }
                out += "<td></td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    /// Why an indicator has no rate, in a few words.
    static func noRate(_ indicator: IndicatorSpec, _ ratio: Ratio) -> String {
        if let missing = ratio.missing { return "không có dữ liệu: \(HTMLText.escape(missing))" }
        if case .records(_, let population, _) = indicator.kind, let age = population.minAge {
            return "không có ai từ \(age) tuổi"
        }
        return "không có hồ sơ"
    }

    // MARK: what to fix

    private var todo: String {
        let e = HTMLText.escape
        var blocks = ""
        for criterion in page.criteria {
            let rate = school.criterionRates[criterion.id]
            let level = page.level(criterion, rate: rate)
            let lines = criterion.indicators.compactMap { shortfall($0, criterion: criterion) }
            guard level != .full || !lines.isEmpty else { continue }
            blocks += "<div class=\"todo \(level.rawValue)\"><h5>\(e(criterion.id)) \(e(criterion.name)) — "
            blocks +=
                rate == nil
                ? "không có dữ liệu"
                : "\(HTMLText.percent(rate)), \(HTMLText.decimal(school.points[criterion.id] ?? 0))/\(HTMLText.decimal(criterion.maxPoints)) điểm"
            if let next = nextBand(criterion, rate: rate) {
                blocks += " <span class=\"pts\">(cần ≥ \(HTMLText.threshold(next.minRate)) để được \(HTMLText.decimal(next.points))đ)</span>"
            }
            blocks += "</h5>\n<ul>\n" + lines.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
            let related = school.topProblems.filter { problem in
                page.criteria(affectedBy: problem.recordType).contains { $0.id == criterion.id }
            }
            if !related.isEmpty {
                let list = related.map { "<code>\(e($0.rule))</code> (\(HTMLText.count($0.count)))" }.joined(separator: ", ")
                blocks += "<p class=\"related\">Lỗi dữ liệu có thể liên quan (xem bảng dưới): \(list).</p>\n"
            }
            blocks += "</div>\n"
        }
        guard !blocks.isEmpty else {
            return "<h4>Việc cần làm</h4>\n<p class=\"ok\">Trường đạt điểm tối đa ở mọi tiêu chí và có đủ dữ liệu cho mọi chỉ số.</p>\n"
        }
        var intro = "<h4>Việc cần làm</h4>\n<p class=\"legend\">Mỗi tiêu chí chưa đạt điểm tối đa hoặc thiếu dữ liệu: chỉ số còn thiếu, "
        intro += "số hồ sơ chưa đạt và lệnh liệt kê từng hồ sơ. Tỉ lệ thấp thường do giá trị được ghi (ví dụ «Không», «Chưa có») "
        intro += "hoặc thiếu tệp/cột: cần cập nhật dữ liệu gốc rồi xuất lại.</p>\n"
        return intro + blocks
    }

    /// The band just above the school's rate.
    private func nextBand(_ criterion: Criterion, rate: Double?) -> Criterion.Band? {
        guard let rate else { return nil }
        return criterion.bands.last { $0.minRate > rate + 1e-12 }
    }

    /// What an indicator lacks, in words (nil when it is at 100 %).
    private func shortfall(_ indicator: IndicatorSpec, criterion: Criterion) -> String? {
        let e = HTMLText.escape
        let ratio = school.ratios[indicator.id] ?? Ratio()
        let name = "<b>\(e(indicator.name))</b>"
        let explain = explainHint(criterion, indicator)
        switch indicator.kind {
        case .records(let recordType, let population, _):
            let typeName = e(page.recordTypeName(recordType) ?? recordType)
            if let missing = ratio.missing {
                return "\(name): không có dữ liệu — \(e(missing))."
            }
            // Nobody of that age (a primary school and the card at 14): nothing to fix.
            if ratio.denominator == 0, population.minAge != nil { return nil }
            if ratio.denominator == 0 {
                return "\(name): không có hồ sơ nào — thiếu tệp xuất «\(typeName)» hoặc tệp rỗng."
            }
        case .activityCollected:
            if ratio.numerator == 0 {
                return "\(name): chưa có nhật ký hoạt động người dùng và chưa có hệ thống nào ghi nhận hoạt động."
            }
            return nil
        case .activeUsers:
            if ratio.denominator == 0 { return "\(name): không có danh sách người dùng (học sinh, nhân sự) để đếm." }
        }
        let short = ratio.denominator - ratio.numerator
        guard short > 0 else { return nil }
        var line = "\(name): \(HTMLText.count(short))/\(HTMLText.count(ratio.denominator)) chưa đạt (\(HTMLText.percent(ratio.rate)))."
        if case .activeUsers = indicator.kind, !school.activeByRole.isEmpty {
            let roles = school.activeByRole.keys.sorted { $0.localizedStandardCompare($1) == .orderedAscending }.map { role in
                let r = school.activeByRole[role]!
                return "\(e(role)) \(r.numerator)/\(r.denominator)"
            }
            line += " Theo vai trò (hoạt động/tổng): \(roles.joined(separator: "; "))."
        }
        return line + explain
    }

    /// The command that lists the records behind a record-type indicator.
    private func explainHint(_ criterion: Criterion, _ indicator: IndicatorSpec) -> String {
        guard case .records = indicator.kind else { return "" }
        let path = Self.shellQuoted(page.options.source ?? "THƯ_MỤC")
        let command = "sachsong indicators \(path) --explain \(criterion.id).\(indicator.id) --school \(school.id)"
        return "<br><span class=\"pts\">Danh sách hồ sơ: <code>\(HTMLText.escape(command))</code></span>"
    }

    /// A path as one shell word.
    static func shellQuoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-+:,".unicodeScalars.contains($0) }
        return plain && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: problems

    private var problems: String {
        let e = HTMLText.escape
        guard !school.topProblems.isEmpty else {
            return "<h4>Lỗi dữ liệu thường gặp</h4>\n<p class=\"ok\">Không có lỗi hay cảnh báo trong các tệp của trường.</p>\n"
        }
        var out = "<h4>Lỗi dữ liệu thường gặp</h4>\n<table class=\"problems\">\n<thead><tr><th>Quy tắc</th><th>Mô tả</th>"
        out += "<th class=\"num\">Số lượng</th><th>Ví dụ (tệp · dòng dữ liệu · cột)</th></tr></thead>\n<tbody>\n"
        for problem in school.topProblems {
            out += "<tr><td class=\"rule\"><code>\(e(problem.rule))</code></td><td>\(e(page.mask.text(problem.summary)))<br>"
            out += "<span class=\"chip \(problem.severity.rawValue)\">\(e(problem.severity.label))</span>"
            if let type = page.recordTypeName(problem.recordType) { out += " <span class=\"pts\">\(e(type))</span>" }
            let affected = page.criteria(affectedBy: problem.recordType).map(\.id)
            if !affected.isEmpty { out += " <span class=\"pts\">· ảnh hưởng TC \(e(affected.joined(separator: ", ")))</span>" }
            out += "</td><td class=\"num\">\(HTMLText.count(problem.count))</td><td>"
            if problem.examples.isEmpty {
                out += "<span class=\"missing\">lỗi ở mức tệp</span>"
            } else {
                out += "<ol class=\"examples\">" + problem.examples.prefix(3).map { "<li>\(place($0))</li>" }.joined() + "</ol>"
            }
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    /// `hoc_sinh.csv · dòng 4 · cột «Giới tính» · giá trị «079******321»`, the value masked unless revealed.
    private func place(_ finding: Finding) -> String {
        let e = HTMLText.escape
        var parts = ["<code>\(e(ReportPage.fileName(finding.file)))</code>"]
        if let row = finding.row { parts.append("dòng \(row)") }
        if let column = finding.column, !column.isEmpty { parts.append("cột «\(e(column))»") }
        if let value = page.mask.value(of: finding) {
            parts.append(value.isEmpty ? "<span class=\"missing\">ô trống</span>" : "giá trị «\(e(value))»")
        }
        return parts.joined(separator: " · ")
    }
}
