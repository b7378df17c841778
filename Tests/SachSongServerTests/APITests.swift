import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SachSong
import SachSongReport
import TestSupport
import Testing
@testable import SachSongServer

/// The API of `sachsong serve`, through Hummingbird's router test client: credentials, scope,
/// uploads refused by size and kind, submissions that survive a restart.
@Suite("Service API")
struct APITests {
    typealias World = ServeWorld

    static let boundary = ServeWorld.boundary
    static var contentType: String { ServeWorld.contentType }
    static func multipart(files: [(String, [UInt8])], fields: [String: String] = [:]) -> ByteBuffer { ServeWorld.multipart(files: files, fields: fields) }
    static func fixture(_ relative: String) throws -> [UInt8] { try ServeWorld.fixture(relative) }
    static func object(_ buffer: ByteBuffer) throws -> [String: Any] { try ServeWorld.object(buffer) }

    @Test("A school submits its files: 201 with findings and figures; who may read them back")
    func submitAndRead() async throws {
        let world = try World()
        defer { world.remove() }
        let students = try Self.fixture("district/truong_thcs_an_phu/hoc_sinh.csv")
        let staff = try Self.fixture("district/truong_thcs_an_phu/nhan_su.csv")
        try await world.app.application().test(.router) { client in
            let created = try await client.execute(
                uri: "/api/v1/submissions", method: .post, headers: world.headers("an-phu", contentType: Self.contentType),
                body: Self.multipart(files: [("hoc_sinh.csv", students), ("nhan_su.csv", staff)], fields: ["asOf": "2026-06-01"])
            ) { $0 }
            #expect(created.status == .created)
            let body = try Self.object(created.body)
            let id = try #require(body["id"] as? String)
            #expect(body["school"] as? String == "79000701")
            #expect(body["asOf"] as? String == "2026-06-01")
            let files = try #require(body["files"] as? [[String: Any]])
            #expect(files.map { $0["recordType"] as? String } == ["hoc_sinh", "nhan_su"])
            #expect(files.map { $0["path"] as? String } == ["hoc_sinh.csv", "nhan_su.csv"])
            let summary = try #require(body["summary"] as? [String: Any])
            #expect((summary["files"] as? Int) == 2)
            let indicators = try #require(body["indicators"] as? [String: Any])
            #expect(indicators["id"] as? String == "79000701")
            let criteria = try #require(indicators["indicators"] as? [String: Any])
            #expect(Set(criteria.keys) == Set(FixtureSupport.rules.ruleSet.criteria.criteria.map(\.id)))
            // The same figures as `indicators` on a folder holding the same two files.
            let copy = world.folder + "/same-files"
            try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
            try Data(students).write(to: URL(fileURLWithPath: copy + "/hoc_sinh.csv"))
            try Data(staff).write(to: URL(fileURLWithPath: copy + "/nhan_su.csv"))
            let expected = try #require(
                IndicatorRunner(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).run(path: copy).schools.first)
            let expectedJSON = IndicatorRenderer.schoolJSON(expected, spec: FixtureSupport.rules.ruleSet.criteria)
            let expectedObject = try #require(try JSONSerialization.jsonObject(with: Data(expectedJSON.utf8)) as? [String: Any])
            #expect(NSDictionary(dictionary: criteria).isEqual(to: try #require(expectedObject["indicators"] as? [String: Any])))
            // The server's own folders never reach the answer.
            let text = String(buffer: created.body)
            #expect(!text.contains(world.folder))

            // Expected figures: the same files checked by the engine directly.
            let direct = FixtureSupport.check([
                FixtureSupport.path("district/truong_thcs_an_phu/hoc_sinh.csv"), FixtureSupport.path("district/truong_thcs_an_phu/nhan_su.csv")
            ])
            #expect((summary["errors"] as? Int) == direct.errors)
            #expect((summary["warnings"] as? Int) == direct.warnings)

            for (account, status) in [
                ("an-phu", HTTPResponse.Status.ok), ("hoa-binh", .notFound), ("phuong-an-khanh", .ok),
                ("phuong-binh-trung", .notFound), ("so", .ok), ("admin", .ok)
            ] {
                let response = try await client.execute(uri: "/api/v1/submissions/\(id)", method: .get, headers: world.headers(account)) { $0 }
                #expect(response.status == status, "\(account)")
                if status == .ok { #expect(String(buffer: response.body) == text) }
            }
            let history = try await client.execute(uri: "/api/v1/schools/79000701/submissions", method: .get, headers: world.headers("an-phu")) { $0 }
            #expect(history.status == .ok)
            let list = try #require(try JSONSerialization.jsonObject(with: Data(history.body.readableBytesView)) as? [[String: Any]])
            #expect(list.map { $0["id"] as? String } == [id])
            let foreign = try await client.execute(uri: "/api/v1/schools/79000701/submissions", method: .get, headers: world.headers("hoa-binh")) { $0 }
            #expect(foreign.status == .notFound)
        }
    }

