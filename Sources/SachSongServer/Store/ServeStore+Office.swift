import Foundation
import GRDB

/// The office's reads in SQLite: when schools submitted, and the figures of chosen submissions.
extension ServeStore {
    func submissionTimes(schools: Set<String>) throws -> [String: [(id: String, receivedAt: Date)]] {
        try pool.read { db in
            var times: [String: [(id: String, receivedAt: Date)]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT schoolCode, id, receivedAt FROM submission ORDER BY receivedAt, id")
            while let row = try rows.next() {
                let code: String = row[0]
                guard schools.contains(code) else { continue }
                times[code, default: []].append((row[1], row[2]))
            }
            return times
        }
    }

    func figures(ids: some Collection<String>) throws -> [String: SubmissionFigures] {
        try pool.read { db in
            var found: [String: SubmissionFigures] = [:]
            for part in Self.parts(ids) {
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT submissionID, indicator, numerator, denominator, missing, validNumerator, validDenominator, validMissing
                        FROM figure WHERE submissionID IN (\(Self.marks(part)))
                        """,
                    arguments: StatementArguments(part))
                while let row = try rows.next() {
                    let id: String = row[0]
                    let indicator: String = row[1]
                    found[id, default: SubmissionFigures()].ratios[indicator] = StoredFigure.ratio(row[2], row[3], row[4])
                    if let numerator: Int = row[5] {
                        found[id, default: SubmissionFigures()].valid[indicator] = StoredFigure.ratio(numerator, row[6] ?? 0, row[7])
                    }
                }
            }
            return found
        }
    }

    func generation() throws -> String {
        try pool.read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT (SELECT COALESCE(MAX(rowid), 0) FROM submission), (SELECT COUNT(*) FROM school), (SELECT COALESCE(MAX(rowid), 0) FROM school)")
            return "\(row?[0] as Int64? ?? 0)-\(row?[1] as Int64? ?? 0)-\(row?[2] as Int64? ?? 0)"
        }
    }
}
