import CSVInput

/// Counters of one file's rows for the indicators of criterion 3, bumped in the same pass as
/// the checks (nothing is re-read).
final class FileTally {
    private(set) var data = TallyData()
    private let path: String
    private let asOf: SimpleDate
    private let statusSlot: Int?
    private let currentStatuses: [Bool]
    private let counters: [Counter]
    private let roster: RosterReader?
    private let log: LogReader?
    private let systemFlag: (slot: Int, yes: Int)?
    private let school: (code: Int?, name: Int?)?
    private let explain: String?
    private let codeSlot: Int?
    private let nameSlot: Int?
    /// Counts per counter (same order as `counters`), copied into `data` by `finish()`.
    private var ratios: [Ratio]
    private var valids: [Ratio]
    /// The file has the birth date, so who is of an age-bound figure's age is known.
    private let birthKnown: Bool
    private var keys = KeyNormalizer()

    /// One records-indicator applied to this file.
    struct Counter {
        let id: String
        let currentOnly: Bool
        let minAge: Int?
        let citizensOnly: Bool
        let count: Kind
        enum Kind { case complete, valid, field(slot: Int, allowed: [Bool]), unknown(missing: String) }
    }

    struct RosterReader {
        let codeSlot: Int
        let role: String
        let roleSlot: Int?
        let roles: ValueMatcher?
    }

    struct LogReader {
        let userSlot: Int
        let timeSlot: Int
        let weeks: Int
        let boundary: Int
    }

    init(plan: FilePlan, rules: CompiledRules, options: CheckOptions, path: String) {
        self.path = path
        asOf = options.asOf
        explain = options.explainIndicator
        let type = plan.recordType
        let spec = rules.ruleSet.criteria
        statusSlot = plan.rowFields.status?.column != nil ? plan.rowFields.status?.slot : nil
        if let rule = type.status, let matcher = plan.rowFields.status?.column?.matcher {
            currentStatuses = matcher.list.entries.map { rule.current.contains($0.value) }
        } else {
            currentStatuses = []
        }
        func slotWithColumn(_ field: String) -> Int? { plan.columnByField[field].map(\.slot) }
        var counters: [Counter] = []
        for (_, indicator) in spec.indicators {
            guard case .records(let recordType, let population, let count) = indicator.kind, recordType == type.id else { continue }
            var kind: Counter.Kind
            switch count {
            case .complete:
                if plan.missingRequired.isEmpty {
                    kind = .complete
                } else {
                    // A required column the export lacks altogether (or that was not recognised)
                    // says nothing of the records: the figure is unknown, not 0 %.
                    let names = plan.missingRequired.map { "«\($0.header)»" }.joined(separator: ", ")
                    kind = .unknown(
                        missing:
                            "tệp \(type.name.lowercased()) thiếu cột bắt buộc \(names) — cần xuất thêm cột này (hoặc đặt tên cột cho khớp) để tính tỉ lệ hoàn thành"
                    )
                }
            case .valid: kind = .valid
            case .field(let field, let values):
                if let column = plan.columnByField[field], let matcher = column.matcher {
                    kind = .field(slot: column.slot, allowed: matcher.list.entries.map { values.contains($0.value) })
                } else {
                    let header = type.field(field)?.header ?? field
                    kind = .unknown(
                        missing:
                            "thiếu cột «\(header)» trong tệp \(type.name.lowercased()) — cần cột «\(header)» (\(field)) trong tệp \(type.name.lowercased())")
                }
            }
            // Who is of age cannot be told without birth dates: unknown, saying so (not "—" for
            // an empty population).
            if population.minAge != nil, plan.rowFields.birth?.column == nil {
                let header = RowFields.birthField(of: type).flatMap { type.field($0)?.header } ?? "Ngày sinh"
                let birth = "thiếu cột «\(header)» trong tệp \(type.name.lowercased()) — cần cột này để biết ai đủ tuổi"
                if case .unknown(let other) = kind {
                    kind = .unknown(missing: other + "; " + birth)
                } else {
                    kind = .unknown(missing: birth)
                }
            }
            counters.append(
                Counter(
                    id: indicator.id, currentOnly: population.currentOnly, minAge: population.minAge,
                    citizensOnly: population.citizensOnly, count: kind))
        }
        self.counters = counters
        birthKnown = plan.rowFields.birth?.column != nil
        if let r = spec.rosters.first(where: { $0.recordType == type.id }), let slot = slotWithColumn(r.codeField) {
            roster = RosterReader(
                codeSlot: slot, role: r.role, roleSlot: r.roleField.flatMap(slotWithColumn),
                roles: rules.matchers["vai_tro"])
        } else {
            roster = nil
        }
        if spec.log.recordType == type.id, let user = slotWithColumn(spec.log.userField), let time = slotWithColumn(spec.log.timeField) {
            log = LogReader(userSlot: user, timeSlot: time, weeks: spec.activityWeeks, boundary: options.asOf.dayNumber * 86_400)
        } else {
            log = nil
        }
        var flag: (Int, Int)?
        for (_, indicator) in spec.indicators {
            if case .activityCollected(let field?) = indicator.kind, let column = plan.columnByField[field],
                let yes = column.matcher?.list.entries.firstIndex(where: { $0.value == "Có" })
            {
                flag = (column.slot, yes)
            }
        }
        systemFlag = flag
        data.hasSystemActivityColumn = flag != nil
        data.isActivityLog = log != nil
        if spec.log.recordType == type.id, log == nil {
            let absent = [spec.log.userField, spec.log.timeField].filter { slotWithColumn($0) == nil }
            data.logMissing = absent.map { "«\(type.field($0)?.header ?? $0)»" }.joined(separator: ", ")
        }
        school = type.id == "truong" ? (slotWithColumn("ma_truong"), slotWithColumn("ten_truong")) : nil
        codeSlot = plan.uniqueColumns.first?.slot
        nameSlot = slotWithColumn("ho_ten") ?? slotWithColumn("ten") ?? slotWithColumn("ten_he_thong") ?? slotWithColumn("ten_hoc_lieu")
        ratios = counters.map { counter in
            if case .unknown(let missing) = counter.count { return Ratio(missing: missing) }
            return Ratio()
        }
        valids = Array(repeating: Ratio(), count: counters.count)
    }

