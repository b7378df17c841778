import Foundation

/// Accounts, schools and API tokens in the store, each change written to the audit log in the
/// same transaction.
public struct AccountBook: Sendable {
    let store: any ServeStorage
    /// bcrypt's cost: 12 in use (about a quarter of a second per sign-in on this machine's
    /// class of core); tests lower it.
    let cost: UInt8

    public init(store: ServeStore, cost: UInt8 = 12) {
        self.init(storage: store, cost: cost)
    }

    init(storage: any ServeStorage, cost: UInt8 = 12) {
        store = storage
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
        let account = try store.add(
            account: Account(
                id: nil, name: name, role: role, schoolCode: schoolCode, groupID: role == .school ? nil : groupID,
                passwordHash: hash, mustChangePassword: true, createdAt: Date()),
            school: schoolCode.map { School(code: $0, name: schoolName ?? $0, groupID: groupID) }, by: actor)
        return Created(account: account, oneTimePassword: password)
    }

    /// Makes an API token for an account; returns the token, which is not kept.
    public func addToken(account name: String, by actor: Int64? = nil) throws -> String {
        let token = Secrets.token()
        try store.addToken(hash: Secrets.sha256(Array(token.utf8)), account: name, by: actor)
        return token
    }

    /// The account a bearer token belongs to, or nil.
    public func account(token: String) throws -> Account? {
        try store.account(tokenHash: Secrets.sha256(Array(token.utf8)))
    }

    /// The account when `password` is its password, or nil; the attempt is audited either way.
    public func signIn(name: String, password: String) throws -> Account? {
        let account = try store.account(named: name)
        // A name that is not there costs a hash too, so that timing does not tell which names exist.
        let ok: Bool
        if let account {
            ok = Secrets.verify(password, hash: account.passwordHash)
        } else {
            _ = Secrets.hashPassword(password, cost: cost)
            ok = false
        }
        try store.audit(account?.id, ok ? "signin.ok" : "signin.fail", "tài khoản \(Self.printable(name))")
        return ok ? account : nil
    }

    /// Sets a new password (the one-time password is then spent).
    public func setPassword(account id: Int64, to password: String) throws {
        let hash = Secrets.hashPassword(password, cost: cost)
        try store.setPassword(account: id, hash: hash)
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try store.accounts()
    }

    /// The audit log, oldest first.
    public func auditLog() throws -> [AuditEntry] {
        try store.auditLog()
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
        try store.audit(actor, action, detail)
    }
}
