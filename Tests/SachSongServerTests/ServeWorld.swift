import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SachSong
import TestSupport
import Testing

@testable import SachSongServer

/// A store with two schools (An Phú in ward An Khánh, Hòa Bình in ward Bình Trưng), their
/// clerks, an analyst per ward, one for the whole city and an admin, each with a token and a
/// known password (set, so no one-time password stands in the way), and `moi`, a clerk of An
/// Phú still on its one-time password.
struct ServeWorld {
    let folder: String
    let app: ServeApp
    let tokens: [String: String]
    let oneTimePassword: String

    static let names = ["admin", "an-phu", "hoa-binh", "phuong-an-khanh", "phuong-binh-trung", "so"]
    static func password(_ name: String) -> String { "mat-khau-cua-\(name)" }

    /// The world over SQLite (`ServeStore`, as served), or over `MemoryStorage` when `memory`.
    init(maxUploadBytes: Int = 50 * 1_048_576, requestsPerMinute: Int = 10_000, keepDays: Int = 30, memory: Bool = false) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-serve-\(UUID().uuidString)").path
        let store: any ServeStorage = memory ? try MemoryStorage(folder: folder) : try ServeStore(folder: folder, create: true)
        let book = AccountBook(storage: store, cost: 4)
        _ = try book.add(name: "admin", role: .admin)
        _ = try book.add(name: "an-phu", role: .school, schoolCode: "79000701", schoolName: "Trường THCS An Phú", groupID: "an-khanh")
        _ = try book.add(name: "hoa-binh", role: .school, schoolCode: "79000702", schoolName: "Trường Tiểu học Hòa Bình", groupID: "binh-trung")
        _ = try book.add(name: "phuong-an-khanh", role: .analyst, groupID: "an-khanh")
        _ = try book.add(name: "phuong-binh-trung", role: .analyst, groupID: "binh-trung")
        _ = try book.add(name: "so", role: .analyst)
        oneTimePassword = try book.add(name: "moi", role: .school, schoolCode: "79000701").oneTimePassword
        var tokens: [String: String] = [:]
        for name in Self.names {
            tokens[name] = try book.addToken(account: name)
            let id = try #require(try book.accounts().first { $0.name == name }?.id)
            try book.setPassword(account: id, to: Self.password(name))
        }
        self.tokens = tokens
        var settings = ServeSettings()
        settings.workers = 2
        settings.maxUploadBytes = maxUploadBytes
        settings.requestsPerMinute = requestsPerMinute
        settings.keepDays = keepDays
        app = ServeApp(storage: store, rules: FixtureSupport.rules, settings: settings, bcryptCost: 4)
    }

    func headers(_ account: String?, contentType: String? = nil) -> HTTPFields {
        var fields = HTTPFields()
        if let account, let token = tokens[account] { fields[.authorization] = "Bearer \(token)" }
        if let contentType { fields[.contentType] = contentType }
        return fields
    }

    /// A session opened for an account, as signing in would: its cookie header and CSRF token.
    func session(_ name: String) throws -> (cookie: String, csrf: String) {
        let id = try #require(try app.book.accounts().first { $0.name == name }?.id)
        let (cookie, csrf) = try app.sessions.open(account: id)
        return ("\(Gate.cookieName)=\(cookie)", csrf)
    }

    /// The headers of a browser signed in as `name`.
    func browser(_ name: String, contentType: String? = nil) throws -> (headers: HTTPFields, csrf: String) {
        let (cookie, csrf) = try session(name)
        var fields = HTTPFields()
        fields[.cookie] = cookie
        if let contentType { fields[.contentType] = contentType }
        return (fields, csrf)
    }

    /// Submits files as An Phú (through the API) and returns the submission's id.
    func submit(_ client: some TestClientProtocol, files: [(String, [UInt8])], account: String = "an-phu", asOf: String = "2026-06-01")
        async throws -> String
    {
        let created = try await client.execute(
            uri: "/api/v1/submissions", method: .post, headers: headers(account, contentType: Self.contentType),
            body: Self.multipart(files: files, fields: ["asOf": asOf])
        ) { $0 }
        #expect(created.status == .created)
        return try #require(try Self.object(created.body)["id"] as? String)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    static let boundary = "----sachsong-test-7f3a"

    /// A multipart body with files (name, bytes) and fields.
    static func multipart(files: [(String, [UInt8])], fields: [String: String] = [:]) -> ByteBuffer {
        var body = [UInt8]()
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, bytes) in files {
            body += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return ByteBuffer(bytes: body)
    }

    static var contentType: String { "multipart/form-data; boundary=\(boundary)" }
    static let formType = "application/x-www-form-urlencoded"

    static func fixture(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: FixtureSupport.path(relative))))
    }

    static func object(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    /// A URL-encoded form body.
    static func form(_ fields: [String: String]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return ByteBuffer(
            string: fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&"))
    }
}
