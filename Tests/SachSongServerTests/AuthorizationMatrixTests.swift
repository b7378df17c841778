import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

@testable import SachSongServer

/// Every route of the service's route table × every kind of caller × a bearer token and a
/// browser session: who gets in, who is refused and how. Generated from the table itself, so a
/// new route is in the matrix the moment it is registered.
@Suite("Service authorization matrix")
struct AuthorizationMatrixTests {
    /// A kind of caller, seen from the resources of An Phú (school 79000701, ward An Khánh).
    enum Caller: String, CaseIterable {
        case anonymous, admin
        case analystOwnGroup = "phuong-an-khanh"
        case analystOtherGroup = "phuong-binh-trung"
        case analystEverywhere = "so"
        case ownSchool = "an-phu"
        case otherSchool = "hoa-binh"

        var role: Role? {
            switch self {
            case .anonymous: return nil
            case .admin: return .admin
            case .analystOwnGroup, .analystOtherGroup, .analystEverywhere: return .analyst
            case .ownSchool, .otherSchool: return .school
            }
        }

        /// Whether the caller may see An Phú's resources.
        var seesAnPhu: Bool { ![.anonymous, .analystOtherGroup, .otherSchool].contains(self) }
    }

    enum Credential: CaseIterable { case token, session }

    /// What the route must answer this caller, from the route's own declaration.
    enum Expected: Equatable {
        case signIn  // 401 (JSON, file) or 303 to the sign-in page
        case forbidden  // 403
        case notFound  // 404
        case allowed  // anything but 401, 403, 404, 429 and 5xx
    }

    static func expected(_ route: ServeRoute, _ caller: Caller) -> Expected {
        guard case .roles(let roles) = route.audience else { return .allowed }
        guard let role = caller.role else { return .signIn }
        guard roles.contains(role) else { return .forbidden }
        switch route.resource {
        case .none: return .allowed
        case .school, .submission: return caller.seesAnPhu ? .allowed : .notFound
        }
    }

    /// The route's path with its parameters filled with An Phú's resources. A parameter this
    /// test does not know fails the test: a new kind of route needs its filler here.
    static func path(_ route: ServeRoute, submission: String) -> String? {
        let fillers = [":id": submission, ":code": "79000701", ":n": "1", ":indicator": "3.2.hoc_sinh_xac_thuc"]
        var parts: [String] = []
        for part in route.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            if part.hasPrefix(":") {
                guard let value = fillers[part] else { return nil }
                parts.append(value)
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    @Test(
        "Every route × every caller × token and session answers as its declaration says, over SQLite and over a second store",
        arguments: [false, true])
    func matrix(memory: Bool) async throws {
        let world = try ServeWorld(memory: memory)
        defer { world.remove() }
        let students = try ServeWorld.fixture("district/truong_thcs_an_phu/hoc_sinh.csv")
        let routes = world.app.routes
        #expect(routes.count >= 20)
        // No two routes share a method and path.
        #expect(Set(routes.map { "\($0.method) \($0.path)" }).count == routes.count)
        try await world.app.application().test(.router) { client in
            let submission = try await world.submit(client, files: [("hoc_sinh.csv", students)])
            var checked = 0
            for route in routes {
                let path = try #require(Self.path(route, submission: submission), "no filler for a parameter of \(route.path)")
                for caller in Caller.allCases {
                    for credential in Credential.allCases where caller != .anonymous || credential == .token {
                        var headers = HTTPFields()
                        var csrf = ""
                        if caller != .anonymous {
                            switch credential {
                            case .token: headers = world.headers(caller.rawValue)
                            case .session: (headers, csrf) = try world.browser(caller.rawValue)
                            }
                        }
                        var body = ByteBuffer()
                        var uri = path
                        if route.method == .post {
                            if route.path.hasSuffix("/submissions") {
                                headers[.contentType] = ServeWorld.contentType
                                body = ServeWorld.multipart(files: [("hoc_sinh.csv", students)])
                                if credential == .session { uri += "?csrf=\(csrf)" }
                            } else {
                                // Sign-in succeeds; a password change is refused on its merits, not on who sends it.
                                headers[.contentType] = ServeWorld.formType
                                body = ServeWorld.form([
                                    "csrf": csrf, "name": "an-phu", "password": ServeWorld.password("an-phu"), "current": "sai", "new": "ngan",
                                    "again": "khac"
                                ])
                            }
                        }
                        let response = try await client.execute(uri: uri, method: route.method, headers: headers, body: body) { $0 }
                        let status = response.status.code
                        let label = "\(route.method) \(route.path) as \(caller.rawValue) by \(credential)"
                        switch Self.expected(route, caller) {
                        case .signIn:
                            if route.answer == .page {
                                #expect(status == 303 && response.headers[.location]?.hasPrefix("/signin") == true, "\(label): \(status)")
                            } else {
                                #expect(status == 401, "\(label): \(status)")
                            }
                        case .forbidden: #expect(status == 403, "\(label): \(status)")
                        case .notFound: #expect(status == 404, "\(label): \(status)")
                        case .allowed: #expect(![401, 403, 404, 429].contains(status) && status < 500, "\(label): \(status)")
                        }
                        checked += 1
                    }
                }
            }
            #expect(checked == routes.count * (Caller.allCases.count * 2 - 1))
        }
    }

    @Test("A new route without a filler for its parameter is caught by the matrix")
    func unknownParameterIsCaught() {
        let route = ServeRoute(method: .get, path: "/schools/:code/rooms/:room", audience: .anyone, resource: .school, answer: .page) { _ in
            Response(status: .ok)
        }
        #expect(Self.path(route, submission: "x") == nil)
    }
}
