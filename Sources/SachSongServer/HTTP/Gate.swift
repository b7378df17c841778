import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Every route passes here first: the caller is found (bearer token or session cookie), the
/// route's audience enforced (401, or the sign-in page; 403 for a role it is not for), the
/// per-account rate applied (429), a one-time password sent to be changed, and a signed-in
/// browser's POST checked for its CSRF token (403). Refusals are answered as the route answers:
/// JSON with a Vietnamese `error`, or a page. Nothing personal is logged.
struct Gate: Sendable {
    let app: ServeApp
    static let cookieName = "sachsong_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!
    /// Where a one-time password may still go: the page that changes it, and signing out.
    static let beforePasswordChange: Set<String> = ["/password", "/signout"]
    /// The largest URL-encoded form read (sign-in, password change).
    static let maxFormBytes = 64 * 1024

    func respond(_ route: ServeRoute, _ request: Request, _ context: ServeContext) async -> Response {
        var request = request
        var caller: Caller?
        do {
            caller = try identify(request)
            var form: [String: String] = [:]
            if request.method == .post { form = try await Self.readForm(&request) }
            if case .roles(let roles) = route.audience {
                guard let caller else { throw Refusal.signInNeeded }
                if caller.account.mustChangePassword, caller.sessionCookie != nil, !Self.beforePasswordChange.contains(route.path) {
                    throw Refusal.passwordChangeNeeded
                }
                guard await app.limiter.take("request:\(caller.id)", limit: app.settings.requestsPerMinute, window: 60) else {
                    throw APIRefusal(status: .tooManyRequests, message: "Quá nhiều yêu cầu từ tài khoản này: thử lại sau một phút.")
                }
                guard roles.contains(caller.account.role) else {
                    throw APIRefusal(status: .forbidden, message: "Tài khoản \(Self.roleName(caller.account.role)) không dùng được chức năng này.")
                }
                if request.method == .post, let expected = caller.csrfToken {
                    let sent = request.headers[Self.csrfHeader] ?? request.uri.queryParameters.get("csrf") ?? form["csrf"]
                    guard let sent, Self.same(sent, expected) else {
                        throw APIRefusal(status: .forbidden, message: "Biểu mẫu đã hết hạn hoặc không đến từ trang của dịch vụ: tải lại trang rồi gửi lại.")
                    }
                }
            }
            return try await route.handler(RouteInput(request: request, context: context, caller: caller, form: form))
        } catch Refusal.signInNeeded {
            if route.answer == .page {
                let next = request.uri.path == "/" ? "" : "?next=" + (request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                return Self.redirect("/signin" + next)
            }
            return JSONResponse.error(.unauthorized, APIRefusal.unauthorized.message)
        } catch Refusal.passwordChangeNeeded {
            if route.answer == .page { return Self.redirect("/password") }
            return JSONResponse.error(.forbidden, "Cần đổi mật khẩu dùng một lần trước (trang /password).")
        } catch let refusal as APIRefusal {
            var response =
                route.answer == .page
                ? app.pages.error(refusal.status, refusal.message, caller: caller) : JSONResponse.error(refusal.status, refusal.message)
            if refusal.status == .tooManyRequests { response.headers[.retryAfter] = "60" }
            return response
        } catch {
            // The error's text may quote a file's content: only its type reaches the log.
            context.logger.error("lỗi máy chủ ở \(route.method) \(route.path): \(type(of: error))")
            let message = "Lỗi máy chủ; đã ghi nhận."
            return route.answer == .page
                ? app.pages.error(.internalServerError, message, caller: caller) : JSONResponse.error(.internalServerError, message)
        }
    }

    private enum Refusal: Error { case signInNeeded, passwordChangeNeeded }

    /// The caller of a bearer token (401 if it is not valid) or a session cookie (none if stale).
    private func identify(_ request: Request) throws -> Caller? {
        if let header = request.headers[.authorization] {
            guard header.hasPrefix("Bearer "),
                let account = try app.book.account(token: String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces))
            else { throw APIRefusal.unauthorized }
            return Caller(account: account, csrfToken: nil, sessionCookie: nil)
        }
        guard let cookie = request.cookies[Self.cookieName]?.value, let (account, session) = try app.sessions.find(cookie: cookie) else {
            return nil
        }
        return Caller(account: account, csrfToken: session.csrfToken, sessionCookie: cookie)
    }

    /// The fields of a URL-encoded form body; any other body is left to the handler.
    static func readForm(_ request: inout Request) async throws -> [String: String] {
        guard let type = request.headers[.contentType]?.lowercased(), type.hasPrefix("application/x-www-form-urlencoded") else { return [:] }
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: maxFormBytes) } catch {
            throw APIRefusal(status: .contentTooLarge, message: "Biểu mẫu quá dài.")
        }
        return FormFields.parse(String(buffer: buffer))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// Compares two tokens in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }

    static func roleName(_ role: Role) -> String {
        switch role {
        case .admin: return "quản trị"
        case .analyst: return "chuyên viên"
        case .school: return "trường"
        }
    }
}
