import ExcelInput
import Foundation

/// The figures of one school: every indicator, its criterion's rate and points, and the problems
/// behind them.
public struct SchoolIndicators: Sendable {
    public var id: String
    public var name: String
    public var folder: String
    public var files: [String]
    /// Indicator id → ratio, for every indicator of the profile.
    public var ratios: [String: Ratio]
    /// For completeness indicators: rows without an error.
    public var valid: [String: Ratio]
    /// Active users by role: role → ratio.
    public var activeByRole: [String: Ratio]
    /// Criterion id → its combined rate (nil when none of its indicators has a rate).
    public var criterionRates: [String: Double]
    /// Criterion id → points.
    public var points: [String: Double]
    /// The most frequent findings of the school's files.
    public var topProblems: [Problem]
    /// Rows behind an explained indicator.
    public var explained: [ExplainedRow]
    /// Indicator id → records left out of its denominator as non-citizens.
    public var nonCitizens: [String: Int] = [:]
    /// The school profile's fields (field id → text), for grouping.
    public var fields: [String: String] = [:]

    public var totalPoints: Double { points.values.reduce(0, +) }

    /// What a criterion's indicators lack, as "indicator: reason" lines (empty when all can be
    /// counted).
    public func missing(_ criterion: Criterion) -> [(indicator: String, reason: String)] {
        criterion.indicators.compactMap { indicator in ratios[indicator.id]?.missing.map { (indicator.id, $0) } }
    }

    /// What to supply for a criterion without a rate ("tệp nhật ký hoạt động; cột «…»"), from
    /// the part of each reason after "— cần".
    public func needs(_ criterion: Criterion) -> String {
        var needs: [String] = []
        for (_, reason) in missing(criterion) {
            let need = reason.range(of: " — cần ").map { String(reason[$0.upperBound...]) } ?? reason
            if !needs.contains(need) { needs.append(need) }
        }
        return needs.joined(separator: "; ")
    }

    /// A rule with its count and a few example places.
    public struct Problem: Sendable {
        public var rule: String
        public var recordType: String?
        public var severity: Severity
        public var count: Int
        public var summary: String
        public var examples: [Finding]
    }
}

/// The pooled figures of a group of schools: a folder above school folders (a ward, a commune,
/// a managing body), or the schools sharing a value of a school-profile field (`--group-by`).
public struct GroupIndicators: Sendable {
    public var id: String
    public var name: String
    /// 1 for the groups just under the whole input, 2 below them, and so on.
    public var level: Int
    /// The ids of its schools.
    public var schools: [String]
    /// Pooled numerators and denominators over its schools.
    public var ratios: [String: Ratio]
}

/// The figures of a run: each school, each group of schools, and the pooled figures of all.
public struct IndicatorReport: Sendable {
    public var asOf: SimpleDate
    public var spec: CriteriaSpec
    public var schools: [SchoolIndicators]
    /// Groups of schools, by level then name (folders between the input and the schools, or
    /// `--group-by` values).
    public var groups: [GroupIndicators] = []
    /// Pooled numerators and denominators over every school (the whole input).
    public var district: [String: Ratio]
    public var districtActiveByRole: [String: Ratio]
    /// The same as `district`: the pooled figures of the whole input.
    public var total: [String: Ratio] { district }
    /// Files that could not be read.
    public var failures: [(path: String, message: String)]

    /// Rates of one indicator or criterion across schools (schools without a rate left out).
    public func spread(_ rates: [Double]) -> (min: Double, median: Double, max: Double)? {
        guard !rates.isEmpty else { return nil }
        let sorted = rates.sorted()
        let mid = sorted.count / 2
        let median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        return (sorted.first!, median, sorted.last!)
    }

    /// Number of schools whose criterion rate reaches `minRate` (of `among`, or of all).
    public func schoolsReaching(_ criterion: String, _ minRate: Double, among: [String]? = nil) -> Int {
        let ids = among.map(Set.init)
        return schools.filter { ids?.contains($0.id) ?? true }.filter { ($0.criterionRates[criterion] ?? -1) + 1e-12 >= minRate }.count
    }

