import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SachSong

/// Downloads of what a submission's files give back: the annotated workbook, the cleaned one,
/// its change log, and every finding as `.xlsx`. Under `/api/v1` for scripts and at the same
/// paths without it for the result page. Made off the event loop, audited, 410 once expired.
struct FileRoutes {
    let app: ServeApp

    var routes: [ServeRoute] {
        var list: [ServeRoute] = []
        for prefix in ["/api/v1", ""] {
            for kind in Downloads.Kind.allCases where prefix.isEmpty || kind != .changes {
                list.append(
                    ServeRoute(
                        method: .get, path: "\(prefix)/submissions/:id/files/:n/\(kind.rawValue)", audience: .anyone, resource: .submission,
                        answer: .file, handler: { input in try await file(input, kind: kind) }))
            }
        }
        list.append(
            ServeRoute(method: .get, path: "/submissions/:id/findings.xlsx", audience: .anyone, resource: .submission, answer: .file, handler: findings))
        return list
    }

    func file(_ input: RouteInput, kind: Downloads.Kind) async throws -> Response {
        let caller = try input.signedIn
        let stored = try app.scope(caller).submission(input.parameter("id"), desk: app.desk)
        guard let number = Int(input.parameter("n")), number > 0 else { throw APIRefusal.notFound }
        let downloads = app.downloads
        let asOf = ReferenceDate.parse(stored.asOf) ?? ReferenceDate.today()
        guard try app.desk.keptFolder(id: stored.id) != nil else { throw Self.expired(app.settings.keepDays) }
        guard let made = try await app.queue.run({ try downloads.make(id: stored.id, number: number, kind: kind, asOf: asOf) }) else {
            throw APIRefusal.notFound
        }
        try app.desk.auditDownload(account: caller.id, id: stored.id, what: "tệp \(number) (\(kind.rawValue))")
        return try Self.send(made)
    }

    @Sendable func findings(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let stored = try app.scope(caller).submission(input.parameter("id"), desk: app.desk)
        let downloads = app.downloads
        let asOf = ReferenceDate.parse(stored.asOf) ?? ReferenceDate.today()
        guard let made = try await app.queue.run({ try downloads.findings(id: stored.id, asOf: asOf) }) else {
            throw Self.expired(app.settings.keepDays)
        }
        try app.desk.auditDownload(account: caller.id, id: stored.id, what: "danh sách phát hiện")
        return try Self.send(made)
    }

    static func expired(_ days: Int) -> APIRefusal {
        APIRefusal(status: .gone, message: "Các tệp của bài nộp này đã hết hạn lưu (\(days) ngày) và đã được xóa; phát hiện và số liệu vẫn xem được.")
    }

    /// A made file as an attachment.
    static func send(_ made: Downloads.Made) throws -> Response {
        attachment(Array(try Data(contentsOf: URL(fileURLWithPath: made.path))), name: made.name, type: made.contentType)
    }

    /// Bytes as an attachment, with the name in UTF-8 (RFC 6266) and an ASCII fallback.
    static func attachment(_ bytes: [UInt8], name: String, type: String) -> Response {
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 32 ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? ascii
        return Response(
            status: .ok,
            headers: [
                .contentType: type, .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
                .cacheControl: "no-store", HTTPField.Name("X-Content-Type-Options")!: "nosniff"
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
