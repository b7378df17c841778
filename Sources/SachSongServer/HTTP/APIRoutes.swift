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

    /// The latest figures of every school the caller may see, each as one school of
    /// `indicators --format json`, with the submission they come from.
    @Sendable func indicators(_ input: RouteInput) async throws -> Response {
        let scope = try app.scope(input.signedIn)
        let q = JSONRenderer().quote
        var schools: [String] = []
        for (school, latest) in try app.desk.schools(group: scope.group) where try scope.maySee(school: school.code) {
            guard let latest, let figures = latest.indicators else { continue }
            let received = ISO8601DateFormatter().string(from: latest.receivedAt)
            // The school's object as `indicators` writes it, with where its figures come from.
            let origin = "\"submission\":\(q(latest.id)),\"receivedAt\":\(q(received)),\"asOf\":\(q(latest.asOf)),\"group\":\(school.groupID.map(q) ?? "null"),"
            schools.append("{" + origin + figures.dropFirst())
        }
        let json = "{\"tool\":{\"name\":\"sachsong\",\"version\":\(q(SachSongInfo.version))},\"schools\":[\(schools.joined(separator: ","))]}"
        return JSONResponse.ok(json)
    }
}
