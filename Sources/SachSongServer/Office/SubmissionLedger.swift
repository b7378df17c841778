import Foundation
import GRDB
import SachSong

/// The schools an account may see and when each of them submitted, read from the store in one
/// go: the latest submission of every school as of any day is then found without asking the
/// store again, and only the figures of the submissions that count are read. The dashboard and
/// the pooled trends both stand on it, so they count the same schools the same way.
struct SubmissionLedger: Sendable {
    /// The schools seen, by code.
    let schools: [School]
    /// Each school's submissions, oldest first (ties by id), as (id, received).
    let submissions: [String: [(id: String, receivedAt: Date)]]

    /// Reads the schools `scope` may see (only those of `group` when given) and their submissions.
    init(_ db: Database, scope: Scope, group: String?) throws {
        var request = School.order(Column("code"))
        if let limit = scope.group { request = request.filter(Column("groupID") == limit) }
        if let group { request = request.filter(Column("groupID") == group) }
        schools = try request.fetchAll(db).filter { scope.account.role != .school || $0.code == scope.account.schoolCode }
        let codes = Set(schools.map(\.code))
        var submissions: [String: [(id: String, receivedAt: Date)]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT schoolCode, id, receivedAt FROM submission ORDER BY receivedAt, id")
        while let row = try rows.next() {
            let code: String = row[0]
            guard codes.contains(code) else { continue }
            submissions[code, default: []].append((row[1], row[2]))
        }
        self.submissions = submissions
    }

    /// Each school's latest submission received on or before `cutoff`, by school code.
    func latest(until cutoff: Date) -> [String: String] {
        var latest: [String: String] = [:]
        for (code, list) in submissions {
            if let last = list.last(where: { $0.receivedAt <= cutoff }) { latest[code] = last.id }
        }
        return latest
    }

    /// Vietnam's days on which any of the schools submitted, oldest first.
    var days: [SimpleDate] {
        Set(submissions.values.flatMap { $0.map { ReferenceDate.day(of: $0.receivedAt) } }).sorted { $0.iso < $1.iso }
    }

    /// The stored submissions `ids`, by id.
    static func stored(_ db: Database, ids: some Collection<String>) throws -> [String: StoredSubmission] {
        var found: [String: StoredSubmission] = [:]
        for part in Self.parts(ids) {
            for submission in try StoredSubmission.filter(part.contains(Column("id"))).fetchAll(db) { found[submission.id] = submission }
        }
        return found
    }

    /// The figures of the submissions `ids`: per submission, each indicator's ratio and (for
    /// 3.1) its valid-records ratio.
    static func figures(_ db: Database, ids: some Collection<String>) throws -> [String: (ratios: [String: Ratio], valid: [String: Ratio])] {
        var found: [String: (ratios: [String: Ratio], valid: [String: Ratio])] = [:]
        for part in Self.parts(ids) {
            let marks = part.map { _ in "?" }.joined(separator: ",")
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT submissionID, indicator, numerator, denominator, missing, validNumerator, validDenominator, validMissing
                    FROM figure WHERE submissionID IN (\(marks))
                    """,
                arguments: StatementArguments(part))
            while let row = try rows.next() {
                let id: String = row[0]
                let indicator: String = row[1]
                found[id, default: ([:], [:])].ratios[indicator] = StoredFigure.ratio(row[2], row[3], row[4])
                if let numerator: Int = row[5] {
                    found[id, default: ([:], [:])].valid[indicator] = StoredFigure.ratio(numerator, row[6] ?? 0, row[7])
                }
            }
        }
        return found
    }

    /// `ids` in parts small enough for one statement's parameters.
    private static func parts(_ ids: some Collection<String>) -> [[String]] {
        let all = Array(ids)
        return stride(from: 0, to: all.count, by: 500).map { Array(all[$0..<min($0 + 500, all.count)]) }
    }
}
