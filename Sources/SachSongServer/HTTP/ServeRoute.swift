import Hummingbird

/// One route of the service, as the router registers it and the authorization tests read it:
/// who may call it at all, which resource its path names, and how a refusal is answered.
struct ServeRoute: Sendable {
    /// Who may reach the handler.
    enum Audience: Sendable {
        /// Anyone, signed in or not (sign-in page, style sheet).
        case everyone
        /// A signed-in account of one of these roles; other roles are refused with 403.
        case roles(Set<Role>)

        static let anyone = Audience.roles([.admin, .analyst, .school])
    }

    /// What the path's parameters name, so that a test can fill them with its own school's
    /// resources and another's. The handler answers 404 for what the caller may not see.
    enum Resource: Sendable {
        case none
        /// `:code`, a school.
        case school
        /// `:id`, a submission (and `:n`, one of its files).
        case submission
    }

    /// How the route answers: JSON for scripts, pages for browsers.
    enum Answer: Sendable { case json, page, file }

    let method: HTTPRequest.Method
    let path: String
    let audience: Audience
    let resource: Resource
    let answer: Answer
    let handler: @Sendable (RouteInput) async throws -> Response
}

/// What a handler receives: the request, its context, the caller (nil on open routes), and the
/// fields of a URL-encoded form (already read and checked for its CSRF token).
struct RouteInput: Sendable {
    let request: Request
    let context: ServeContext
    let caller: Caller?
    let form: [String: String]

    /// The caller of a route that requires one.
    var signedIn: Caller {
        get throws {
            guard let caller else { throw APIRefusal.unauthorized }
            return caller
        }
    }

    func parameter(_ name: String) -> String { context.parameters.get(name) ?? "" }
}
