import Foundation
import SachSong

/// A chart per criterion as inline SVG: a horizontal bar per school (and the district), the
/// thresholds of the score bands as dashed vertical lines, the rate written at the end of each
/// bar, and "không có dữ liệu" where a school has no figure.
struct CriterionChart {
    let page: ReportPage
    let criterion: Criterion

    static func section(_ page: ReportPage) -> String {
        var out = "<section class=\"charts\" id=\"bieu-do\">\n<h2>So sánh các trường theo từng tiêu chí</h2>\n"
        out += "<p>Mỗi thanh là tỉ lệ của một trường; các vạch đứng nét đứt là ngưỡng điểm của tiêu chí (thang điểm ví dụ). "
        out += "Thanh cuối là tỉ lệ toàn đơn vị.</p>\n"
        for criterion in page.criteria { out += CriterionChart(page: page, criterion: criterion).html }
        out += "</section>\n"
        return out
    }

    // Geometry (SVG user units; the SVG scales to the page width).
    static let width = 760.0
    static let labelWidth = 228.0
    static let plotLeft = 238.0
    static let plotWidth = 430.0
    static let rowHeight = 24.0
    static let barHeight = 14.0
    static let labelLevelHeight = 12.0

    static let fills: [ReportPage.Level: String] = [.full: "#2e7d32", .partial: "#e8a33d", .low: "#d9534f", .none: "#b0b8c4"]

    var html: String {
        let e = HTMLText.escape
        let schools = page.report.schools
        let anchor = HTMLText.anchor("bieu-do-", criterion.id)
        let thresholds = criterion.bands.map(\.minRate).filter { $0 > 0 && $0 <= 1 }.sorted()
        let levels = Self.labelLevels(thresholds.map { Self.plotLeft + $0 * Self.plotWidth })
        let levelCount = (levels.max() ?? -1) + 1
        let top = 8 + Double(max(levelCount, 1)) * Self.labelLevelHeight + 4
        let rows = Double(schools.count + 1)
        let plotBottom = top + rows * Self.rowHeight + 8
        let height = plotBottom + 22
        func x(_ rate: Double) -> Double { Self.plotLeft + min(max(rate, 0), 1) * Self.plotWidth }
        func n(_ value: Double) -> String { String(format: "%.1f", value) }

        var svg = "<svg viewBox=\"0 0 \(n(Self.width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(anchor)-t\" "
        svg += "font-family=\"Segoe UI, Noto Sans, Roboto, Helvetica Neue, Arial, sans-serif\" font-size=\"12\">\n"
        svg += "<title id=\"\(anchor)-t\">Tiêu chí \(e(criterion.id)): tỉ lệ của từng trường so với ngưỡng điểm</title>\n"
        // Grid and axis: 0, 25, 50, 75, 100 %.
        for step in 0...4 {
            let gx = x(Double(step) / 4)
            svg += "<line x1=\"\(n(gx))\" y1=\"\(n(top))\" x2=\"\(n(gx))\" y2=\"\(n(plotBottom))\" stroke=\"#e3e7ec\" stroke-width=\"1\"/>\n"
            svg += "<text x=\"\(n(gx))\" y=\"\(n(plotBottom + 14))\" text-anchor=\"middle\" fill=\"#5b6675\" font-size=\"11\">\(step * 25)%</text>\n"
        }
        // Bars first, then the thresholds over them, then every label with a white halo on top.
        var labels = ""
        for (index, school) in schools.enumerated() {
            let y = top + Double(index) * Self.rowHeight
            let rate = school.criterionRates[criterion.id]
            let drawn = bar(
                label: school.name, title: "\(school.name) (\(school.id))", rate: rate,
                points: school.points[criterion.id], y: y, district: false)
            svg += drawn.shapes
            labels += drawn.labels
        }
        let districtY = top + Double(schools.count) * Self.rowHeight
        svg += "<line x1=\"8\" y1=\"\(n(districtY + 1))\" x2=\"\(n(Self.width - 8))\" y2=\"\(n(districtY + 1))\" stroke=\"#9aa5b1\" stroke-width=\"1\"/>\n"
        let district = bar(
            label: "Toàn đơn vị", title: "Toàn đơn vị", rate: page.districtRate(criterion), points: nil,
            y: districtY + 2, district: true)
        svg += district.shapes
        labels += district.labels
        for (i, threshold) in thresholds.enumerated() {
            let tx = x(threshold)
            let ty = 8 + Double(levelCount - 1 - levels[i]) * Self.labelLevelHeight + 9
            let points = criterion.bands.first { $0.minRate == threshold }?.points ?? 0
            svg +=
                "<line x1=\"\(n(tx))\" y1=\"\(n(ty + 2))\" x2=\"\(n(tx))\" y2=\"\(n(plotBottom))\" stroke=\"#1c2430\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>\n"
            let text = "\(HTMLText.threshold(threshold)) · \(HTMLText.decimal(points))đ"
            let plate = Double(text.count) * 5.6 + 4
            labels += "<rect x=\"\(n(tx - plate / 2))\" y=\"\(n(ty - 9))\" width=\"\(n(plate))\" height=\"12\" fill=\"#fff\" stroke=\"none\"/>\n"
            labels += "<text x=\"\(n(tx))\" y=\"\(n(ty))\" text-anchor=\"middle\" font-size=\"10\" fill=\"#1c2430\">\(text)</text>\n"
        }
        svg += "<g paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\">\n\(labels)</g>\n</svg>\n"

        var out = "<figure class=\"chart\" id=\"\(anchor)\">\n<figcaption>Tiêu chí \(e(criterion.id)) — \(e(criterion.name))</figcaption>\n"
        out += svg
        out += "<div class=\"legend\">"
        for level in [ReportPage.Level.full, .partial, .low] {
            out += "<span><i class=\"swatch\" style=\"background:\(Self.fills[level]!)\"></i>\(level.label)</span>"
        }
        let bands = criterion.bands.map { "≥ \(HTMLText.threshold($0.minRate)): \(HTMLText.decimal($0.points))đ" }
        out += "<span>Thang điểm (ví dụ, tối đa \(HTMLText.decimal(criterion.maxPoints))đ): \(e(bands.joined(separator: "; ")))</span>"
        out += "</div>\n</figure>\n"
        return out
    }