    /// The schools of a group.
    public func schools(of group: GroupIndicators) -> [SchoolIndicators] {
        let ids = Set(group.schools)
        return schools.filter { ids.contains($0.id) }
    }
}

/// Computes the indicators of every school under a path: a school is a folder of exports, a
/// district a folder of school folders. Every file is checked once (in parallel); the indicators
/// are counted in the same pass.
public final class IndicatorRunner {
    let rules: CompiledRules
    let options: CheckOptions
    /// A school-profile field to group schools by (`--group-by`: a ward code, a managing body);
    /// nil: the folders between the input and the schools.
    public var groupBy: String?
    /// A verification result of the national population database (`--verified`): authentication
    /// (3.2) is then counted by linking each school's records to it, as `reconcile` does, instead
    /// of read from an authentication column.
    public var verified: String?

    public init(rules: CompiledRules, options: CheckOptions) {
        self.rules = rules
        self.options = options
    }

    /// The schools under `path`: every folder that directly holds data files (sorted).
    public static func schools(under path: String) -> [(folder: String, files: [String])] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        if !isDirectory.boolValue { return [((path as NSString).deletingLastPathComponent, [path])] }
        var byFolder: [String: [String]] = [:]
        let base = URL(fileURLWithPath: path)
        if let walker = manager.enumerator(at: base, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) {
            for case let url as URL in walker
            where RecordSources.extensions.contains(url.pathExtension.lowercased())
                && !url.lastPathComponent.hasPrefix("~$")
            {
                byFolder[url.deletingLastPathComponent().path, default: []].append(url.path)
            }
        }
        return byFolder.keys.sorted().map { ($0, byFolder[$0]!.sorted()) }
    }

    public func run(path: String, school: String? = nil) -> IndicatorReport {
        indicators(of: check(path: path), path: path, school: school)
    }

    /// The check of every file under `path` (with the tallies the indicators count), for callers
    /// that keep the findings as well as the figures.
    public func check(path: String) -> RunReport {
        RunChecker(rules: rules, options: options).check(paths: Self.schools(under: path).flatMap(\.files))
    }

    /// The indicators of the schools under `path`, from `report`, the check of its files.
    public func indicators(of report: RunReport, path: String, school: String? = nil) -> IndicatorReport {
        let schools = Self.schools(under: path)
        var byPath: [String: FileReport] = [:]
        for file in report.files { byPath[file.path] = file }
        let spec = rules.ruleSet.criteria
        var result: [SchoolIndicators] = []
        for (folder, files) in schools {
            let reports = files.compactMap { byPath[$0] }
            var indicators = summarize(folder: folder, files: reports, spec: spec, authenticated: authenticated(reports))
            if let school, indicators.id != school, (folder as NSString).lastPathComponent != school { continue }
            indicators.files = files
            indicators.fields = reports.reduce(into: [String: String]()) { fields, file in
                fields.merge(file.tally.schoolFields) { first, _ in first }
            }
            result.append(indicators)
        }
        let district = IndicatorReport.pooled(result)
        var byRole: [String: Ratio] = [:]
        for school in result { byRole.pool(school.activeByRole) }
        var indicatorReport = IndicatorReport(
            asOf: options.asOf, spec: spec, schools: result, district: district,
            districtActiveByRole: byRole, failures: report.failures)
        indicatorReport.groups = groups(of: result, root: path)
        return indicatorReport
    }

    /// The groups of `schools`: by the `groupBy` field of their school profile, or by the folders
    /// between `root` and each school's folder (any depth: city / ward / school).
    func groups(of schools: [SchoolIndicators], root: String) -> [GroupIndicators] {
        var members: [String: (name: String, level: Int, schools: [SchoolIndicators])] = [:]
        if let field = groupBy {
            for school in schools {
                let value = school.fields[field] ?? "(không ghi \(field))"
                members["\(field)=\(value)", default: (value, 1, [])].schools.append(school)
            }
        } else {
            let base = URL(fileURLWithPath: root).standardizedFileURL.pathComponents
            for school in schools {
                let parts = URL(fileURLWithPath: school.folder).standardizedFileURL.pathComponents
                guard parts.count > base.count + 1, Array(parts.prefix(base.count)) == base else { continue }
                let between = parts[base.count..<(parts.count - 1)]
                for depth in 1...between.count {
                    let path = between.prefix(depth).joined(separator: "/")
                    members[path, default: (between[between.startIndex + depth - 1], depth, [])].schools.append(school)
                }
            }
        }
        return members.map { id, group in
            GroupIndicators(
                id: id, name: group.name, level: group.level, schools: group.schools.map(\.id), ratios: IndicatorReport.pooled(group.schools))
        }.sorted { ($0.level, $0.id) < ($1.level, $1.id) }
    }

    /// Per record type, the school's records matched with the verification result (same number,
    /// name, birth date and gender) over its records; empty without `verified`.
    private func authenticated(_ files: [FileReport]) -> [String: Ratio] {
        guard let verified else { return [:] }
        var result: [String: Ratio] = [:]
        let reconciler = Reconciler(rules: rules)
        for file in files {
            guard let type = file.recordType, type == "hoc_sinh" || type == "nhan_su" else { continue }
            let ratio: Ratio
            do {
                let report = try reconciler.reconcile(school: file.path, authoritative: verified, recordType: type)
                ratio = Ratio(numerator: report.consistent, denominator: report.schoolRows)
            } catch {
                ratio = Ratio(missing: "không đối chiếu được với tệp xác thực \(verified): \(error) — cần tệp kết quả xác thực có cột số định danh")
            }
            result.pool(type, ratio)
        }
        return result
    }

    private func summarize(folder: String, files: [FileReport], spec: CriteriaSpec, authenticated: [String: Ratio] = [:]) -> SchoolIndicators {
        var ratios: [String: Ratio] = [:]
        var valid: [String: Ratio] = [:]
        var roster: [UInt64: String] = [:]
        var activity: [UInt64: UInt32] = [:]
        var activityRows = 0
        var systemRecords = false
        var hasLog = false, hasSystemFlag = false
        var logMissing: String?
        var code: String?, name: String?
        var explained: [ExplainedRow] = []
        var nonCitizens: [String: Int] = [:]
        for file in files {
            nonCitizens.merge(file.tally.nonCitizens, uniquingKeysWith: +)
            let tally = file.tally
            ratios.pool(tally.ratios)
            valid.pool(tally.valid)
            for (user, role) in tally.roster where roster[user] == nil { roster[user] = tally.roles[Int(role)] }
            activity.merge(tally.activity) { $0 | $1 }
            activityRows += tally.activityRows
            hasLog = hasLog || tally.isActivityLog
            logMissing = logMissing ?? tally.logMissing
            hasSystemFlag = hasSystemFlag || tally.hasSystemActivityColumn
            systemRecords = systemRecords || tally.systemRecordsActivity
            code = code ?? tally.schoolCode
            name = name ?? tally.schoolName
            explained += tally.explained
        }
        var activeByRole: [String: Ratio] = [:]
        var active = Ratio()
        for (user, role) in roster {
            let weeks = (activity[user] ?? 0).nonzeroBitCount
            let isActive = weeks >= spec.activeWeeks
            active.denominator += 1
            if isActive { active.numerator += 1 }
            // Without an activity log nobody can be counted active: no figure per role, not 0 %.
            guard hasLog else { continue }
            activeByRole[role, default: Ratio()].denominator += 1
            if isActive { activeByRole[role, default: Ratio()].numerator += 1 }
        }
        // Authentication read from the verification result replaces the authentication column.
        for (_, indicator) in spec.indicators {
            if case .records(let recordType, _, .field(let field, _)) = indicator.kind, field == "xac_thuc_dan_cu",
                let ratio = authenticated[recordType]
            {
                ratios[indicator.id] = ratio
            }
        }
        let logName = rules.ruleSet.recordType(spec.log.recordType)?.name ?? spec.log.recordType
        for (_, indicator) in spec.indicators {
            switch indicator.kind {
            case .records(let recordType, _, _):
                if ratios[indicator.id] == nil {
                    let name = rules.ruleSet.recordType(recordType)?.name ?? recordType
                    ratios[indicator.id] = Ratio(missing: "chưa có tệp hồ sơ \(name.lowercased()) — cần tệp hồ sơ \(name.lowercased()) (\(recordType))")
                }
            case .activityCollected(let field):
                if activityRows > 0 || systemRecords || hasSystemFlag || hasLog {
                    ratios[indicator.id] = Ratio(numerator: activityRows > 0 || systemRecords ? 1 : 0, denominator: 1)
                } else {
                    let column = field.flatMap { f in rules.ruleSet.recordTypes.lazy.compactMap { $0.field(f) }.first?.header }
                    ratios[indicator.id] = Ratio(
                        missing:
                            "không có nhật ký hoạt động và danh mục hệ thống không có cột «\(column ?? "Ghi nhận hoạt động người dùng")» — cần nhật ký hoạt động (\(spec.log.recordType)) hoặc cột «\(column ?? "Ghi nhận hoạt động người dùng")» trong danh mục hệ thống"
                    )
                }
            case .activeUsers:
                if !hasLog, let logMissing {
                    ratios[indicator.id] = Ratio(
                        missing:
                            "tệp \(logName.lowercased()) thiếu cột \(logMissing) — cần cột mã người dùng (mã học sinh hoặc mã cán bộ) và cột thời điểm để biết ai hoạt động tuần nào"
                    )
                } else if !hasLog {
                    ratios[indicator.id] = Ratio(
                        missing:
                            "không có tệp \(logName.lowercased()) — cần nhật ký hoạt động \(spec.activityWeeks) tuần trước ngày tham chiếu (\(spec.log.recordType))"
                    )
                } else if roster.isEmpty {
                    ratios[indicator.id] = Ratio(
                        missing: "không có danh sách người dùng (học sinh, nhân sự hiện tại, có mã) — cần tệp học sinh hoặc nhân sự có mã")
                } else {
                    ratios[indicator.id] = active
                }
            }
        }
        let (criterionRates, points) = spec.scores(ratios)
        let folderName = (folder as NSString).lastPathComponent
        var school = SchoolIndicators(
            id: code ?? folderName, name: name ?? folderName, folder: folder, files: [],
            ratios: ratios, valid: valid, activeByRole: activeByRole, criterionRates: criterionRates,
            points: points, topProblems: Self.problems(files), explained: explained)
        school.nonCitizens = nonCitizens
        return school
    }

    /// The rules with the most findings in a school's files, errors first, with up to 3 example rows.
    static func problems(_ files: [FileReport], limit: Int = 12) -> [SchoolIndicators.Problem] {
        var problems: [String: SchoolIndicators.Problem] = [:]
        for file in files {
            for (rule, count) in file.countsByRule {
                let examples = file.findings.filter { $0.rule == rule && $0.row != nil }.prefix(3)
                let severity = file.findings.first { $0.rule == rule }?.severity ?? CheckCatalog.check(rule)?.severity ?? .warning
                let key = rule + "|" + (file.recordType ?? "")
                var problem =
                    problems[key]
                    ?? SchoolIndicators.Problem(
                        rule: rule, recordType: file.recordType, severity: severity, count: 0,
                        summary: CheckCatalog.check(rule)?.summary ?? file.findings.first { $0.rule == rule }?.message ?? rule, examples: [])
                problem.count += count
                if problem.examples.count < 3 { problem.examples += examples.prefix(3 - problem.examples.count) }
                problems[key] = problem
            }
        }
        return problems.values.filter { $0.severity != .info }.sorted {
            ($0.severity, $0.count, $1.rule) > ($1.severity, $1.count, $0.rule)
        }.prefix(limit).map { $0 }
    }
}
