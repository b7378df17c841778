import Foundation
import SachSong

/// Everything the service keeps, asked for in the service's own terms: accounts, sessions,
/// schools, submissions with their files' reports and figures, the audit log. The books, the
/// submission desk and the office's views speak only to this protocol; `ServeStore` (one SQLite
/// file) is its implementation, and a PostgreSQL store for several instances would be another.
/// Every write that changes accounts, schools or submissions writes its audit line in the same
/// transaction.
protocol ServeStorage: Sendable {
    /// The data folder: uploads as sent and what is made from them live there, beside the store.
    var folder: String { get }

    // MARK: Accounts, schools, tokens

    /// Adds an account (refused with `duplicateAccount` when the name is taken) and, when it is
    /// not there yet, `school`. Returns the account with its id.
    func add(account: Account, school: School?, by actor: Int64?) throws -> Account
    func account(named name: String) throws -> Account?
    func account(id: Int64) throws -> Account?
    /// Every account, by name.
    func accounts() throws -> [Account]
    /// Whether the store holds any account.
    func isEmpty() throws -> Bool
    /// Sets an account's password hash; its one-time password is then spent.
    func setPassword(account id: Int64, hash: String) throws
    /// Keeps the hash of an API token of account `name`.
    func addToken(hash: String, account name: String, by actor: Int64?) throws
    /// The account of a token's hash, marking the token used.
    func account(tokenHash: String) throws -> Account?
    /// Writes one line to the audit log.
    func audit(_ actor: Int64?, _ action: String, _ detail: String) throws
    /// The audit log, oldest first.
    func auditLog() throws -> [AuditEntry]

    /// Adds the schools not there yet (by code); the others stay as they are.
    func add(schools: [School], by actor: Int64?) throws
    func school(_ code: String) throws -> School?
    /// The schools of `group` (every school when nil), by code.
    func schools(group: String?) throws -> [School]
    /// Every group of schools, by id.
    func groups() throws -> [String]

    // MARK: Sessions

    /// Keeps a new session and forgets the expired ones.
    func open(session: SessionRecord) throws
    /// The session of a cookie's hash and its account, when it is open and not expired at `now`.
    func session(idHash: String, now: Date) throws -> (Account, SessionRecord)?
    func closeSession(idHash: String) throws
    /// Ends every session of an account but the one of `keeping` (a cookie's hash).
    func closeSessions(account id: Int64, keeping: String?) throws

    // MARK: Submissions

    /// Keeps submissions with their files' reports and figures, all or none.
    func record(_ submissions: [NewSubmission]) throws
    func submission(id: String) throws -> StoredSubmission?
    /// The stored submissions `ids`, by id.
    func submissions(ids: some Collection<String>) throws -> [String: StoredSubmission]
    /// A school's submissions, newest first.
    func submissions(school: String) throws -> [StoredSubmission]
    /// A submission's files, by number.
    func files(submission id: String) throws -> [StoredFile]
    func file(submission id: String, number: Int) throws -> StoredFile?
    /// The number of files of each submission.
    func fileCounts(_ ids: [String]) throws -> [String: Int]
    /// The submissions received before `date`.
    func submissionIDs(receivedBefore date: Date) throws -> [String]

    // MARK: The office's figures

    /// When each of `schools` submitted: its submissions oldest first (ties by id).
    func submissionTimes(schools: Set<String>) throws -> [String: [(id: String, receivedAt: Date)]]
    /// The figures of the submissions `ids`: per submission, each indicator's ratio and (for
    /// 3.1) its valid-records ratio.
    func figures(ids: some Collection<String>) throws -> [String: SubmissionFigures]
    /// A value that changes whenever a submission or a school is added (the office's caches
    /// hold while it stays the same).
    func generation() throws -> String
}

/// A checked submission to keep: its row, its files' reports and its figures per indicator.
struct NewSubmission: Sendable {
    var submission: StoredSubmission
    var files: [StoredFile]
    var figures: [StoredFigure]
}

/// A submission's figures: each indicator's ratio, and the valid-records ratio where counted.
struct SubmissionFigures: Sendable {
    var ratios: [String: Ratio] = [:]
    var valid: [String: Ratio] = [:]
}
