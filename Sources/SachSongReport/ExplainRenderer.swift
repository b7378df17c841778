import SachSong

/// The records behind one indicator of one school: in its denominator, not in its numerator.
public struct ExplainRenderer {
    public init() {}

    public func text(_ school: SchoolIndicators, indicator: String) -> String {
        let ratio = school.ratios[indicator] ?? Ratio()
        var out = "\(school.name) (\(school.id)) — \(indicator): \(ratio.numerator)/\(ratio.denominator) = \(IndicatorRenderer.percent(ratio.rate))\n"
        if !ratio.known { out += "Các tệp của trường thiếu cột cần để đếm tử số.\n" }
        out += "\(school.explained.count) hồ sơ nằm trong mẫu số nhưng không nằm trong tử số:\n"
        for row in school.explained {
            let who = [row.code, row.name].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " · ")
            out += "  \(row.file) dòng dữ liệu \(row.row) (dòng \(row.line)): \(who.isEmpty ? "—" : who) — \(row.reason)\n"
        }
        return out
    }
}
