import Foundation
import GRDB

/// Accounts, schools and API tokens in the store, each change written to the audit log in the
/// same transaction.
public struct AccountBook: Sendable {
    let store: ServeStore
    /// bcrypt's cost: 12 in use (about a quarter of a second per sign-in on this machine's
    /// class of core); tests lower it.
    let cost: UInt8

    public init(store: ServeStore, cost: UInt8 = 12) {
        self.store = store
        self.cost = cost
    }

    /// What a new account's owner needs: the account and its one-time password.
    public struct Created: Sendable {
        public let account: Account
        public let oneTimePassword: String
    }

    /// Creates an account with a one-time password, and its school when the code is new.
    public func add(
        name: String, role: Role, schoolCode: String? = nil, schoolName: String? = nil, groupID: String? = nil,
        by actor: Int64? = nil
    ) throws -> Created {
        try Self.validate(name)
        switch role {
        case .school: guard let schoolCode, !schoolCode.isEmpty else { throw ServeError.schoolRoleNeedsSchool }
        case .admin, .analyst: guard schoolCode == nil else { throw ServeError.schoolOnlyForSchoolRole }
        }
        if let schoolCode { try Self.validate(schoolCode) }
        if let groupID { try Self.validate(groupID) }
        let password = Secrets.oneTimePassword()
        let hash = Secrets.hashPassword(password, cost: cost)
        let account = try store.pool.write { db -> Account in
            guard try Account.filter(Column("name") == name).fetchCount(db) == 0 else { throw ServeError.duplicateAccount(name) }
            if let schoolCode, try School.fetchOne(db, key: schoolCode) == nil {
                try School(code: schoolCode, name: schoolName ?? schoolCode, groupID: groupID).insert(db)
                try Self.audit(db, actor, "school.add", "trường \(schoolCode)")
            }
            var account = Account(
                id: nil, name: name, role: role, schoolCode: schoolCode, groupID: role == .school ? nil : groupID,
                passwordHash: hash, mustChangePassword: true, createdAt: Date())
            try account.insert(db)
            try Self.audit(db, actor, "account.add", "tài khoản \(name) (\(role.rawValue))")
            return account
        }
        return Created(account: account, oneTimePassword: password)
    }

    /// Makes an API token for an account; returns the token, which is not kept.
    public func addToken(account name: String, by actor: Int64? = nil) throws -> String {
        let token = Secrets.token()
        try store.pool.write { db in
            guard let account = try Account.filter(Column("name") == name).fetchOne(db), let id = account.id else {
                throw ServeError.unknownAccount(name)
            }
            var record = APIToken(id: nil, accountID: id, tokenHash: Secrets.sha256(Array(token.utf8)), createdAt: Date(), lastUsedAt: nil)
            try record.insert(db)
            try Self.audit(db, actor, "token.add", "mã API cho \(name)")
        }
        return token
    }

    /// The account a bearer token belongs to, or nil.
    public func account(token: String) throws -> Account? {
        let hash = Secrets.sha256(Array(token.utf8))
        return try store.pool.write { db in
            guard var record = try APIToken.filter(Column("tokenHash") == hash).fetchOne(db) else { return nil }
            record.lastUsedAt = Date()
            try record.update(db)
            return try Account.fetchOne(db, key: record.accountID)
        }
    }

    /// The account when `password` is its password, or nil; the attempt is audited either way.
    public func signIn(name: String, password: String) throws -> Account? {
        let account = try store.pool.read { db in try Account.filter(Column("name") == name).fetchOne(db) }
        // A name that is not there costs a hash too, so that timing does not tell which names exist.
        let ok: Bool
        if let account {
            ok = Secrets.verify(password, hash: account.passwordHash)
        } else {
            _ = Secrets.hashPassword(password, cost: cost)
            ok = false
        }
        try store.pool.write { db in
            try Self.audit(db, account?.id, ok ? "signin.ok" : "signin.fail", "tài khoản \(Self.printable(name))")
        }
        return ok ? account : nil
    }

    /// Sets a new password (the one-time password is then spent).
    public func setPassword(account id: Int64, to password: String) throws {
        let hash = Secrets.hashPassword(password, cost: cost)
        try store.pool.write { db in
            guard var account = try Account.fetchOne(db, key: id) else { throw ServeError.unknownAccount("#\(id)") }
            account.passwordHash = hash
            account.mustChangePassword = false
            try account.update(db)
            try Self.audit(db, id, "password.change", "tài khoản \(account.name)")
        }
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try store.pool.read { db in try Account.order(Column("name")).fetchAll(db) }
    }

    /// The audit log, oldest first.
    public func auditLog() throws -> [AuditEntry] {
        try store.pool.read { db in try AuditEntry.order(Column("id")).fetchAll(db) }
    }

    static func audit(_ db: Database, _ actor: Int64?, _ action: String, _ detail: String) throws {
        var entry = AuditEntry(id: nil, at: Date(), accountID: actor, action: action, detail: detail)
        try entry.insert(db)
    }

    /// A name, code or group: 1–64 characters, no control characters.
    static func validate(_ name: String) throws {
        guard (1...64).contains(name.count), !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw ServeError.badName(printable(name))
        }
    }

    /// A name as the audit log and messages may show it: control characters dropped, at most 64.
    static func printable(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.properties.generalCategory != .control }).prefix(64))
    }
}

extension AccountBook {
    /// Writes one line to the audit log, in its own transaction.
    func audit(_ actor: Int64?, _ action: String, _ detail: String) throws {
        try store.pool.write { db in try Self.audit(db, actor, action, detail) }
    }
}