    @Test("401 without a valid token on every route; 403 for a submission from an account of no school")
    func credentials() async throws {
        let world = try World()
        defer { world.remove() }
        let students = try Self.fixture("district/truong_thcs_an_phu/hoc_sinh.csv")
        try await world.app.application().test(.router) { client in
            for (uri, method) in [
                ("/api/v1/submissions", HTTPRequest.Method.post), ("/api/v1/submissions/x", .get), ("/api/v1/schools/79000701/submissions", .get)
            ] {
                for headers in [HTTPFields(), [.authorization: "Bearer ss_sai"], [.authorization: "Basic YWRtaW46YWRtaW4="]] {
                    var fields = headers
                    fields[.contentType] = Self.contentType
                    let response = try await client.execute(
                        uri: uri, method: method, headers: fields, body: Self.multipart(files: [("hoc_sinh.csv", students)])
                    ) { $0 }
                    #expect(response.status == .unauthorized, "\(method) \(uri)")
                    #expect(try Self.object(response.body)["error"] is String)
                }
            }
            for account in ["admin", "so", "phuong-an-khanh"] {
                let response = try await client.execute(
                    uri: "/api/v1/submissions", method: .post, headers: world.headers(account, contentType: Self.contentType),
                    body: Self.multipart(files: [("hoc_sinh.csv", students)])
                ) { $0 }
                #expect(response.status == .forbidden, "\(account)")
            }
        }
    }

    @Test("413 above the upload limit, 415 for what is no spreadsheet, 400 for a malformed request; nothing is kept")
    func refusals() async throws {
        let world = try World(maxUploadBytes: 64 * 1024)
        defer { world.remove() }
        let students = try Self.fixture("district/truong_thcs_an_phu/hoc_sinh.csv")
        try await world.app.application().test(.router) { client in
            func post(_ body: ByteBuffer, contentType: String = Self.contentType) async throws -> TestResponse {
                try await client.execute(
                    uri: "/api/v1/submissions", method: .post, headers: world.headers("an-phu", contentType: contentType), body: body
                ) { $0 }
            }
            let big = [UInt8](repeating: 0x41, count: 70 * 1024)
            #expect(try await post(Self.multipart(files: [("hoc_sinh.csv", big)])).status == .contentTooLarge)
            #expect(try await post(Self.multipart(files: [("bao_cao.pdf", Array("%PDF-1.7".utf8))])).status == .unsupportedMediaType)
            #expect(try await post(Self.multipart(files: [("hoc_sinh.xlsx", Array("not a zip".utf8))])).status == .unsupportedMediaType)
            #expect(try await post(Self.multipart(files: [("hoc_sinh.csv", [0, 0, 0, 0, 0x41])])).status == .unsupportedMediaType)
            #expect(try await post(ByteBuffer(string: "{}"), contentType: "application/json").status == .badRequest)
            #expect(try await post(Self.multipart(files: [])).status == .badRequest)
            #expect(
                try await post(Self.multipart(files: [("hoc_sinh.csv", students)], fields: ["asOf": "mai"])).status == .badRequest)
            let message = try Self.object(try await post(Self.multipart(files: [("bao_cao.pdf", [1])])).body)["error"] as? String
            #expect(message?.contains("bao_cao.pdf") == true)
        }
        let incoming = (world.folder as NSString).appendingPathComponent("incoming")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: incoming)) ?? []).isEmpty)
        #expect(try world.app.desk.history(school: "79000701") == "[]")
    }

    @Test("Submissions survive a restart; what a killed upload left is swept and never shown")
    func restart() async throws {
        let world = try World()
        defer { world.remove() }
        let students = try Self.fixture("district/truong_thcs_an_phu/hoc_sinh.csv")
        let id = try await world.app.application().test(.router) { client in
            let created = try await client.execute(
                uri: "/api/v1/submissions", method: .post, headers: world.headers("an-phu", contentType: Self.contentType),
                body: Self.multipart(files: [("hoc_sinh.csv", students)])
            ) { $0 }
            return try #require(try Self.object(created.body)["id"] as? String)
        }
        // What a `kill -9` leaves: an upload half written, and files moved but never recorded.
        let manager = FileManager.default
        let half = (world.folder as NSString).appendingPathComponent("incoming/cut-off")
        try manager.createDirectory(atPath: half, withIntermediateDirectories: true)
        #expect(manager.createFile(atPath: half + "/1-hoc_sinh.csv", contents: Data(students.prefix(100))))
        let orphan = (world.folder as NSString).appendingPathComponent("files/never-recorded")
        try manager.createDirectory(atPath: orphan, withIntermediateDirectories: true)

        let reopened = ServeApp(
            store: try ServeStore(folder: world.folder), rules: FixtureSupport.rules, settings: ServeSettings(), bcryptCost: 4)
        try reopened.sweep()
        #expect(!manager.fileExists(atPath: half))
        #expect(!manager.fileExists(atPath: orphan))
        #expect(manager.fileExists(atPath: (world.folder as NSString).appendingPathComponent("files/\(id)")))
        try await reopened.application().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/submissions/\(id)", method: .get, headers: world.headers("an-phu")) { $0 }
            #expect(response.status == .ok)
            let list = try await client.execute(uri: "/api/v1/schools/79000701/submissions", method: .get, headers: world.headers("an-phu")) { $0 }
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.body.readableBytesView)) as? [[String: Any]])
            #expect(entries.count == 1)
        }
    }
}
