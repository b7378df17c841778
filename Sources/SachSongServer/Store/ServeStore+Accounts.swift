import Foundation
import GRDB

/// Accounts, schools, tokens and the audit log in SQLite.
extension ServeStore {
    func add(account: Account, school: School?, by actor: Int64?) throws -> Account {
        try pool.write { db -> Account in
            guard try Account.filter(Column("name") == account.name).fetchCount(db) == 0 else { throw ServeError.duplicateAccount(account.name) }
            try Self.insertMissing(db, schools: school.map { [$0] } ?? [], by: actor)
            var added = account
            try added.insert(db)
            try Self.audit(db, actor, AuditLine.accountAdded(account))
            return added
        }
    }

    func account(named name: String) throws -> Account? {
        try pool.read { db in try Account.filter(Column("name") == name).fetchOne(db) }
    }

    func account(id: Int64) throws -> Account? {
        try pool.read { db in try Account.fetchOne(db, key: id) }
    }

    func accounts() throws -> [Account] {
        try pool.read { db in try Account.order(Column("name")).fetchAll(db) }
    }

    public func isEmpty() throws -> Bool {
        try pool.read { db in try Account.fetchCount(db) == 0 }
    }

    func setPassword(account id: Int64, hash: String) throws {
        try pool.write { db in
            guard var account = try Account.fetchOne(db, key: id) else { throw ServeError.unknownAccount("#\(id)") }
            account.passwordHash = hash
            account.mustChangePassword = false
            try account.update(db)
            try Self.audit(db, id, AuditLine.passwordChanged(account))
        }
    }

    func addToken(hash: String, account name: String, by actor: Int64?) throws {
        try pool.write { db in
            guard let account = try Account.filter(Column("name") == name).fetchOne(db), let id = account.id else {
                throw ServeError.unknownAccount(name)
            }
            var record = APIToken(id: nil, accountID: id, tokenHash: hash, createdAt: Date(), lastUsedAt: nil)
            try record.insert(db)
            try Self.audit(db, actor, AuditLine.tokenAdded(account: name))
        }
    }

    func account(tokenHash: String) throws -> Account? {
        try pool.write { db in
            guard var record = try APIToken.filter(Column("tokenHash") == tokenHash).fetchOne(db) else { return nil }
            record.lastUsedAt = Date()
            try record.update(db)
            return try Account.fetchOne(db, key: record.accountID)
        }
    }

    func audit(_ actor: Int64?, _ action: String, _ detail: String) throws {
        try pool.write { db in try Self.audit(db, actor, action, detail) }
    }

    func auditLog() throws -> [AuditEntry] {
        try pool.read { db in try AuditEntry.order(Column("id")).fetchAll(db) }
    }

    func add(schools: [School], by actor: Int64?) throws {
        try pool.write { db in try Self.insertMissing(db, schools: schools, by: actor) }
    }

    /// Inserts the schools not there yet, each audited, in the caller's transaction.
    private static func insertMissing(_ db: Database, schools: [School], by actor: Int64?) throws {
        for school in schools where try School.fetchOne(db, key: school.code) == nil {
            try school.insert(db)
            try audit(db, actor, AuditLine.schoolAdded(school))
        }
    }

    func school(_ code: String) throws -> School? {
        try pool.read { db in try School.fetchOne(db, key: code) }
    }

    func schools(group: String?) throws -> [School] {
        try pool.read { db in
            var request = School.order(Column("code"))
            if let group { request = request.filter(Column("groupID") == group) }
            return try request.fetchAll(db)
        }
    }

    func groups() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT groupID FROM school WHERE groupID IS NOT NULL ORDER BY groupID") }
    }

    /// One line of the audit log, in the caller's transaction.
    static func audit(_ db: Database, _ actor: Int64?, _ line: (action: String, detail: String)) throws {
        try audit(db, actor, line.action, line.detail)
    }

    /// One line of the audit log, in the caller's transaction.
    static func audit(_ db: Database, _ actor: Int64?, _ action: String, _ detail: String) throws {
        var entry = AuditEntry(id: nil, at: Date(), accountID: actor, action: action, detail: detail)
        try entry.insert(db)
    }
}
