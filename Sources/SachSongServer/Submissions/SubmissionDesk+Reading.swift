import Foundation
import GRDB

/// What the pages read from the store: a school's name, its submissions, the schools an
/// account may see with their latest submission.
extension SubmissionDesk {
    func stored(id: String) throws -> StoredSubmission? {
        try store.pool.read { db in try StoredSubmission.fetchOne(db, key: id) }
    }

    func schoolName(_ code: String) throws -> String {
        try store.pool.read { db in try School.fetchOne(db, key: code)?.name } ?? code
    }

    /// A school's submissions, newest first.
    func submissions(school: String) throws -> [StoredSubmission] {
        try store.pool.read { db in
            try StoredSubmission.filter(Column("schoolCode") == school).order(Column("receivedAt").desc, Column("id").desc).fetchAll(db)
        }
    }

    /// The number of files of each submission.
    func fileCounts(_ ids: [String]) throws -> [String: Int] {
        guard !ids.isEmpty else { return [:] }
        return try store.pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT submissionID, COUNT(*) AS n FROM submissionFile WHERE submissionID IN (\(ids.map { _ in "?" }.joined(separator: ","))) GROUP BY submissionID",
                arguments: StatementArguments(ids))
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["submissionID"] as String, $0["n"] as Int) })
        }
    }

    /// The schools of a group (every school without one), by code, each with its latest submission.
    func schools(group: String?) throws -> [(school: School, latest: StoredSubmission?)] {
        try store.pool.read { db in
            var request = School.order(Column("code"))
            if let group { request = request.filter(Column("groupID") == group) }
            return try request.fetchAll(db).map { school in
                let latest = try StoredSubmission.filter(Column("schoolCode") == school.code)
                    .order(Column("receivedAt").desc, Column("id").desc).fetchOne(db)
                return (school, latest)
            }
        }
    }

    /// Records a download in the audit log.
    func auditDownload(account: Int64, id: String, what: String) throws {
        try store.pool.write { db in try AccountBook.audit(db, account, "download", "\(what) của bài nộp \(id)") }
    }
}

extension SubmissionDesk {
    func schoolExists(_ code: String) throws -> Bool {
        try store.pool.read { db in try School.fetchOne(db, key: code) != nil }
    }
}

extension SubmissionDesk {
    /// Every group of schools, by id.
    func groups() throws -> [String] {
        try store.pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT groupID FROM school WHERE groupID IS NOT NULL ORDER BY groupID") }
    }
}
