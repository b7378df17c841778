import Foundation
import GRDB

/// Submissions, their files' reports and their figures in SQLite.
extension ServeStore {
    func record(_ submissions: [NewSubmission]) throws {
        try pool.write { db in
            for new in submissions {
                let submission = new.submission
                try submission.insert(db)
                for file in new.files { try file.insert(db) }
                for figure in new.figures { try figure.insert(db) }
                try Self.audit(db, submission.accountID, AuditLine.submissionAdded(new))
            }
        }
    }

    func submission(id: String) throws -> StoredSubmission? {
        try pool.read { db in try StoredSubmission.fetchOne(db, key: id) }
    }

    func submissions(ids: some Collection<String>) throws -> [String: StoredSubmission] {
        try pool.read { db in
            var found: [String: StoredSubmission] = [:]
            for part in Self.parts(ids) {
                for submission in try StoredSubmission.filter(part.contains(Column("id"))).fetchAll(db) { found[submission.id] = submission }
            }
            return found
        }
    }

    func submissions(school: String) throws -> [StoredSubmission] {
        try pool.read { db in
            try StoredSubmission.filter(Column("schoolCode") == school).order(Column("receivedAt").desc, Column("id").desc).fetchAll(db)
        }
    }

    func files(submission id: String) throws -> [StoredFile] {
        try pool.read { db in try StoredFile.filter(Column("submissionID") == id).order(Column("number")).fetchAll(db) }
    }

    func file(submission id: String, number: Int) throws -> StoredFile? {
        try pool.read { db in try StoredFile.fetchOne(db, key: ["submissionID": id, "number": number]) }
    }

    func fileCounts(_ ids: [String]) throws -> [String: Int] {
        try pool.read { db in
            var counts: [String: Int] = [:]
            for part in Self.parts(ids) {
                let rows = try Row.fetchAll(
                    db,
                    sql: "SELECT submissionID, COUNT(*) FROM submissionFile WHERE submissionID IN (\(Self.marks(part))) GROUP BY submissionID",
                    arguments: StatementArguments(part))
                for row in rows { counts[row[0]] = row[1] }
            }
            return counts
        }
    }

    func submissionIDs(receivedBefore date: Date) throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM submission WHERE receivedAt < ?", arguments: [date]) }
    }

    /// `ids` in parts small enough for one statement's parameters.
    static func parts(_ ids: some Collection<String>) -> [[String]] {
        let all = Array(ids)
        return stride(from: 0, to: all.count, by: 500).map { Array(all[$0..<min($0 + 500, all.count)]) }
    }

    /// One `?` per id of a part.
    static func marks(_ part: [String]) -> String { part.map { _ in "?" }.joined(separator: ",") }
}
