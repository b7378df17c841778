import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

@testable import SachSongServer

/// Signing in through the pages: the cookie's flags, the one-time password changed first,
/// CSRF refusals, and the limits on failed sign-ins and on requests.
@Suite("Service sessions")
struct SessionTests {
    static func signIn(_ client: some TestClientProtocol, _ name: String, _ password: String, headers: HTTPFields = [:]) async throws
        -> TestResponse
    {
        var fields = headers
        fields[.contentType] = ServeWorld.formType
        return try await client.execute(
            uri: "/signin", method: .post, headers: fields, body: ServeWorld.form(["name": name, "password": password, "next": "/"])
        ) { $0 }
    }

    static func cookie(_ response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(Gate.cookieName + "=") }
    }

    @Test("Sign in with a one-time password: HttpOnly SameSite=Strict cookie, the password page first, then changed")
    func firstSignIn() async throws {
        let world = try ServeWorld()
        defer { world.remove() }
        try await world.app.application().test(.router) { client in
            let wrong = try await Self.signIn(client, "moi", "sai-mat-khau")
            #expect(wrong.status == .unauthorized)
            #expect(String(buffer: wrong.body).contains("Tên tài khoản hoặc mật khẩu không đúng"))
            #expect(Self.cookie(wrong) == nil)

            let response = try await Self.signIn(client, "moi", world.oneTimePassword)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/password")
            let setCookie = try #require(Self.cookie(response))
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            #expect(!setCookie.contains("Secure"))
            let cookie = String(setCookie.prefix { $0 != ";" })
            let browser: HTTPFields = [.cookie: cookie]

            // Anything but the password page sends back to it.
            let home = try await client.execute(uri: "/", method: .get, headers: browser) { $0 }
            #expect(home.status == .seeOther)
            #expect(home.headers[.location] == "/password")
            let page = try await client.execute(uri: "/password", method: .get, headers: browser) { $0 }
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("mật khẩu dùng một lần"))
            let csrf = try #require(Self.csrf(in: html))

            var form = browser
            form[.contentType] = ServeWorld.formType
            func change(_ fields: [String: String]) async throws -> TestResponse {
                try await client.execute(uri: "/password", method: .post, headers: form, body: ServeWorld.form(fields)) { $0 }
            }
            let short = try await change(["csrf": csrf, "current": world.oneTimePassword, "new": "ngan", "again": "ngan"])
            #expect(short.status == .badRequest)
            let noToken = try await change(["current": world.oneTimePassword, "new": "mat-khau-moi-dai", "again": "mat-khau-moi-dai"])
            #expect(noToken.status == .forbidden)
            let done = try await change(["csrf": csrf, "current": world.oneTimePassword, "new": "mat-khau-moi-dai", "again": "mat-khau-moi-dai"])
            #expect(done.status == .seeOther)
            #expect(done.headers[.location] == "/")
            let after = try await client.execute(uri: "/", method: .get, headers: browser) { $0 }
            #expect(after.status == .ok)
            #expect(String(buffer: after.body).contains("Nộp dữ liệu của Trường THCS An Phú"))

            // The one-time password is spent; the new one works.
            #expect(try await Self.signIn(client, "moi", world.oneTimePassword).status == .unauthorized)
            #expect(try await Self.signIn(client, "moi", "mat-khau-moi-dai").headers[.location] == "/")
        }
        let actions = try world.app.book.auditLog().map(\.action)
        #expect(actions.contains("signin.fail"))
        #expect(actions.contains("signin.ok"))
        #expect(actions.contains("password.change"))
    }

    @Test("Behind TLS (X-Forwarded-Proto: https) the cookie is Secure; sign-out ends the session")
    func secureAndSignOut() async throws {
        let world = try ServeWorld()
        defer { world.remove() }
        try await world.app.application().test(.router) { client in
            let response = try await Self.signIn(client, "an-phu", ServeWorld.password("an-phu"), headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
            let setCookie = try #require(Self.cookie(response))
            #expect(setCookie.contains("Secure"))
            let browser: HTTPFields = [.cookie: String(setCookie.prefix { $0 != ";" })]
            let home = try await client.execute(uri: "/", method: .get, headers: browser) { $0 }
            let csrf = try #require(Self.csrf(in: String(buffer: home.body)))
            var form = browser
            form[.contentType] = ServeWorld.formType
            let out = try await client.execute(uri: "/signout", method: .post, headers: form, body: ServeWorld.form(["csrf": csrf])) { $0 }
            #expect(out.status == .seeOther)
            let again = try await client.execute(uri: "/", method: .get, headers: browser) { $0 }
            #expect(again.status == .seeOther)
            #expect(again.headers[.location] == "/signin")
        }
    }

    @Test("CSRF: a signed-in browser's POST without the session's token is refused; a bearer token needs none")
    func csrf() async throws {
        let world = try ServeWorld()
        defer { world.remove() }
        let students = try ServeWorld.fixture("district/truong_thcs_an_phu/hoc_sinh.csv")
        try await world.app.application().test(.router) { client in
            let (browser, token) = try world.browser("an-phu", contentType: ServeWorld.contentType)
            let body = ServeWorld.multipart(files: [("hoc_sinh.csv", students)])
            for uri in ["/submissions", "/submissions?csrf=ss_khong-phai", "/api/v1/submissions"] {
                let refused = try await client.execute(uri: uri, method: .post, headers: browser, body: body) { $0 }
                #expect(refused.status == .forbidden, "\(uri)")
            }
            // Another session's token is no good either.
            let (_, otherToken) = try world.browser("an-phu")
            let crossed = try await client.execute(uri: "/submissions?csrf=\(otherToken)", method: .post, headers: browser, body: body) { $0 }
            #expect(crossed.status == .forbidden)
            var withHeader = browser
            withHeader[Gate.csrfHeader] = token
            let accepted = try await client.execute(uri: "/api/v1/submissions", method: .post, headers: withHeader, body: body) { $0 }
            #expect(accepted.status == .created)
            let page = try await client.execute(uri: "/submissions?csrf=\(token)", method: .post, headers: browser, body: body) { $0 }
            #expect(page.status == .seeOther)
            let bearer = try await client.execute(
                uri: "/api/v1/submissions", method: .post, headers: world.headers("an-phu", contentType: ServeWorld.contentType), body: body
            ) { $0 }
            #expect(bearer.status == .created)
        }
        // Two accepted through the API, one from the page (checked in the background).
        for _ in 0..<100 where try world.app.desk.submissions(school: "79000701").count < 3 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(try world.app.desk.submissions(school: "79000701").count == 3)
    }

    @Test("429: failed sign-ins per account name, even with the right password after; requests per account")
    func rateLimits() async throws {
        let world = try ServeWorld(requestsPerMinute: 5)
        defer { world.remove() }
        try await world.app.application().test(.router) { client in
            for _ in 0..<SignInRoutes.failuresPerName {
                #expect(try await Self.signIn(client, "hoa-binh", "sai").status == .unauthorized)
            }
            let blocked = try await Self.signIn(client, "hoa-binh", ServeWorld.password("hoa-binh"))
            #expect(blocked.status == .tooManyRequests)
            #expect(Self.cookie(blocked) == nil)
            // Another account is not blocked by these failures.
            #expect(try await Self.signIn(client, "an-phu", ServeWorld.password("an-phu")).status == .seeOther)

            var statuses: [UInt16] = []
            for _ in 0..<7 {
                let response = try await client.execute(uri: "/api/v1/indicators", method: .get, headers: world.headers("so")) { $0 }
                statuses.append(UInt16(response.status.code))
                if response.status == .tooManyRequests {
                    #expect(response.headers[.retryAfter] == "60")
                    #expect(try ServeWorld.object(response.body)["error"] is String)
                }
            }
            #expect(statuses == [200, 200, 200, 200, 200, 429, 429])
            // The limit is per account.
            #expect(try await client.execute(uri: "/api/v1/indicators", method: .get, headers: world.headers("admin")) { $0 }.status == .ok)
        }
        #expect(try world.app.book.auditLog().contains { $0.action == "signin.limited" })
    }

    @Test("After sign-in the browser goes where it was sent, but never to another site")
    func nextIsLocal() {
        #expect(SignInRoutes.safeNext("/submissions/abc") == "/submissions/abc")
        #expect(SignInRoutes.safeNext("//evil.example/") == "")
        #expect(SignInRoutes.safeNext("https://evil.example/") == "")
        #expect(SignInRoutes.safeNext("/\\evil.example") == "")
        #expect(SignInRoutes.safeNext(nil) == "")
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
