import Foundation
import SachSong

/// The office's figures, from what the schools submitted: every school the account may see
/// with its latest submission (received on or before a day, when one is given), its stored
/// figures, and the pooled figures of each group (ward, commune, managing body) and of all — the
/// same `IndicatorReport` the `indicators` command builds from files, so every export of that
/// command (JSON, CSV, `.xlsx`, HTML) serves the dashboard too. No file is read again.
struct Dashboard: Sendable {
    let desk: SubmissionDesk

    /// A school and its latest submission, if any.
    struct Entry: Sendable {
        let school: School
        let latest: StoredSubmission?
    }

    struct View: Sendable {
        let report: IndicatorReport
        let entries: [Entry]
    }

    /// The schools `scope` may see (only those of `group` when given), with the figures of their
    /// latest submission received before the end of `until` (Vietnam's day) when given.
    func view(scope: Scope, group: String?, until: SimpleDate?) throws -> View {
        let cutoff = until.map(ReferenceDate.endOfDay) ?? Date.distantFuture
        let ledger = try SubmissionLedger(desk.store, scope: scope, group: group)
        let latest = try ledger.latestStored(until: cutoff, in: desk.store)
        let figures = try desk.store.figures(ids: latest.values.map(\.id))
        let spec = desk.rules.ruleSet.criteria
        var entries: [Entry] = []
        var counted: [SchoolIndicators] = []
        var members: [String: [String]] = [:]
        for school in ledger.schools {
            let submission = latest[school.code]
            entries.append(Entry(school: school, latest: submission))
            guard let submission else { continue }
            let stored = figures[submission.id]
            counted.append(
                SchoolIndicators(
                    id: school.code, name: school.name, ratios: stored?.ratios ?? [:], valid: stored?.valid ?? [:], spec: spec,
                    fields: ["nhom": school.groupID ?? ""]))
            members[school.groupID ?? "", default: []].append(school.code)
        }
        let groups = members.keys.sorted().map { id in (id: id, name: id.isEmpty ? "(không thuộc nhóm)" : id, schools: members[id]!) }
        let report = IndicatorReport(asOf: until ?? ReferenceDate.today(), spec: spec, schools: counted, groups: groups)
        return View(report: report, entries: entries)
    }
}
