import Foundation

/// A line chart of rates over time as inline SVG, drawn on the server (no script, nothing
/// loaded from outside): one line per series, 0–100 % on the y axis, one point per date.
struct TrendChart {
    struct Series {
        let label: String
        let values: [Double?]
    }

    let dates: [String]
    let series: [Series]
    /// Colours told apart also by people with the common colour-vision deficiencies.
    static let palette = ["#0b5cad", "#d55e00", "#009e73", "#cc79a7", "#8a6d00", "#56b4e9"]

    var svg: String {
        let width = 720.0, height = 260.0, left = 48.0, right = 12.0, top = 12.0, bottom = 36.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ i: Int) -> Double { dates.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(dates.count - 1) }
        func y(_ rate: Double) -> Double { top + plotHeight * (1 - min(max(rate, 0), 1)) }
        func n(_ v: Double) -> String { String(format: "%.1f", v) }
        var out =
            "<svg class=\"trend\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Biểu đồ tỉ lệ theo thời gian\" xmlns=\"http://www.w3.org/2000/svg\">"
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            out += "<line x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(y(tick)))\" y2=\"\(n(y(tick)))\" stroke=\"#d5dbe3\"/>"
            out += "<text x=\"\(n(left - 6))\" y=\"\(n(y(tick) + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#5b6675\">\(Int(tick * 100)) %</text>"
        }
        let step = max(1, dates.count / 8)
        for (i, date) in dates.enumerated() where i % step == 0 || i == dates.count - 1 {
            out += "<text x=\"\(n(x(i)))\" y=\"\(n(height - 12))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5b6675\">\(Self.escape(date))</text>"
        }
        for (k, line) in series.enumerated() {
            let colour = Self.palette[k % Self.palette.count]
            var path = ""
            for (i, value) in line.values.enumerated() {
                guard let value else { continue }
                path += (path.isEmpty ? "M" : " L") + "\(n(x(i))) \(n(y(value)))"
            }
            if !path.isEmpty {
                out += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"><title>\(Self.escape(line.label))</title></path>"
            }
            for (i, value) in line.values.enumerated() {
                guard let value else { continue }
                out +=
                    "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(value)))\" r=\"3\" fill=\"\(colour)\"><title>\(Self.escape(line.label)) · \(Self.escape(dates[i])): \(PageText.percent(value))</title></circle>"
            }
        }
        return out + "</svg>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
