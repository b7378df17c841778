import Foundation
import Hummingbird
import SachSong

/// `/api/v1`: submissions and their history, for scripts and CI, with a bearer token.
struct APIRoutes {
    let app: ServeApp

    func add(to router: Router<BasicRequestContext>) {
        let api = router.group("api/v1")
        api.post("submissions") { request, _ in await respond { try await submit(request) } }
        api.get("submissions/:id") { request, context in
            await respond { try getSubmission(request, id: context.parameters.get("id") ?? "") }
        }
        api.get("schools/:code/submissions") { request, context in
            await respond { try history(request, school: context.parameters.get("code") ?? "") }
        }
    }

    /// The route's answer, or its refusal as `{"error": "…"}`.
    private func respond(_ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch let refusal as APIRefusal {
            return JSONResponse.error(refusal.status, refusal.message)
        } catch {
            return JSONResponse.error(.internalServerError, "Lỗi máy chủ; đã ghi nhận.")
        }
    }

    /// The account of the request's bearer token.
    private func account(_ request: Request) throws -> Account {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
            let account = try app.book.account(token: String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces))
        else { throw APIRefusal.unauthorized }
        return account
    }

    private func submit(_ request: Request) async throws -> Response {
        let account = try account(request)
        guard account.role == .school, account.schoolCode != nil else {
            throw APIRefusal(status: .forbidden, message: "Chỉ tài khoản của một trường mới nộp được dữ liệu.")
        }
        let id = UUID().uuidString.lowercased()
        let folder = try app.desk.incomingFolder(id: id)
        do {
            let received = try await MultipartUpload(folder: folder, maxBytes: app.settings.maxUploadBytes)
                .receive(request.body, contentType: request.headers[.contentType])
            var asOf = ReferenceDate.today()
            if let text = received.fields["asOf"] {
                guard let date = ReferenceDate.parse(text) else {
                    throw APIRefusal(status: .badRequest, message: "asOf «\(text)» cần dạng YYYY-MM-DD hoặc dd/mm/yyyy.")
                }
                asOf = date
            }
            let desk = app.desk
            let date = asOf
            let json = try await app.queue.run { try desk.submit(id: id, account: account, uploads: received.uploads, asOf: date) }
            return JSONResponse.ok(json, status: .created)
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
    }

    private func getSubmission(_ request: Request, id: String) throws -> Response {
        let account = try account(request)
        guard let school = try app.desk.school(of: id), try Scope(account: account, store: app.store).maySee(school: school),
            let json = try app.desk.json(id: id)
        else { throw APIRefusal.notFound }
        return JSONResponse.ok(json)
    }

    private func history(_ request: Request, school: String) throws -> Response {
        let account = try account(request)
        guard try Scope(account: account, store: app.store).maySee(school: school) else { throw APIRefusal.notFound }
        return JSONResponse.ok(try app.desk.history(school: school))
    }
}
