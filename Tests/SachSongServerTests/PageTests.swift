import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SachSong
import SachSongReport
import TestSupport
import Testing
import ZIPFoundation

@testable import SachSongServer

/// The school's pages and downloads: an upload from the page checked in the background, the
/// result page (mapping, findings by rule, filters, figures with their "why"), the workbooks
/// given back, files past `--keep-days`, and the office's list.
@Suite("Service pages")
struct PageTests {
    /// Waits until the background check of a page upload is stored.
    static func waitForResult(_ client: some TestClientProtocol, _ location: String, headers: HTTPFields) async throws -> String {
        for _ in 0..<200 {
            let page = try await client.execute(uri: location, method: .get, headers: headers) { $0 }
            let html = String(buffer: page.body)
            if !html.contains("Đang kiểm tra…") {
                #expect(page.status == .ok)
                return html
            }
            #expect(html.contains("http-equiv=\"refresh\""))
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the check never finished")
        return ""
    }

    @Test("Times are written as a clock in Vietnam shows them (UTC+7), the day turning at 17:00 UTC")
    func vietnamTime() throws {
        #expect(PageText.time(Date(timeIntervalSince1970: 0)) == "01/01/1970 07:00")
        let iso = ISO8601DateFormatter()
        #expect(PageText.time(try #require(iso.date(from: "2026-06-01T16:59:59Z"))) == "01/06/2026 23:59")
        #expect(PageText.time(try #require(iso.date(from: "2026-06-01T17:00:00Z"))) == "02/06/2026 00:00")
        #expect(PageText.time("2026-12-31T23:05:00Z") == "01/01/2027 06:05")
        #expect(PageText.time(Date(timeIntervalSince1970: -3600)) == "01/01/1970 06:00")
    }

    @Test("Upload from the page: progress, then the result with mapping, findings by rule, filters and figures")
    func uploadAndResult() async throws {
        let world = try ServeWorld()
        defer { world.remove() }
        // An export with problems planted, in the wording of another system.
        let students = try ServeWorld.fixture("district/truong_thcs_an_phu/hoc_sinh.csv")
        try await world.app.application().test(.router) { client in
            let (browser, csrf) = try world.browser("an-phu", contentType: ServeWorld.contentType)
            let home = try await client.execute(uri: "/", method: .get, headers: browser) { $0 }
            let homeHTML = String(buffer: home.body)
            #expect(homeHTML.contains("enctype=\"multipart/form-data\""))
            #expect(homeHTML.contains("Chưa có lần nộp nào"))

            let sent = try await client.execute(
                uri: "/submissions?csrf=\(csrf)", method: .post, headers: browser,
                body: ServeWorld.multipart(files: [("Học sinh <i>lớp 6<i>.csv", students)], fields: ["asOf": "2026-06-01"])
            ) { $0 }
            #expect(sent.status == .seeOther)
            let location = try #require(sent.headers[.location])
            #expect(location.hasPrefix("/submissions/"))
            let html = try await Self.waitForResult(client, location, headers: browser)
            let id = String(location.dropFirst("/submissions/".count))
            let json = try ServeWorld.object(ByteBuffer(string: try #require(try world.app.desk.json(id: id))))
            let file = try #require((json["files"] as? [[String: Any]])?.first)
            let findings = file["findings"] as? [[String: Any]] ?? []

            // The file's name is escaped, never markup.
            #expect(html.contains("Học sinh &lt;i&gt;lớp 6&lt;i&gt;.csv"))
            #expect(!html.contains("<i>lớp 6"))
            // Mapping: every column of the report, with its header.
            for column in file["columns"] as? [[String: Any]] ?? [] {
                #expect(html.contains(HTMLEscape.text(column["header"] as? String ?? "")))
            }
            // Findings grouped by rule: one group per rule, every message there.
            let rules = Set(findings.compactMap { $0["rule"] as? String })
            for rule in rules { #expect(html.contains("<code>\(rule)</code>"), "\(rule)") }
            #expect(html.components(separatedBy: "<details class=\"rule").count - 1 == rules.count)
            for finding in findings { #expect(html.contains(HTMLEscape.text(finding["message"] as? String ?? ""))) }
            // Figures with the indicator's name, and the links to their "why".
            #expect(html.contains("Học sinh đã xác thực với CSDL dân cư"))

            // Filter by severity: only the groups of that severity.
            if let severity = findings.first?["severity"] as? String {
                let filtered = try await client.execute(uri: "\(location)?severity=\(severity)", method: .get, headers: browser) { $0 }
                let filteredHTML = String(buffer: filtered.body)
                let kept = Set(findings.filter { $0["severity"] as? String == severity }.compactMap { $0["rule"] as? String })
                #expect(filteredHTML.components(separatedBy: "<details class=\"rule").count - 1 == kept.count)
                for rule in rules.subtracting(kept) { #expect(!filteredHTML.contains("<code>\(rule)</code>")) }
            }

            // The history on the home page lists the submission.
            let after = String(buffer: try await client.execute(uri: "/", method: .get, headers: browser) { $0 }.body)
            #expect(after.contains("/submissions/\(id)"))
        }
    }

    @Test("Downloads: the annotated and cleaned workbooks are real .xlsx files; the why of a figure lists its records, masked")
    func downloadsAndExplain() async throws {
        let world = try ServeWorld()
        defer { world.remove() }
        let workbook = try ServeWorld.fixture("xlsx/hoc_sinh.xlsx")
        try await world.app.application().test(.router) { client in
            let id = try await world.submit(client, files: [("hoc_sinh.xlsx", workbook)])
            let (browser, _) = try world.browser("an-phu")
            for (kind, type) in [("annotated", Downloads.xlsx), ("clean", Downloads.xlsx), ("changes", Downloads.csv)] {
                let response = try await client.execute(uri: "/submissions/\(id)/files/1/\(kind)", method: .get, headers: browser) { $0 }
                #expect(response.status == .ok, "\(kind)")
                #expect(response.headers[.contentType] == type)
                #expect(response.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
                let bytes = Array(response.body.readableBytesView)
                if type == Downloads.xlsx {
                    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "\(kind) is a zip")
                }
            }
            // The annotated workbook carries the findings sheet.
            let annotated = try await client.execute(uri: "/api/v1/submissions/\(id)/files/1/annotated", method: .get, headers: world.headers("an-phu")) {
                $0
            }
            let path = world.folder + "/annotated.xlsx"
            try Data(annotated.body.readableBytesView).write(to: URL(fileURLWithPath: path))
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            var workbookXML = Data()
            _ = try archive.extract(try #require(archive["xl/workbook.xml"])) { workbookXML.append($0) }
            #expect(String(decoding: workbookXML, as: UTF8.self).contains(WorkbookAnnotation.sheetName))
            #expect(try await client.execute(uri: "/submissions/\(id)/files/9/annotated", method: .get, headers: browser) { $0 }.status == .notFound)

            // The school reads its own values; an office reads them masked.
            let own = String(buffer: try await client.execute(uri: "/submissions/\(id)", method: .get, headers: browser) { $0 }.body)
            let office = String(
                buffer: try await client.execute(uri: "/submissions/\(id)", method: .get, headers: try world.browser("phuong-an-khanh").headers) { $0 }.body)
            // The findings part, without the submission's id (a random UUID can hold nine digits in a row).
            func findingsPart(_ html: String) -> String {
                String(html[(html.range(of: "<h2>Phát hiện</h2>")?.lowerBound ?? html.endIndex)...]).replacingOccurrences(of: id, with: "")
            }
            #expect(findingsPart(own).range(of: "[0-9]{9,}", options: .regularExpression) != nil)
            #expect(findingsPart(office).range(of: "[0-9]{9,}", options: .regularExpression) == nil)
            let findings = try await client.execute(uri: "/submissions/\(id)/findings.xlsx", method: .get, headers: browser) { $0 }
            #expect(findings.status == .ok)
            let audit = try world.app.book.auditLog().filter { $0.action == "download" }
            #expect(audit.count >= 4)

            // The why of a figure below 100 %: as many rows as the gap, identity numbers masked.
            let csv = try await world.submit(client, files: [("hoc_sinh.csv", try ServeWorld.fixture("district/truong_thcs_an_phu/hoc_sinh.csv"))])
            let stored = try ServeWorld.object(ByteBuffer(string: try #require(try world.app.desk.json(id: csv))))
            let figures = try #require((stored["indicators"] as? [String: Any])?["indicators"] as? [String: Any])
            let short = figures.flatMap { criterion, value in
                ((value as? [String: Any]) ?? [:]).compactMap { indicator, ratio -> (String, Int)? in
                    guard let ratio = ratio as? [String: Any], ratio["rate"] is Double, let n = ratio["numerator"] as? Int,
                        let d = ratio["denominator"] as? Int, d > n
                    else {
                        return nil
                    }
                    return ("\(criterion).\(indicator)", d - n)
                }
            }
            let (key, gap) = try #require(short.sorted { $0.0 < $1.0 }.first)
            let explain = try await client.execute(uri: "/submissions/\(csv)/explain/\(key)", method: .get, headers: browser) { $0 }
            let html = String(buffer: explain.body)
            #expect(explain.status == .ok)
            #expect(html.components(separatedBy: "<tr><td>hoc_sinh.csv</td>").count - 1 == gap, "\(key)")
            let rows = try #require(html.range(of: "<tbody>").map { html[$0.lowerBound...] })
            #expect(rows.range(of: "[0-9]{9,}", options: .regularExpression) == nil, "identity numbers are masked")
            #expect(rows.contains("****"))
            #expect(try await client.execute(uri: "/submissions/\(id)/explain/9.9.khong_co", method: .get, headers: browser) { $0 }.status == .notFound)
        }
    }

    @Test("The records that moved a figure between two submissions: newly complete, newly failing")
    func movedRecords() async throws {
        let world = try ServeWorld()
        defer { world.remove() }
        let original = String(decoding: try ServeWorld.fixture("district/truong_thcs_an_phu/hoc_sinh.csv"), as: UTF8.self)
        // The authentication column is the third from the end: one student gains it, another loses it.
        var lines = original.components(separatedBy: "\n")
        func flip(_ n: Int, to value: String) {
            var parts = lines[n].components(separatedBy: ",")
            parts[parts.count - 3] = value
            lines[n] = parts.joined(separator: ",")
        }
        #expect(lines[3].contains("Phạm Anh An") && lines[3].components(separatedBy: ",").dropLast(2).last == "Không")
        #expect(lines[4].contains("Dương Phương Hân") && lines[4].components(separatedBy: ",").dropLast(2).last == "Có")
        flip(3, to: "Có")
        flip(4, to: "Không")
        let changed = Array(lines.joined(separator: "\n").utf8)
        try await world.app.application().test(.router) { client in
            _ = try await world.submit(client, files: [("hoc_sinh.csv", Array(original.utf8))])
            _ = try await world.submit(client, files: [("hoc_sinh.csv", changed)])
            let (browser, _) = try world.browser("phuong-an-khanh")
            let trend = String(buffer: try await client.execute(uri: "/schools/79000701/trend", method: .get, headers: browser) { $0 }.body)
            #expect(trend.contains("/schools/79000701/moved/3.2.hoc_sinh_xac_thuc"))
            let page = try await client.execute(uri: "/schools/79000701/moved/3.2.hoc_sinh_xac_thuc", method: .get, headers: browser) { $0 }
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            let complete = try #require(html.range(of: "Mới đạt (1)"))
            let failing = try #require(html.range(of: "Mới thiếu (1)"))
            let an = try #require(html.range(of: "Phạm Anh An"))
            let han = try #require(html.range(of: "Dương Phương Hân"))
            #expect(complete.upperBound < an.lowerBound && an.upperBound < failing.lowerBound)
            #expect(failing.upperBound < han.lowerBound)
            #expect(!html.contains("7953645568"), "codes are masked")
        }
    }

    @Test("Past --keep-days the files are deleted: downloads answer 410, the page says so, the figures stay")
    func keepDays() async throws {
        let world = try ServeWorld(keepDays: 30)
        defer { world.remove() }
        let students = try ServeWorld.fixture("district/truong_thcs_an_phu/hoc_sinh.csv")
        try await world.app.application().test(.router) { client in
            let id = try await world.submit(client, files: [("hoc_sinh.csv", students)])
            #expect(try world.app.desk.expireFiles(olderThan: 30) == 0)
            #expect(try world.app.desk.expireFiles(olderThan: 30, now: Date().addingTimeInterval(31 * 86400)) == 1)
            #expect(!FileManager.default.fileExists(atPath: world.folder + "/files/\(id)"))
            let (browser, _) = try world.browser("an-phu")
            let gone = try await client.execute(uri: "/api/v1/submissions/\(id)/files/1/clean", method: .get, headers: world.headers("an-phu")) { $0 }
            #expect(gone.status == .gone)
            #expect((try ServeWorld.object(gone.body)["error"] as? String)?.contains("hết hạn") == true)
            let page = String(buffer: try await client.execute(uri: "/submissions/\(id)", method: .get, headers: browser) { $0 }.body)
            #expect(page.contains("đã hết hạn lưu"))
            #expect(!page.contains("/files/1/annotated"))
            let api = try await client.execute(uri: "/api/v1/submissions/\(id)", method: .get, headers: world.headers("an-phu")) { $0 }
            #expect((try ServeWorld.object(api.body)["indicators"] as? [String: Any]) != nil)
        }
    }

    @Test("The office's home page and /api/v1/indicators list exactly the schools of the analyst's group")
    func officeScope() async throws {
        let world = try ServeWorld()
        defer { world.remove() }
        let anPhu = try ServeWorld.fixture("district/truong_thcs_an_phu/hoc_sinh.csv")
        try await world.app.application().test(.router) { client in
            let first = try await world.submit(client, files: [("hoc_sinh.csv", anPhu)], account: "an-phu")
            _ = try await world.submit(client, files: [("hoc_sinh.csv", anPhu)], account: "hoa-binh")
            for (account, schools) in [
                ("phuong-an-khanh", ["79000701"]), ("phuong-binh-trung", ["79000702"]), ("so", ["79000701", "79000702"]),
                ("admin", ["79000701", "79000702"]), ("an-phu", ["79000701"])
            ] {
                let response = try await client.execute(uri: "/api/v1/indicators", method: .get, headers: world.headers(account)) { $0 }
                let list = try #require(try ServeWorld.object(response.body)["schools"] as? [[String: Any]])
                #expect(list.compactMap { $0["id"] as? String } == schools, "\(account)")
                #expect(list.allSatisfy { $0["indicators"] is [String: Any] })
                if account != "an-phu" {
                    let (browser, _) = try world.browser(account)
                    let html = String(buffer: try await client.execute(uri: "/", method: .get, headers: browser) { $0 }.body)
                    for code in ["79000701", "79000702"] {
                        #expect(html.contains("href=\"/schools/\(code)\"") == schools.contains(code), "\(account) \(code)")
                    }
                }
            }
            // The latest submission is the one listed: with the staff file too, 3.1's staff figure appears.
            let staff = try ServeWorld.fixture("district/truong_thcs_an_phu/nhan_su.csv")
            let second = try await world.submit(client, files: [("hoc_sinh.csv", anPhu), ("nhan_su.csv", staff)], account: "an-phu")
            #expect(second != first)
            let response = try await client.execute(uri: "/api/v1/indicators", method: .get, headers: world.headers("phuong-an-khanh")) { $0 }
            let body = try ServeWorld.object(response.body)
            let listed = try #require((body["schools"] as? [[String: Any]])?.first?["indicators"] as? [String: Any])
            let stored = try ServeWorld.object(ByteBuffer(string: try #require(try world.app.desk.json(id: second))))
            let expected = try #require((stored["indicators"] as? [String: Any])?["indicators"] as? [String: Any])
            #expect(NSDictionary(dictionary: listed).isEqual(to: expected))
            #expect(body["total"] != nil && body["groups"] is [[String: Any]])
            // As it stood yesterday: nothing had been submitted.
            let yesterday = Date().addingTimeInterval(-86400 * 2)
            let day = ReferenceDate.day(of: yesterday).iso
            let before = try await client.execute(uri: "/api/v1/indicators?asOf=\(day)", method: .get, headers: world.headers("so")) { $0 }
            #expect((try ServeWorld.object(before.body)["schools"] as? [[String: Any]])?.isEmpty == true)
            let bad = try await client.execute(uri: "/api/v1/indicators?asOf=hom-qua", method: .get, headers: world.headers("so")) { $0 }
            #expect(bad.status == .badRequest)
        }
    }
}

/// HTML escaping as Mustache does it, to find a value in a page.
enum HTMLEscape {
    static func text(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
