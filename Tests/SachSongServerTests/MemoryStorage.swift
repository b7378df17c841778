import Foundation

@testable import SachSongServer

/// A second implementation of the storage protocol, in memory: the service's routes and views
/// run over it as over SQLite, which shows the protocol carries everything the service keeps
/// (a PostgreSQL store would stand where this one stands).
final class MemoryStorage: ServeStorage, @unchecked Sendable {
    let folder: String
    private let lock = NSLock()
    private var accountList: [Account] = []
    private var tokens: [APIToken] = []
    private var audits: [AuditEntry] = []
    private var schoolList: [String: School] = [:]
    private var sessions: [String: SessionRecord] = [:]
    private var stored: [String: NewSubmission] = [:]
    private var order: [String] = []
    private var changes = 0

    init(folder: String) throws {
        self.folder = folder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func note(_ actor: Int64?, _ line: (action: String, detail: String)) {
        audits.append(AuditEntry(id: Int64(audits.count + 1), at: Date(), accountID: actor, action: line.action, detail: line.detail))
    }

    private func insertMissing(_ schools: [School], by actor: Int64?) {
        for school in schools where schoolList[school.code] == nil {
            schoolList[school.code] = school
            changes += 1
            note(actor, AuditLine.schoolAdded(school))
        }
    }

    func add(account: Account, school: School?, by actor: Int64?) throws -> Account {
        try locked {
            guard !accountList.contains(where: { $0.name == account.name }) else { throw ServeError.duplicateAccount(account.name) }
            insertMissing(school.map { [$0] } ?? [], by: actor)
            var added = account
            added.id = Int64(accountList.count + 1)
            accountList.append(added)
            note(actor, AuditLine.accountAdded(added))
            return added
        }
    }

    func account(named name: String) throws -> Account? { locked { accountList.first { $0.name == name } } }
    func account(id: Int64) throws -> Account? { locked { accountList.first { $0.id == id } } }
    func accounts() throws -> [Account] { locked { accountList.sorted { $0.name < $1.name } } }
    func isEmpty() throws -> Bool { locked { accountList.isEmpty } }

    func setPassword(account id: Int64, hash: String) throws {
        try locked {
            guard let n = accountList.firstIndex(where: { $0.id == id }) else { throw ServeError.unknownAccount("#\(id)") }
            accountList[n].passwordHash = hash
            accountList[n].mustChangePassword = false
            note(id, AuditLine.passwordChanged(accountList[n]))
        }
    }

    func addToken(hash: String, account name: String, by actor: Int64?) throws {
        try locked {
            guard let id = accountList.first(where: { $0.name == name })?.id else { throw ServeError.unknownAccount(name) }
            tokens.append(APIToken(id: Int64(tokens.count + 1), accountID: id, tokenHash: hash, createdAt: Date(), lastUsedAt: nil))
            note(actor, AuditLine.tokenAdded(account: name))
        }
    }

    func account(tokenHash: String) throws -> Account? {
        locked {
            guard let n = tokens.firstIndex(where: { $0.tokenHash == tokenHash }) else { return nil }
            tokens[n].lastUsedAt = Date()
            return accountList.first { $0.id == tokens[n].accountID }
        }
    }

    func audit(_ actor: Int64?, _ action: String, _ detail: String) throws { locked { note(actor, (action, detail)) } }
    func auditLog() throws -> [AuditEntry] { locked { audits } }

    func add(schools: [School], by actor: Int64?) throws { locked { insertMissing(schools, by: actor) } }
    func school(_ code: String) throws -> School? { locked { schoolList[code] } }

    func schools(group: String?) throws -> [School] {
        locked { schoolList.values.filter { group == nil || $0.groupID == group }.sorted { $0.code < $1.code } }
    }

    func groups() throws -> [String] { locked { Set(schoolList.values.compactMap(\.groupID)).sorted() } }

    func open(session: SessionRecord) throws {
        locked {
            sessions[session.idHash] = session
            sessions = sessions.filter { $0.value.expiresAt >= session.createdAt }
        }
    }

    func session(idHash: String, now: Date) throws -> (Account, SessionRecord)? {
        locked {
            guard let session = sessions[idHash], session.expiresAt > now, let account = accountList.first(where: { $0.id == session.accountID })
            else { return nil }
            return (account, session)
        }
    }

    func closeSession(idHash: String) throws { locked { sessions[idHash] = nil } }

    func closeSessions(account id: Int64, keeping: String?) throws {
        locked { sessions = sessions.filter { $0.value.accountID != id || $0.key == keeping } }
    }

    func record(_ submissions: [NewSubmission]) throws {
        locked {
            for new in submissions {
                stored[new.submission.id] = new
                order.append(new.submission.id)
                changes += 1
                note(new.submission.accountID, AuditLine.submissionAdded(new))
            }
        }
    }

    func submission(id: String) throws -> StoredSubmission? { locked { stored[id]?.submission } }

    func submissions(ids: some Collection<String>) throws -> [String: StoredSubmission] {
        locked { Dictionary(uniqueKeysWithValues: ids.compactMap { id in stored[id].map { (id, $0.submission) } }) }
    }

    func submissions(school: String) throws -> [StoredSubmission] {
        locked {
            stored.values.map(\.submission).filter { $0.schoolCode == school }
                .sorted { ($0.receivedAt, $0.id) > ($1.receivedAt, $1.id) }
        }
    }

    func files(submission id: String) throws -> [StoredFile] { locked { (stored[id]?.files ?? []).sorted { $0.number < $1.number } } }
    func file(submission id: String, number: Int) throws -> StoredFile? { locked { stored[id]?.files.first { $0.number == number } } }

    func fileCounts(_ ids: [String]) throws -> [String: Int] {
        locked { Dictionary(uniqueKeysWithValues: ids.compactMap { id in stored[id].flatMap { $0.files.isEmpty ? nil : (id, $0.files.count) } }) }
    }

    func submissionIDs(receivedBefore date: Date) throws -> [String] {
        locked { order.filter { stored[$0]!.submission.receivedAt < date } }
    }

    func submissionTimes(schools: Set<String>) throws -> [String: [(id: String, receivedAt: Date)]] {
        locked {
            var times: [String: [(id: String, receivedAt: Date)]] = [:]
            for submission in stored.values.map(\.submission).sorted(by: { ($0.receivedAt, $0.id) < ($1.receivedAt, $1.id) })
            where schools.contains(submission.schoolCode) {
                times[submission.schoolCode, default: []].append((submission.id, submission.receivedAt))
            }
            return times
        }
    }

    func figures(ids: some Collection<String>) throws -> [String: SubmissionFigures] {
        locked {
            var found: [String: SubmissionFigures] = [:]
            for id in ids {
                guard let new = stored[id], !new.figures.isEmpty else { continue }
                var figures = SubmissionFigures()
                for figure in new.figures {
                    figures.ratios[figure.indicator] = figure.ratio
                    if let valid = figure.valid { figures.valid[figure.indicator] = valid }
                }
                found[id] = figures
            }
            return found
        }
    }

    func generation() throws -> String { locked { "\(changes)" } }
}