    /// The counts, once every row is seen.
    func finish() -> TallyData {
        var result = data
        for (i, counter) in counters.enumerated() {
            var ratio = ratios[i]
            // Nobody is of the figure's age (a preschool's or a primary school's pupils and the
            // card at 14): the column it would be counted from is missing for nobody, and the
            // figure has no population, not missing data.
            if ratio.denominator == 0, counter.minAge != nil, birthKnown { ratio.missing = nil }
            result.ratios[counter.id] = ratio
            if case .complete = counter.count { result.valid[counter.id] = valids[i] }
        }
        return result
    }

    /// Counts one checked row.
    func observe(_ ctx: CheckContext) {
        var current = true
        if let slot = statusSlot {
            current = ctx.state.entry(slot).map { currentStatuses[$0] } ?? false
        }
        if !counters.isEmpty { count(ctx, current: current) }
        if current, let roster { addRoster(roster, ctx) }
        if let log {
            addActivity(log, ctx)
        } else if data.logMissing != nil {
            // Who and when cannot be read, but the rows show that activity is collected.
            data.activityRows += 1
        }
        if let (slot, yes) = systemFlag, ctx.state.entry(slot) == yes { data.systemRecordsActivity = true }
        if let school, data.schoolCode == nil && data.schoolName == nil {
            data.schoolCode = school.code.map { ctx.text($0) }.flatMap { $0.isEmpty ? nil : $0 }
            data.schoolName = school.name.map { ctx.text($0) }.flatMap { $0.isEmpty ? nil : $0 }
            for column in ctx.plan.columns where !column.field.generated {
                let text = ctx.text(column.slot)
                if !text.isEmpty { data.schoolFields[column.field.id] = text }
            }
        }
    }

    private func count(_ ctx: CheckContext, current: Bool) {
        for i in counters.indices {
            let counter = counters[i]
            if counter.currentOnly && !current { continue }
            if let minAge = counter.minAge {
                guard let birth = ctx.birthDate, birth.age(at: asOf) >= minAge else { continue }
            }
            if counter.citizensOnly && ctx.state.foreign {
                data.nonCitizens[counter.id, default: 0] += 1
                continue
            }
            let counted: Bool
            switch counter.count {
            case .complete:
                counted = !ctx.rowIncomplete
                valids[i].denominator += 1
                if !ctx.rowHasError { valids[i].numerator += 1 }
            case .valid:
                counted = !ctx.rowHasError
            case .field(let slot, let allowed):
                counted = ctx.state.entry(slot).map { allowed[$0] } ?? false
            case .unknown:
                ratios[i].denominator += 1
                continue
            }
            ratios[i].denominator += 1
            if counted { ratios[i].numerator += 1 }
            if !counted, explain == counter.id { explainRow(ctx, counter) }
        }
    }

    private func explainRow(_ ctx: CheckContext, _ counter: Counter) {
        let reason: String
        switch counter.count {
        case .complete: reason = "thiếu trường bắt buộc"
        case .valid: reason = "có lỗi"
        case .field(let slot, _): reason = "«\(ctx.text(slot))»"
        case .unknown: reason = ""
        }
        data.explained.append(
            ExplainedRow(
                file: path, row: ctx.row, line: ctx.line, code: codeSlot.map { ctx.text($0) },
                name: nameSlot.map { ctx.text($0) }, reason: reason))
    }

    private func addRoster(_ roster: RosterReader, _ ctx: CheckContext) {
        let code = ctx.bytes(roster.codeSlot)
        // A placeholder code ("0000000000", "N/A") is no person.
        guard !PlaceholderCheck.isPlaceholder(code, placeholders: ctx.plan.placeholders),
            let key = keys.fingerprint(code)
        else { return }
        var role = roster.role
        if let slot = roster.roleSlot, let roles = roster.roles {
            switch roles.match(ctx.bytes(slot)) {
            case .canonical(let entry), .synonym(let entry): role = roles.value(entry)
            case .none: break
            }
        }
        let index: Int
        if let known = data.roles.firstIndex(of: role) {
            index = known
        } else {
            data.roles.append(role)
            index = data.roles.count - 1
        }
        data.roster[key] = UInt8(truncatingIfNeeded: index)
    }

    private func addActivity(_ log: LogReader, _ ctx: CheckContext) {
        data.activityRows += 1
        guard let key = keys.fingerprint(ctx.bytes(log.userSlot)),
            let stamp = TimestampParser.parse(ctx.text(log.timeSlot))
        else { return }
        let delta = log.boundary - stamp.vietnamEpochSeconds
        guard delta > 0 else { return }
        let week = (delta - 1) / (7 * 86_400) + 1
        guard week <= log.weeks else { return }
        data.activity[key, default: 0] |= 1 << UInt32(week - 1)
    }
}
