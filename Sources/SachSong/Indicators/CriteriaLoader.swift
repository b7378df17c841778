/// Reads `criteria.yaml` and checks every reference against the profile's record types, fields
/// and lists, with file, line and column.
enum CriteriaLoader {
    static func load(path: String, ruleSet: RuleSet) throws -> CriteriaSpec {
        let root = try YAMLNode.parse(try RuleSetLoader.readText(path), file: path)
        let top = try root.mapping(allowed: ["note", "activity", "criteria"], required: ["criteria"])
        var spec = CriteriaSpec(note: try top["note"]?.string() ?? "")
        if let activity = top["activity"] {
            let a = try activity.mapping(allowed: ["weeks", "min_active_weeks"])
            if let w = a["weeks"] { spec.activityWeeks = try w.int() }
            if let k = a["min_active_weeks"] { spec.activeWeeks = try k.int() }
            guard (1...16).contains(spec.activityWeeks), (1...spec.activityWeeks).contains(spec.activeWeeks) else {
                throw activity.error("activity cần 1 ≤ min_active_weeks ≤ weeks ≤ 16")
            }
        }
        var ids: Set<String> = []
        for node in try top["criteria"]!.sequence() {
            let c = try node.mapping(
                allowed: ["id", "name", "max_points", "combine", "bands", "indicators"],
                required: ["id", "name", "max_points", "indicators"])
            let id = try c["id"]!.string()
            guard ids.insert(id).inserted else { throw c["id"]!.error("tiêu chí «\(id)» khai báo hai lần") }
            var criterion = Criterion(
                id: id, name: try c["name"]!.string(), maxPoints: try c["max_points"]!.double(),
                bands: [], indicators: [], combine: .mean)
            if let combine = c["combine"] {
                guard let value = Criterion.Combine(rawValue: try combine.string()) else {
                    throw combine.error("combine cần mean hoặc min")
                }
                criterion.combine = value
            }
            for band in try c["bands"]?.sequence() ?? [] {
                let b = try band.mapping(allowed: ["min_rate", "points"], required: ["min_rate", "points"])
                let rate = try b["min_rate"]!.double(), points = try b["points"]!.double()
                guard (0...1).contains(rate) else { throw b["min_rate"]!.error("min_rate cần từ 0 đến 1") }
                guard points <= criterion.maxPoints else { throw b["points"]!.error("points vượt max_points \(criterion.maxPoints)") }
                criterion.bands.append(.init(minRate: rate, points: points))
            }
            criterion.bands.sort { $0.minRate > $1.minRate }
            var indicatorIDs: Set<String> = []
            for item in try c["indicators"]!.sequence() {
                let indicator = try loadIndicator(item, ruleSet: ruleSet)
                guard indicatorIDs.insert(indicator.id).inserted else { throw item.error("chỉ số «\(indicator.id)» khai báo hai lần") }
                criterion.indicators.append(indicator)
            }
            spec.criteria.append(criterion)
        }
        return spec
    }

    private static func loadIndicator(_ node: YAMLNode, ruleSet: RuleSet) throws -> IndicatorSpec {
        let m = try node.mapping(
            allowed: ["id", "name", "kind", "record_type", "population", "count", "system_field"],
            required: ["id"])
        let id = try m["id"]!.string()
        let name = try m["name"]?.string() ?? id
        let kind = try m["kind"]?.string() ?? "records"
        switch kind {
        case "activity_collected":
            return IndicatorSpec(id: id, name: name, kind: .activityCollected(systemField: try m["system_field"]?.string()))
        case "active_users":
            return IndicatorSpec(id: id, name: name, kind: .activeUsers)
        case "records":
            guard let typeNode = m["record_type"] else { throw node.error("chỉ số «\(id)» cần record_type") }
            let typeID = try typeNode.string()
            guard let type = ruleSet.recordType(typeID) else { throw typeNode.error("không có loại hồ sơ «\(typeID)»") }
            var population = IndicatorSpec.Population(currentOnly: true, minAge: nil)
            if let p = m["population"] {
                if p.isScalar {
                    switch try p.string() {
                    case "current": population.currentOnly = true
                    case "all": population.currentOnly = false
                    default: throw p.error("population cần current, all hoặc {min_age: N | card_age | vneid_age}")
                    }
                } else {
                    let pm = try p.mapping(allowed: ["current", "min_age", "citizens"])
                    if let citizens = pm["citizens"] { population.citizensOnly = try citizens.bool() }
                    if let current = pm["current"] { population.currentOnly = try current.bool() }
                    if let age = pm["min_age"] {
                        switch try? age.string() {
                        case "card_age": population.minAge = ruleSet.settings.cardAge
                        case "vneid_age": population.minAge = ruleSet.settings.vneidAge
                        default: population.minAge = try age.int()
                        }
                    }
                }
            }
            guard let countNode = m["count"] else { throw node.error("chỉ số «\(id)» cần count") }
            let count: IndicatorSpec.Count
            if countNode.isScalar {
                switch try countNode.string() {
                case "complete": count = .complete
                case "valid": count = .valid
                default: throw countNode.error("count cần complete, valid hoặc {field: X, in: [...]}")
                }
            } else {
                let cm = try countNode.mapping(allowed: ["field", "in"], required: ["field", "in"])
                let fieldID = try cm["field"]!.string()
                guard let field = type.field(fieldID) else {
                    throw cm["field"]!.error("loại hồ sơ «\(typeID)» không có trường «\(fieldID)»")
                }
                let values = try cm["in"]!.strings()
                if let listID = field.list, let list = ruleSet.lists[listID] {
                    for value in values where !list.entries.contains(where: { $0.value == value }) {
                        throw cm["in"]!.error("«\(value)» không phải giá trị của danh mục «\(listID)»")
                    }
                }
                count = .field(fieldID, values)
            }
            return IndicatorSpec(id: id, name: name, kind: .records(recordType: typeID, population: population, count: count))
        default:
            throw m["kind"]!.error("kind không được biết «\(kind)» (records, activity_collected, active_users)")
        }
    }
}
