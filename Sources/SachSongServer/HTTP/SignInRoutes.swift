import Foundation
import HTTPTypes
import Hummingbird

/// Signing in and out, and changing a password. Failed sign-ins are limited per account name
/// and per address (429); a one-time password must be changed before anything else.
struct SignInRoutes {
    let app: ServeApp
    /// Failed sign-ins allowed in the window, per name and per address.
    static let failuresPerName = 5
    static let failuresPerAddress = 20
    static let window: TimeInterval = 15 * 60

    var routes: [ServeRoute] {
        [
            ServeRoute(method: .get, path: "/signin", audience: .everyone, resource: .none, answer: .page, handler: signInPage),
            ServeRoute(method: .post, path: "/signin", audience: .everyone, resource: .none, answer: .page, handler: signIn),
            ServeRoute(method: .post, path: "/signout", audience: .anyone, resource: .none, answer: .page, handler: signOut),
            ServeRoute(method: .get, path: "/password", audience: .anyone, resource: .none, answer: .page, handler: passwordPage),
            ServeRoute(method: .post, path: "/password", audience: .anyone, resource: .none, answer: .page, handler: changePassword)
        ]
    }

    @Sendable func signInPage(_ input: RouteInput) async throws -> Response {
        if input.caller != nil { return Gate.redirect("/") }
        return app.pages.page("signin", title: "Đăng nhập", caller: nil, values: ["next": Self.safeNext(input.request.uri.queryParameters.get("next"))])
    }

    @Sendable func signIn(_ input: RouteInput) async throws -> Response {
        let name = AccountBook.printable(input.form["name"]?.trimmingCharacters(in: .whitespaces) ?? "")
        let password = input.form["password"] ?? ""
        let next = Self.safeNext(input.form["next"])
        let address = clientAddress(input)
        let nameKey = "signin-name:\(name.lowercased())"
        let addressKey = "signin-address:\(address)"
        guard await app.limiter.allows(nameKey, limit: Self.failuresPerName, window: Self.window),
            await app.limiter.allows(addressKey, limit: Self.failuresPerAddress, window: Self.window)
        else {
            try app.book.audit(nil, "signin.limited", "tài khoản \(name)")
            return app.pages.page(
                "signin", title: "Đăng nhập", caller: nil,
                values: ["message": "Đăng nhập sai quá nhiều lần: hãy thử lại sau 15 phút.", "name": name, "next": next], status: .tooManyRequests)
        }
        let book = app.book
        guard let account = try await CheckQueue.offThread({ try book.signIn(name: name, password: password) }), let id = account.id else {
            await app.limiter.record(nameKey, window: Self.window)
            await app.limiter.record(addressKey, window: Self.window)
            return app.pages.page(
                "signin", title: "Đăng nhập", caller: nil, values: ["message": "Tên tài khoản hoặc mật khẩu không đúng.", "name": name, "next": next],
                status: .unauthorized)
        }
        await app.limiter.clear(nameKey)
        let (cookie, _) = try app.sessions.open(account: id)
        var response = Gate.redirect(account.mustChangePassword ? "/password" : (next.isEmpty ? "/" : next))
        response.setCookie(sessionCookie(cookie, input.request))
        return response
    }

    @Sendable func signOut(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        if let cookie = caller.sessionCookie { try app.sessions.close(cookie: cookie) }
        try app.book.audit(caller.id, "signout", "tài khoản \(caller.account.name)")
        var response = Gate.redirect("/signin")
        response.setCookie(
            Cookie(name: Gate.cookieName, value: "", maxAge: 0, path: "/", secure: app.settings.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    @Sendable func passwordPage(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        return app.pages.page("password", title: "Đổi mật khẩu", caller: caller, values: ["mustChange": caller.account.mustChangePassword])
    }

    @Sendable func changePassword(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let current = input.form["current"] ?? ""
        let new = input.form["new"] ?? ""
        func refuse(_ message: String) -> Response {
            app.pages.page(
                "password", title: "Đổi mật khẩu", caller: caller, values: ["mustChange": caller.account.mustChangePassword, "message": message],
                status: .badRequest)
        }
        guard new == input.form["again"] else { return refuse("Hai lần nhập mật khẩu mới không giống nhau.") }
        guard new.count >= 10 else { return refuse("Mật khẩu mới cần ít nhất 10 ký tự.") }
        guard new != current else { return refuse("Mật khẩu mới phải khác mật khẩu hiện tại.") }
        let book = app.book
        let name = caller.account.name
        guard try await CheckQueue.offThread({ try book.signIn(name: name, password: current) }) != nil else {
            return refuse("Mật khẩu hiện tại không đúng.")
        }
        try await CheckQueue.offThread { try book.setPassword(account: caller.id, to: new) }
        try app.sessions.closeOthers(account: caller.id, keeping: caller.sessionCookie)
        return Gate.redirect("/")
    }

    /// The session cookie: HttpOnly, SameSite=Strict, and Secure behind TLS.
    private func sessionCookie(_ value: String, _ request: Request) -> Cookie {
        let secure = app.settings.secureCookies || request.headers[HTTPField.Name("X-Forwarded-Proto")!] == "https"
        return Cookie(
            name: Gate.cookieName, value: value, maxAge: Int(SessionBook.lifetime), path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// Where to go after signing in: a path of this site only (never `//other` or a URL).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), next.count < 512 else { return "" }
        return next
    }

    /// The caller's address: the proxy's `X-Real-IP` when the service is told it sits behind
    /// one, else the peer.
    private func clientAddress(_ input: RouteInput) -> String {
        if app.settings.behindProxy, let real = input.request.headers[HTTPField.Name("X-Real-IP")!] { return real }
        return input.context.remoteAddress?.ipAddress ?? "?"
    }
}
