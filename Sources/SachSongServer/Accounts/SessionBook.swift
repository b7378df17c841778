import Foundation
import GRDB

/// Sessions of signed-in browsers: opened at sign-in, found by cookie, closed at sign-out or
/// when a password changes (every other session of the account ends).
struct SessionBook: Sendable {
    let store: ServeStore
    /// How long a session lasts: a working day.
    static let lifetime: TimeInterval = 12 * 3600

    /// Opens a session; returns the cookie's value and the CSRF token.
    func open(account id: Int64) throws -> (cookie: String, csrf: String) {
        let cookie = Secrets.token()
        let csrf = Secrets.token()
        let now = Date()
        try store.pool.write { db in
            try SessionRecord(
                idHash: Secrets.sha256(Array(cookie.utf8)), accountID: id, csrfToken: csrf, createdAt: now,
                expiresAt: now.addingTimeInterval(Self.lifetime)
            ).insert(db)
            try SessionRecord.filter(Column("expiresAt") < now).deleteAll(db)
        }
        return (cookie, csrf)
    }

    /// The account and session of a cookie, when it is open and not expired.
    func find(cookie: String) throws -> (Account, SessionRecord)? {
        let hash = Secrets.sha256(Array(cookie.utf8))
        return try store.pool.read { db in
            guard let session = try SessionRecord.fetchOne(db, key: hash), session.expiresAt > Date(),
                let account = try Account.fetchOne(db, key: session.accountID)
            else { return nil }
            return (account, session)
        }
    }

    /// Ends the session of a cookie.
    func close(cookie: String) throws {
        let hash = Secrets.sha256(Array(cookie.utf8))
        _ = try store.pool.write { db in try SessionRecord.deleteOne(db, key: hash) }
    }

    /// Ends every session of an account but the one of `keeping`.
    func closeOthers(account id: Int64, keeping cookie: String?) throws {
        let kept = cookie.map { Secrets.sha256(Array($0.utf8)) } ?? ""
        _ = try store.pool.write { db in
            try SessionRecord.filter(Column("accountID") == id && Column("idHash") != kept).deleteAll(db)
        }
    }
}
