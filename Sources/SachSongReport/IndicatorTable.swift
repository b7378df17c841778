import SachSong

/// The indicator figures as a table, one row per school, then per group and for the total:
/// each indicator's numerator, denominator and rate, and the criteria's points. The CSV and the
/// workbook of `indicators` both write it.
public struct IndicatorTable: Sendable {
    /// One cell, typed so that a workbook can hold numbers as numbers.
    public enum Value: Sendable, Equatable {
        case text(String)
        case count(Int)
        /// A rate from 0 to 1; nil when it cannot be counted.
        case rate(Double?)
        case points(Double?)
    }

    /// A level of the table: schools, the groups of one level, or the total.
    public struct Level: Sendable {
        /// "Trường", "Nhóm cấp 1"…, "Toàn bộ".
        public var name: String
        public var rows: [[Value]]
    }

    public var header: [String]
    public var levels: [Level]

    public init(_ report: IndicatorReport) {
        let indicators = report.spec.indicators
        header = ["Cấp", "Mã", "Tên"]
        for item in indicators {
            let name = "\(item.criterion.id) \(item.indicator.id)"
            header += ["\(name) tử số", "\(name) mẫu số", "\(name) tỉ lệ"]
        }
        header += report.spec.criteria.map { "Điểm \($0.id)" } + ["Tổng điểm"]
        func figures(_ ratios: [String: Ratio]) -> [Value] {
            indicators.flatMap { item -> [Value] in
                let r = ratios[item.indicator.id] ?? Ratio()
                return [.count(r.numerator), .count(r.denominator), .rate(r.rate)]
            }
        }
        let noPoints = report.spec.criteria.map { _ in Value.points(nil) } + [.points(nil)]
        var levels = [
            Level(
                name: "Trường",
                rows: report.schools.map { s in
                    [.text("trường"), .text(s.id), .text(s.name)] + figures(s.ratios)
                        + report.spec.criteria.map { .points(s.points[$0.id]) } + [.points(s.totalPoints)]
                })
        ]
        for level in Set(report.groups.map(\.level)).sorted() {
            levels.append(
                Level(
                    name: "Nhóm cấp \(level)",
                    rows: report.groups.filter { $0.level == level }.map { g in
                        [.text("nhóm cấp \(g.level)"), .text(g.id), .text(g.name)] + figures(g.ratios) + noPoints
                    }))
        }
        levels.append(Level(name: "Toàn bộ", rows: [[.text("toàn bộ"), .text(""), .text("Toàn đơn vị")] + figures(report.total) + noPoints]))
        self.levels = levels
    }
}
