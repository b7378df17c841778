import CSVInput
import Foundation
import SachSong

/// Text, JSON and CSV forms of the indicators of criteria 3.1–3.5.
public struct IndicatorRenderer {
    public init() {}

    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        return String(format: "%.1f%%", rate * 100)
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// A criterion's rate from pooled indicator ratios (a group's, the total's).
    public static func criterionRate(_ ratios: [String: Ratio], _ criterion: Criterion) -> Double? {
        let rates = criterion.indicators.compactMap { ratios[$0.id]?.rate }
        guard !rates.isEmpty else { return nil }
        return criterion.combine == .mean ? rates.reduce(0, +) / Double(rates.count) : rates.min()
    }

    /// The total's criterion rate from pooled indicator ratios.
    public static func districtRate(_ report: IndicatorReport, _ criterion: Criterion) -> Double? {
        criterionRate(report.total, criterion)
    }

    // MARK: text

    public func text(_ report: IndicatorReport) -> String {
        let criteria = report.spec.criteria
        var rows: [[String]] = [["Trường"] + criteria.map { "TC \($0.id)" } + ["Điểm"]]
        let maxTotal = criteria.reduce(0) { $0 + $1.maxPoints }
        for school in report.schools {
            var row = ["\(school.name) (\(school.id))"]
            for c in criteria {
                if let rate = school.criterionRates[c.id] {
                    let points = school.points[c.id].map { " · \(Self.number($0))đ" } ?? ""
                    let gaps = school.missing(c).count
                    let partial = gaps > 0 ? " (thiếu \(gaps)/\(c.indicators.count) chỉ số)" : ""
                    row.append(Self.percent(rate) + points + partial)
                } else {
                    row.append("không có dữ liệu — cần \(Self.short(school.needs(c)))")
                }
            }
            row.append(Self.total(school, criteria: criteria, maxTotal: maxTotal))
            rows.append(row)
        }
        var district = ["Toàn đơn vị (\(report.schools.count) trường)"]
        for c in criteria { district.append(Self.percent(Self.districtRate(report, c))) }
        district.append("")
        rows.append(district)
        var out = "Chỉ số Tiêu chuẩn 3 — Dữ liệu số · ngày tham chiếu \(report.asOf)\n"
        out += Self.table(rows, separatorBefore: rows.count - 1)
        out += "\nChi tiết toàn đơn vị (tử số/mẫu số):\n"
        for c in criteria {
            out += "  \(c.id) \(c.name)\n"
            for indicator in c.indicators {
                let ratio = report.district[indicator.id] ?? Ratio()
                let spread = report.spread(report.schools.compactMap { $0.ratios[indicator.id]?.rate })
                let spreadText =
                    spread.map { " · các trường: thấp nhất \(Self.percent($0.min)), trung vị \(Self.percent($0.median)), cao nhất \(Self.percent($0.max))" }
                    ?? ""
                let lacking = report.schools.filter { $0.ratios[indicator.id]?.missing != nil }.count
                let missing =
                    ratio.missing.map { " (không có dữ liệu: \($0))" }
                    ?? (lacking > 0 ? " (không tính \(lacking) trường thiếu dữ liệu)" : "")
                out += "    \(indicator.id): \(ratio.numerator)/\(ratio.denominator) = \(Self.percent(ratio.rate))\(missing)\(spreadText)\n"
            }
            if let best = c.bands.first {
                out += "    số trường đạt ≥ \(Self.percent(best.minRate)): \(report.schoolsReaching(c.id, best.minRate))/\(report.schools.count)\n"
            }
        }
        if !report.districtActiveByRole.isEmpty {
            out += "  Người dùng hoạt động theo vai trò: "
            out +=
                report.districtActiveByRole.keys.sorted().map { role in
                    let r = report.districtActiveByRole[role]!
                    return "\(role) \(r.numerator)/\(r.denominator) (\(Self.percent(r.rate)))"
                }.joined(separator: "; ") + "\n"
        }
        let gaps = report.schools.flatMap { school in
            criteria.flatMap { c in school.missing(c).map { "  \(school.name) (\(school.id)) · \(c.id) \($0.indicator): \($0.reason)" } }
        }
        if !gaps.isEmpty {
            out += "\nKhông có dữ liệu (chỉ số không tính được, không phải 0 %):\n" + gaps.joined(separator: "\n") + "\n"
        }
        if !report.groups.isEmpty {
            out += "\nTheo nhóm (tử số/mẫu số gộp các trường của nhóm):\n"
            for group in report.groups {
                let indent = String(repeating: "  ", count: group.level)
                let rates = criteria.map { "\($0.id) \(Self.percent(Self.criterionRate(group.ratios, $0)))" }
                out += "\(indent)\(group.name) (cấp \(group.level), \(group.schools.count) trường): \(rates.joined(separator: " · "))\n"
            }
        }
        out += "\n\(report.spec.note)\n"
        for failure in report.failures { out += "Không đọc được: \(failure.message)\n" }
        return out
    }

    /// A need cut to fit a table cell.
    public static func short(_ need: String) -> String { need.count > 48 ? String(need.prefix(47)) + "…" : need }

    /// The total points, and the criteria it covers when some have no rate.
    static func total(_ school: SchoolIndicators, criteria: [Criterion], maxTotal: Double) -> String {
        let covered = criteria.filter { school.criterionRates[$0.id] != nil }
        let total = "\(number(school.totalPoints))/\(number(maxTotal))"
        if covered.count == criteria.count { return total }
        let of = covered.reduce(0) { $0 + $1.maxPoints }
        return "\(number(school.totalPoints))/\(number(of)) (chỉ tính \(covered.map(\.id).joined(separator: ", ")))"
    }

