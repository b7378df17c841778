import Foundation
import SachSong

/// The values of the dashboard page: one row per school (its latest submission's date, each
/// criterion's rate and points, and with `detail` each indicator's numerator and denominator),
/// then each group and the whole pooled with the spread of its schools, then the schools with
/// no submission since a chosen day. Sorted and filtered by the query.
struct DashboardPage {
    let view: Dashboard.View
    var query = ""
    var sort = "code"
    var descending = false
    var detail = false
    var since: SimpleDate?
    var group: String?
    /// The figures as they stood at the end of this day (nil: now).
    var asOf: SimpleDate?
    /// Every group the account may see, for the filter.
    var groups: [String] = []
    /// The page of the school table (1-based), `pageSize` schools each: a city's 2,500 rows are
    /// read page by page, sorted and filtered over all of them.
    var page = 1
    static let pageSize = 100

    var values: [String: Any] {
        let report = view.report
        let spec = report.spec
        let byID = Dictionary(report.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let indicators = spec.criteria.flatMap { c in c.indicators.map { (criterion: c, indicator: $0) } }
        let needle = query.lowercased().trimmingCharacters(in: .whitespaces)
        var entries = view.entries.filter { entry in
            needle.isEmpty || entry.school.code.lowercased().contains(needle) || entry.school.name.lowercased().contains(needle)
        }
        func key(_ entry: Dashboard.Entry) -> (Double?, String) {
            let school = byID[entry.school.code]
            switch sort {
            case "name": return (nil, entry.school.name)
            case "group": return (nil, (entry.school.groupID ?? "") + " " + entry.school.code)
            case "last": return (entry.latest.map { $0.receivedAt.timeIntervalSince1970 }, entry.school.code)
            case "total": return (school.map(\.totalPoints), entry.school.code)
            case let id where spec.criteria.contains { $0.id == id }: return (school?.criterionRates[id], entry.school.code)
            case let id where indicators.contains { "\($0.criterion.id).\($0.indicator.id)" == id }:
                return (school?.ratios[String(id.split(separator: ".").last!)]?.rate, entry.school.code)
            default: return (nil, entry.school.code)
            }
        }
        entries.sort { a, b in
            let (x, y) = (key(a), key(b))
            if let p = x.0, let q = y.0, p != q { return descending ? p > q : p < q }
            if (x.0 == nil) != (y.0 == nil) { return x.0 != nil }  // schools without a figure last
            return descending ? x.1 > y.1 : x.1 < y.1
        }
        let pages = max(1, (entries.count + Self.pageSize - 1) / Self.pageSize)
        let current = min(max(page, 1), pages)
        let shown = entries.dropFirst((current - 1) * Self.pageSize).prefix(Self.pageSize)
        let rows = shown.map { entry -> [String: Any] in
            let school = byID[entry.school.code]
            var row: [String: Any] = [
                "code": entry.school.code, "name": entry.school.name, "group": entry.school.groupID ?? "",
                "last": entry.latest.map { PageText.time($0.receivedAt) } ?? "chưa nộp", "submitted": entry.latest != nil,
                "submissionID": entry.latest?.id ?? "", "total": school.map { Self.points($0.totalPoints) } ?? "—"
            ]
            row["criteria"] = spec.criteria.map { c -> [String: Any] in
                [
                    "rate": PageText.percent(school?.criterionRates[c.id]), "points": school?.points[c.id].map(Self.points) ?? "—",
                    "title": c.indicators.map { i in Self.ratioText(i.name, school?.ratios[i.id]) }.joined(separator: "\n")
                ]
            }
            row["indicators"] = indicators.map { pair -> [String: Any] in
                let ratio = school?.ratios[pair.indicator.id]
                return [
                    "rate": PageText.percent(ratio?.rate), "fraction": ratio.map { $0.known ? "\($0.numerator)/\($0.denominator)" : "không có dữ liệu" } ?? "—"
                ]
            }
            return row
        }
        func pooledRow(_ id: String, _ name: String, _ ratios: [String: Ratio], members: [String]) -> [String: Any] {
            let (rates, _) = spec.scores(ratios)
            let schools = members.compactMap { byID[$0] }
            return [
                "id": id, "name": name, "count": schools.count,
                "criteria": spec.criteria.map { c -> [String: Any] in
                    let spread = report.spread(schools.compactMap { $0.criterionRates[c.id] })
                    return [
                        "rate": PageText.percent(rates[c.id]),
                        "spread": spread.map { "\(PageText.percent($0.min)) · \(PageText.percent($0.median)) · \(PageText.percent($0.max))" } ?? "—",
                        "title": c.indicators.map { i in Self.ratioText(i.name, ratios[i.id]) }.joined(separator: "\n")
                    ]
                },
                "indicators": indicators.map { pair -> [String: Any] in
                    let ratio = ratios[pair.indicator.id]
                    return [
                        "rate": PageText.percent(ratio?.rate),
                        "fraction": ratio.map { $0.known ? "\($0.numerator)/\($0.denominator)" : "không có dữ liệu" } ?? "—"
                    ]
                }
            ]
        }
        let groupRows = report.groups.map { pooledRow($0.id, $0.name, $0.ratios, members: $0.schools) }
        let total = pooledRow("", "Toàn bộ", report.total, members: report.schools.map(\.id))
        var late: [[String: Any]] = []
        if let since {
            let cutoff = ReferenceDate.endOfDay(since).addingTimeInterval(-86400)
            late = view.entries.filter { ($0.latest?.receivedAt ?? .distantPast) <= cutoff }.map { entry in
                [
                    "code": entry.school.code, "name": entry.school.name, "group": entry.school.groupID ?? "",
                    "last": entry.latest.map { PageText.time($0.receivedAt) } ?? "chưa nộp"
                ]
            }
        }
        func header(_ id: String, _ label: String, title: String = "") -> [String: Any] {
            let active = sort == id
            let next = active && !descending ? "desc" : "asc"
            var link = "/dashboard?sort=\(id)&dir=\(next)"
            if detail { link += "&detail=1" }
            if let group { link += "&group=\(Self.encode(group))" }
            if !query.isEmpty { link += "&q=\(Self.encode(query))" }
            if let since { link += "&since=\(since.iso)" }
            if let asOf { link += "&asOf=\(asOf.iso)" }
            return [
                "id": id, "label": label, "title": title, "link": link, "mark": active ? (descending ? " ▼" : " ▲") : "",
                "aria": active ? (descending ? "descending" : "ascending") : "none"
            ]
        }
        let filters =
            (group.map { "&group=\(Self.encode($0))" } ?? "") + (query.isEmpty ? "" : "&q=\(Self.encode(query))")
            + (asOf.map { "&asOf=\($0.iso)" } ?? "")
        let here = "/dashboard?sort=\(sort)&dir=\(descending ? "desc" : "asc")\(detail ? "&detail=1" : "")\(filters)\(since.map { "&since=\($0.iso)" } ?? "")"
        let pager: [[String: Any]] = pages <= 1 ? [] : (1...pages).map { n in ["number": n, "link": "\(here)&page=\(n)", "current": n == current] }
        return [
            "rows": rows, "hasRows": !rows.isEmpty, "groups": groupRows, "total": total, "detail": detail, "query": query,
            "since": since?.iso ?? "", "asOf": asOf?.iso ?? "", "late": late, "hasLate": !late.isEmpty, "sinceChosen": since != nil, "filters": filters,
            "groupOptions": [["value": "", "label": "mọi nhóm", "selected": group == nil]]
                + groups.map { ["value": $0, "label": $0, "selected": $0 == group] },
            "criterionHeaders": spec.criteria.map { header($0.id, $0.id, title: $0.name) },
            "indicatorHeaders": indicators.map { header("\($0.criterion.id).\($0.indicator.id)", "\($0.criterion.id) \($0.indicator.name)") },
            "codeHeader": header("code", "Mã trường"), "nameHeader": header("name", "Tên trường"), "groupHeader": header("group", "Nhóm"),
            "lastHeader": header("last", "Lần nộp gần nhất"), "totalHeader": header("total", "Tổng điểm"),
            "bands": spec.criteria.map { c in
                ["id": c.id, "name": c.name, "bands": c.bands.map { "≥ \(PageText.percent($0.minRate)): \(Self.points($0.points)) đ" }.joined(separator: "; ")]
            },
            "schoolCount": entries.count, "submittedCount": view.entries.filter { $0.latest != nil }.count,
            "pager": pager, "hasPager": !pager.isEmpty, "firstShown": entries.isEmpty ? 0 : (current - 1) * Self.pageSize + 1,
            "lastShown": (current - 1) * Self.pageSize + rows.count
        ]
    }

    static func points(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }

    static func ratioText(_ name: String, _ ratio: Ratio?) -> String {
        guard let ratio else { return "\(name): —" }
        if let missing = ratio.missing { return "\(name): không có dữ liệu (\(missing))" }
        return "\(name): \(ratio.numerator)/\(ratio.denominator) = \(PageText.percent(ratio.rate))"
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
