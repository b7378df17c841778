import Foundation
import Hummingbird
import SachSong
import SachSongReport

/// `/api/v1`: submissions, their history and the latest figures, for scripts and CI, with a
/// bearer token (or a browser's session).
struct APIRoutes {
    let app: ServeApp

    var routes: [ServeRoute] {
        [
            ServeRoute(method: .post, path: "/api/v1/submissions", audience: .roles([.school]), resource: .none, answer: .json, handler: submit),
            ServeRoute(method: .get, path: "/api/v1/submissions/:id", audience: .anyone, resource: .submission, answer: .json, handler: submission),
            ServeRoute(
                method: .get, path: "/api/v1/schools/:code/submissions", audience: .anyone, resource: .school, answer: .json, handler: history),
            ServeRoute(method: .get, path: "/api/v1/indicators", audience: .anyone, resource: .none, answer: .json, handler: indicators)
        ]
    }

    @Sendable func submit(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let intake = try await SubmissionIntake.receive(input.request, app: app)
        let desk = app.desk
        do {
            let json = try await app.queue.run { try desk.submit(id: intake.id, account: caller.account, uploads: intake.uploads, asOf: intake.asOf) }
            return JSONResponse.ok(json, status: .created)
        } catch {
            intake.discard()
            throw error
        }
    }

    @Sendable func submission(_ input: RouteInput) async throws -> Response {
        let id = input.parameter("id")
        guard let school = try app.desk.school(of: id), try app.scope(input.signedIn).maySee(school: school), let json = try app.desk.json(id: id)
        else { throw APIRefusal.notFound }
        return JSONResponse.ok(json)
    }

    @Sendable func history(_ input: RouteInput) async throws -> Response {
        let code = input.parameter("code")
        guard try app.scope(input.signedIn).maySee(school: code) else { throw APIRefusal.notFound }
        return JSONResponse.ok(try app.desk.history(school: code))
    }

    /// The latest figures of every school the caller may see (`?group=` one group; `?asOf=` as
    /// they stood at the end of that day), shaped as `indicators --format json`: schools, groups,
    /// total.
    @Sendable func indicators(_ input: RouteInput) async throws -> Response {
        let (view, _, _) = try await OfficeRoutes(app: app).view(input)
        return JSONResponse.ok(IndicatorRenderer().json(view.report))
    }
}