    /// A plain text table with columns padded to their widest cell.
    static func table(_ rows: [[String]], separatorBefore: Int? = nil) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = ""
        for (i, row) in rows.enumerated() {
            if i == 1 || i == separatorBefore { out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─") + "\n" }
            out += row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: " │ ") + "\n"
        }
        return out
    }

    // MARK: JSON

    public func json(_ report: IndicatorReport) -> String {
        let q = JSONRenderer().quote
        func indicators(_ ratios: [String: Ratio], valid: [String: Ratio]) -> String {
            Self.indicatorsJSON(ratios, valid: valid, spec: report.spec)
        }
        var out = "{\"tool\":{\"name\":\"sachsong\",\"version\":\(q(SachSongInfo.version))},\"asOf\":\(q(report.asOf.iso)),"
        out += "\"note\":\(q(report.spec.note)),\"schools\":["
        out += report.schools.map { Self.schoolJSON($0, spec: report.spec) }.joined(separator: ",")
        /// Pooled indicators, the spread of the schools' criterion rates and the schools per band.
        func pool(_ ratios: [String: Ratio], _ schools: [SchoolIndicators]) -> String {
            let ids = schools.map(\.id)
            var body = "\"indicators\":\(indicators(ratios, valid: [:])),\"spread\":{"
            body += report.spec.criteria.map { c in
                let spread = report.spread(schools.compactMap { $0.criterionRates[c.id] })
                let reaching = c.bands.map { "{\"minRate\":\($0.minRate),\"schools\":\(report.schoolsReaching(c.id, $0.minRate, among: ids))}" }
                return "\(q(c.id)):{\"min\":\(spread.map { String($0.min) } ?? "null"),\"median\":\(spread.map { String($0.median) } ?? "null"),"
                    + "\"max\":\(spread.map { String($0.max) } ?? "null"),\"reaching\":[\(reaching.joined(separator: ","))]}"
            }.joined(separator: ",")
            return body + "}"
        }
        out += "],\"groups\":["
        out += report.groups.map { g in
            "{\"id\":\(q(g.id)),\"name\":\(q(g.name)),\"level\":\(g.level),\"schools\":[\(g.schools.map { q($0) }.joined(separator: ","))],"
                + pool(g.ratios, report.schools(of: g)) + "}"
        }.joined(separator: ",")
        let total = "{\"schools\":\(report.schools.count)," + pool(report.total, report.schools) + "}"
        // "district" is kept for one release as an alias of "total" (deprecated: there are no districts since 1 July 2025).
        out += "],\"total\":\(total),\"district\":\(total)}\n"
        return out
    }

    /// One school's object, as in `schools` of the JSON report: its indicators (numerators,
    /// denominators, rates, what is missing), its criteria's scores and its total.
    public static func schoolJSON(_ s: SchoolIndicators, spec: CriteriaSpec) -> String {
        let q = JSONRenderer().quote
        return "{\"id\":\(q(s.id)),\"name\":\(q(s.name)),\"indicators\":\(indicatorsJSON(s.ratios, valid: s.valid, spec: spec)),\"scores\":{"
            + spec.criteria.map { c in
                "\(q(c.id)):{\"rate\":\(s.criterionRates[c.id].map { String($0) } ?? "null"),\"points\":\(s.points[c.id].map { String($0) } ?? "null"),\"max\":\(c.maxPoints),\"missing\":[\(s.missing(c).map { "{\"indicator\":\(q($0.indicator)),\"reason\":\(q($0.reason))}" }.joined(separator: ","))]}"
            }.joined(separator: ",") + "},\"total\":\(s.totalPoints)}"
    }

    private static func ratioJSON(_ r: Ratio?) -> String {
        let q = JSONRenderer().quote
        let r = r ?? Ratio()
        return "{\"numerator\":\(r.numerator),\"denominator\":\(r.denominator),\"rate\":\(r.rate.map { String($0) } ?? "null"),\"missing\":\(q(r.missing))}"
    }

    private static func indicatorsJSON(_ ratios: [String: Ratio], valid: [String: Ratio], spec: CriteriaSpec) -> String {
        let q = JSONRenderer().quote
        return "{"
            + spec.criteria.map { c in
                "\(q(c.id)):{"
                    + c.indicators.map { i in
                        var body = ratioJSON(ratios[i.id])
                        if let v = valid[i.id] { body.removeLast(); body += ",\"valid\":\(ratioJSON(v))}" }
                        return "\(q(i.id)):\(body)"
                    }.joined(separator: ",") + "}"
            }.joined(separator: ",") + "}"
    }

    // MARK: CSV

    /// One row per school, then per group and for the total, with each indicator's numerator,
    /// denominator and rate (blank when it cannot be counted) and the criteria's points: UTF-8
    /// with BOM for Excel.
    public func csv(_ report: IndicatorReport, to sink: OutputSink) throws {
        let writer = CSVWriter(sink: sink, options: .excelReport)
        let table = IndicatorTable(report)
        try writer.write(table.header)
        for level in table.levels {
            for row in level.rows {
                try writer.write(
                    row.map { value in
                        switch value {
                        case .text(let text): return text
                        case .count(let count): return String(count)
                        case .rate(let rate): return rate.map { String(format: "%.4f", $0) } ?? ""
                        case .points(let points): return points.map(Self.number) ?? ""
                        }
                    })
            }
        }
        try writer.flush()
    }
}
