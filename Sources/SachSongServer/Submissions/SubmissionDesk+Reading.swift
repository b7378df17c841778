import Foundation

/// What the pages read from the store: a school's name, its submissions, their files.
extension SubmissionDesk {
    func stored(id: String) throws -> StoredSubmission? {
        try store.submission(id: id)
    }

    func schoolName(_ code: String) throws -> String {
        try store.school(code)?.name ?? code
    }

    /// A school's submissions, newest first.
    func submissions(school: String) throws -> [StoredSubmission] {
        try store.submissions(school: school)
    }

    /// The number of files of each submission.
    func fileCounts(_ ids: [String]) throws -> [String: Int] {
        guard !ids.isEmpty else { return [:] }
        return try store.fileCounts(ids)
    }

    /// Records a download in the audit log.
    func auditDownload(account: Int64, id: String, what: String) throws {
        try store.audit(account, "download", "\(what) của bài nộp \(id)")
    }

    func schoolExists(_ code: String) throws -> Bool {
        try store.school(code) != nil
    }

    /// Every group of schools, by id.
    func groups() throws -> [String] {
        try store.groups()
    }
}