    /// A bar's shapes (drawn under the threshold lines) and its labels (drawn over them).
    private func bar(
        label: String, title: String, rate: Double?, points: Double?, y: Double,
        district: Bool
    ) -> (shapes: String, labels: String) {
        let e = HTMLText.escape
        func n(_ value: Double) -> String { String(format: "%.1f", value) }
        let mid = y + Self.rowHeight / 2
        let weight = district ? " font-weight=\"700\"" : ""
        var labels = "<text x=\"\(n(Self.labelWidth))\" y=\"\(n(mid + 4))\" text-anchor=\"end\" fill=\"#1c2430\"\(weight)>"
        labels += "<title>\(e(title))</title>\(e(Self.fit(label, 34)))</text>\n"
        guard let rate else {
            var out = "<rect x=\"\(n(Self.plotLeft))\" y=\"\(n(mid - Self.barHeight / 2))\" width=\"\(n(Self.plotWidth))\" height=\"\(n(Self.barHeight))\" "
            out += "fill=\"none\" stroke=\"#b0b8c4\" stroke-dasharray=\"2 2\"/>\n"
            labels += "<text x=\"\(n(Self.plotLeft + 8))\" y=\"\(n(mid + 4))\" fill=\"#5b6675\" font-style=\"italic\">không có dữ liệu</text>\n"
            return (out, labels)
        }
        let level = page.level(criterion, rate: rate)
        let fill = district ? "#37474f" : Self.fills[level]!
        let width = max(min(rate, 1) * Self.plotWidth, 1)
        var out = "<rect x=\"\(n(Self.plotLeft))\" y=\"\(n(mid - Self.barHeight / 2))\" width=\"\(n(width))\" height=\"\(n(Self.barHeight))\" "
        out += "fill=\"\(fill)\" stroke=\"#1c2430\" stroke-opacity=\".35\" stroke-width=\".6\"/>\n"
        var value = HTMLText.percent(rate)
        if let points { value += " · \(HTMLText.decimal(points))đ" }
        // A white plate under the value keeps threshold lines from running through it (width estimated).
        let plate = Double(value.count) * (district ? 7.4 : 6.9) + 6
        labels += "<rect x=\"\(n(Self.plotLeft + width + 2))\" y=\"\(n(mid - 8))\" width=\"\(n(plate))\" height=\"16\" fill=\"#fff\" stroke=\"none\"/>\n"
        labels += "<text x=\"\(n(Self.plotLeft + width + 5))\" y=\"\(n(mid + 4))\" fill=\"#1c2430\"\(weight)>\(e(value))</text>\n"
        return (out, labels)
    }

    /// A label shortened to `limit` characters with an ellipsis (the full name is in the bar's title).
    static func fit(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// Stacks threshold labels (x positions, ascending) on levels so that no two on a level overlap.
    static func labelLevels(_ xs: [Double], minGap: Double = 50) -> [Int] {
        var lastOnLevel: [Double] = []
        return xs.map { x in
            if let free = lastOnLevel.firstIndex(where: { x - $0 >= minGap }) {
                lastOnLevel[free] = x
                return free
            }
            lastOnLevel.append(x)
            return lastOnLevel.count - 1
        }
    }
}
