import Foundation
import GRDB
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
        let (schools, latest, figures) = try desk.store.pool.read { db -> ([School], [String: StoredSubmission], [String: [StoredFigure]]) in
            var request = School.order(Column("code"))
            if let limit = scope.group { request = request.filter(Column("groupID") == limit) }
            if let group { request = request.filter(Column("groupID") == group) }
            let schools = try request.fetchAll(db).filter { scope.account.role != .school || $0.code == scope.account.schoolCode }
            let newest = """
                SELECT s.* FROM submission s
                JOIN (SELECT schoolCode, MAX(receivedAt) AS last FROM submission WHERE receivedAt <= ? GROUP BY schoolCode) l
                  ON s.schoolCode = l.schoolCode AND s.receivedAt = l.last
                """
            var latest: [String: StoredSubmission] = [:]
            for submission in try StoredSubmission.fetchAll(db, sql: newest, arguments: [cutoff]) {
                if let kept = latest[submission.schoolCode], kept.id > submission.id { continue }
                latest[submission.schoolCode] = submission
            }
            let ids = Set(latest.values.map(\.id))
            var figures: [String: [StoredFigure]] = [:]
            for figure in try StoredFigure.fetchAll(db, sql: "SELECT f.* FROM figure f JOIN (\(newest)) s ON f.submissionID = s.id", arguments: [cutoff])
            where ids.contains(figure.submissionID) {
                figures[figure.submissionID, default: []].append(figure)
            }
            return (schools, latest, figures)
        }
        let spec = desk.rules.ruleSet.criteria
        var entries: [Entry] = []
        var counted: [SchoolIndicators] = []
        var members: [String: [String]] = [:]
        for school in schools {
            let submission = latest[school.code]
            entries.append(Entry(school: school, latest: submission))
            guard let submission else { continue }
            let stored = figures[submission.id] ?? []
            counted.append(
                SchoolIndicators(
                    id: school.code, name: school.name, ratios: Dictionary(stored.map { ($0.indicator, $0.ratio) }, uniquingKeysWith: { a, _ in a }),
                    valid: Dictionary(stored.compactMap { f in f.valid.map { (f.indicator, $0) } }, uniquingKeysWith: { a, _ in a }), spec: spec,
                    fields: ["nhom": school.groupID ?? ""]))
            members[school.groupID ?? "", default: []].append(school.code)
        }
        let groups = members.keys.sorted().map { id in (id: id, name: id.isEmpty ? "(không thuộc nhóm)" : id, schools: members[id]!) }
        let report = IndicatorReport(asOf: until ?? ReferenceDate.today(), spec: spec, schools: counted, groups: groups)
        return View(report: report, entries: entries)
    }
}
