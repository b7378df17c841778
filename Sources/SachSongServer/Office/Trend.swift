import Foundation
import SachSong

/// Figures over time: a school's at each of its submissions, or a group's or the whole's as they
/// stood at the end of each day someone submitted (each school's latest submission by then,
/// pooled). At most the last `limit` points.
struct Trend: Sendable {
    struct Point: Sendable {
        let label: String
        let ratios: [String: Ratio]
    }

    var points: [Point] = []
    static let limit = 26

    /// A school's submissions, oldest first.
    static func school(_ code: String, desk: SubmissionDesk) throws -> Trend {
        let submissions = try desk.submissions(school: code).prefix(limit).reversed()
        let figures = try desk.store.figures(ids: submissions.map(\.id))
        return Trend(points: submissions.map { Point(label: PageText.time($0.receivedAt), ratios: figures[$0.id]?.ratios ?? [:]) })
    }

    /// The pooled figures of the schools `scope` sees (of `group` when given), at the end of
    /// each of the last days on which one of those schools submitted: each school's latest
    /// submission by then, pooled as the dashboard pools them for that day.
    static func pooled(_ dashboard: Dashboard, scope: Scope, group: String?) throws -> Trend {
        let ledger = try SubmissionLedger(dashboard.desk.store, scope: scope, group: group)
        let days = ledger.days.suffix(limit)
        let latest = days.map { ledger.latest(until: ReferenceDate.endOfDay($0)) }
        let figures = try dashboard.desk.store.figures(ids: Set(latest.flatMap(\.values)))
        return Trend(
            points: zip(days, latest).map { day, ids in
                var total: [String: Ratio] = [:]
                for code in ids.keys.sorted() { total.pool(figures[ids[code]!]?.ratios ?? [:]) }
                return Point(label: PageText.day(day.iso), ratios: total)
            })
    }

    /// The trend page's values: the chart of the criteria, and a row per criterion and
    /// indicator with its figure at each point and the change since the one before.
    /// `movedLink`: for a school, the page of the records that moved an indicator (its key appended).
    func values(spec: CriteriaSpec, back: String, subject: String, movedLink: String? = nil) -> [String: Any] {
        let scores = points.map { spec.scores($0.ratios).rates }
        let chart = TrendChart(
            dates: points.map(\.label),
            series: spec.criteria.map { c in TrendChart.Series(label: "\(c.id) \(c.name)", values: scores.map { $0[c.id] }) })
        func change(_ values: [Double?]) -> String {
            guard values.count >= 2, let last = values[values.count - 1], let before = values[values.count - 2] else { return "—" }
            let delta = (last - before) * 100
            let text = String(format: "%+.1f", delta).replacingOccurrences(of: ".", with: ",")
            return text + " điểm %"
        }
        var rows: [[String: Any]] = []
        for criterion in spec.criteria {
            let rates = scores.map { $0[criterion.id] }
            rows.append([
                "label": "\(criterion.id) \(criterion.name)", "criterion": true,
                "cells": rates.map { ["rate": PageText.percent($0), "fraction": false] }, "change": change(rates)
            ])
            for indicator in criterion.indicators {
                let ratios = points.map { $0.ratios[indicator.id] }
                rows.append([
                    "label": indicator.name, "criterion": false,
                    "cells": ratios.map { r -> [String: Any] in
                        [
                            "rate": PageText.percent(r?.rate),
                            "fraction": r.map { ($0.known ? "\($0.numerator)/\($0.denominator)" : "không có dữ liệu") as Any } ?? false
                        ]
                    },
                    "change": change(ratios.map { $0?.rate }),
                    "moved": movedLink.map { "\($0)\(criterion.id).\(indicator.id)" as Any } ?? false
                ])
            }
        }
        return [
            "subject": subject, "back": back, "hasPoints": !points.isEmpty, "chart": chart.svg, "dates": points.map(\.label), "rows": rows,
            "legend": spec.criteria.enumerated().map { ["index": $0.offset % TrendChart.palette.count, "label": "\($0.element.id) \($0.element.name)"] }
        ]
    }
}
