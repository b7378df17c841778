import SachSong

/// The records behind one indicator of one school: in its denominator, not in its numerator.
public struct ExplainRenderer {
    /// Masks identity numbers (9 digits or more) unless personal data is to be shown.
    public var mask: PersonalDataMask

    public init(mask: PersonalDataMask = PersonalDataMask()) { self.mask = mask }

    public func text(_ school: SchoolIndicators, indicator: String) -> String {
        let ratio = school.ratios[indicator] ?? Ratio()
        var out = "\(school.name) (\(school.id)) — \(indicator): \(ratio.numerator)/\(ratio.denominator) = \(IndicatorRenderer.percent(ratio.rate))\n"
        if let missing = ratio.missing { out += "Không có dữ liệu: \(missing).\n" }
        if let excluded = school.nonCitizens[indicator], excluded > 0 {
            out += "\(excluded) người không mang quốc tịch Việt Nam không tính vào mẫu số (không có số định danh, thẻ căn cước, VNeID của công dân).\n"
        }
        if mask.reveal { out += "Hiển thị dữ liệu cá nhân (--show-personal-data).\n" }
        out += "\(school.explained.count) hồ sơ nằm trong mẫu số nhưng không nằm trong tử số:\n"
        for row in school.explained {
            let code = row.code.map { mask.text($0) }
            let who = [code, row.name].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " · ")
            out += "  \(row.file) dòng dữ liệu \(row.row) (dòng \(row.line)): \(who.isEmpty ? "—" : who) — \(row.reason)\n"
        }
        return out
    }
}
