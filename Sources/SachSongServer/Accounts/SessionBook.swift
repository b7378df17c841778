import Foundation

/// Sessions of signed-in browsers: opened at sign-in, found by cookie, closed at sign-out or
/// when a password changes (every other session of the account ends).
struct SessionBook: Sendable {
    let store: any ServeStorage
    /// How long a session lasts: a working day.
    static let lifetime: TimeInterval = 12 * 3600

    /// Opens a session; returns the cookie's value and the CSRF token.
    func open(account id: Int64) throws -> (cookie: String, csrf: String) {
        let cookie = Secrets.token()
        let csrf = Secrets.token()
        let now = Date()
        try store.open(
            session: SessionRecord(
                idHash: Secrets.sha256(Array(cookie.utf8)), accountID: id, csrfToken: csrf, createdAt: now,
                expiresAt: now.addingTimeInterval(Self.lifetime)))
        return (cookie, csrf)
    }

    /// The account and session of a cookie, when it is open and not expired.
    func find(cookie: String) throws -> (Account, SessionRecord)? {
        try store.session(idHash: Secrets.sha256(Array(cookie.utf8)), now: Date())
    }

    /// Ends the session of a cookie.
    func close(cookie: String) throws {
        try store.closeSession(idHash: Secrets.sha256(Array(cookie.utf8)))
    }

    /// Ends every session of an account but the one of `keeping`.
    func closeOthers(account id: Int64, keeping cookie: String?) throws {
        try store.closeSessions(account: id, keeping: cookie.map { Secrets.sha256(Array($0.utf8)) })
    }
}
