/// Who is asking: an account, signed in by a session cookie (pages) or a bearer token (API).
struct Caller: Sendable {
    let account: Account
    /// The session's CSRF token; nil for a bearer token, which a browser never sends by itself.
    let csrfToken: String?
    /// The session cookie's value (to sign out); nil for a bearer token.
    let sessionCookie: String?

    var id: Int64 { account.id ?? 0 }
}
