import Foundation
import TestSupport
import Testing
@testable import SachSong
@testable import SachSongReport

/// `sachsong report`: the self-contained HTML page and the personal-data mask it uses.
@Suite("HTML report")
struct HTMLReportTests {
    static func report(_ path: String) -> IndicatorReport {
        IndicatorRunner(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).run(path: path)
    }

    static func html(_ report: IndicatorReport, reveal: Bool = false, source: String? = nil) -> String {
        let rules = FixtureSupport.rules.ruleSet
        return HTMLReportRenderer(
            options: .init(
                mask: PersonalDataMask(reveal: reveal, rules: rules), source: source,
                generatedOn: FixtureSupport.asOf, rules: rules)
        ).render(report)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// A school folder made from fixtures/indicators/truong_a with hostile text and personal data
    /// planted: a school name that is markup, a student whose ID does not fit the birth year, an
    /// old 11-digit mobile number, and a system type that is an image tag.
    static func hostileSchool() throws -> URL {
        let manager = FileManager.default
        let district = manager.temporaryDirectory.appendingPathComponent("sachsong-html-\(UUID().uuidString)")
        let school = district.appendingPathComponent("truong_x")
        try manager.createDirectory(at: school, withIntermediateDirectories: true)
        let source = FixtureSupport.fixtures.appendingPathComponent("indicators/truong_a")
        for file in try manager.contentsOfDirectory(atPath: source.path) {
            var text = try String(contentsOf: source.appendingPathComponent(file), encoding: .utf8)
            switch file {
            case "truong.csv":
                text = text.replacingOccurrences(of: "Trường THCS Thử Nghiệm A", with: "\"<script>alert(1)</script> & <b>Trường X</b>\"")
                text = text.replacingOccurrences(of: "02838220001", with: "01681234567")
            case "hoc_sinh.csv":
                // 079211000001 says born 2011; the row says 2010.
                text = text.replacingOccurrences(of: "7900000001,Nguyễn Văn An,01/03/2011", with: "7900000001,Nguyễn Văn An,01/03/2010")
            case "he_thong.csv":
                text = text.replacingOccurrences(of: "Thư viện số,Không,", with: "Thư viện số,<img src=x onerror=alert(1)>,")
            default: break
            }
            try text.write(to: school.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return district
    }

    // MARK: content

    @Test("Every school's name and id, every criterion's id and name, a chart per criterion", arguments: ["district", "indicators"])
    func content(_ fixture: String) throws {
        let report = Self.report(FixtureSupport.path(fixture))
        try #require(report.schools.count >= 2)
        let html = Self.html(report, source: "fixtures/\(fixture)")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"vi\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        for school in report.schools {
            #expect(html.contains(HTMLText.escape(school.name)), "school name \(school.name)")
            #expect(html.contains(">\(HTMLText.escape(school.id))<"), "school id \(school.id)")
            #expect(html.contains("<section class=\"school\" id=\"\(ReportPage.anchor(school))\">"))
            #expect(html.contains("href=\"#\(ReportPage.anchor(school))\""))
        }
        #expect(Self.count("<section class=\"school\"", in: html) == report.schools.count)
        let criteria = report.spec.criteria
        try #require(criteria.map(\.id) == ["3.1", "3.2", "3.3", "3.4", "3.5"])
        for criterion in criteria {
            #expect(html.contains("Tiêu chí \(criterion.id)"))
            #expect(html.contains(HTMLText.escape(criterion.name)), "criterion name \(criterion.name)")
            // The chart of this criterion: a figure holding one svg, with a bar per school and the district.
            let anchor = HTMLText.anchor("bieu-do-", criterion.id)
            let figure = try #require(Self.element("figure", id: anchor, in: html), "no chart for \(criterion.id)")
            #expect(Self.count("<svg", in: figure) == 1)
            #expect(Self.count("<rect", in: figure) >= report.schools.count + 1)
            #expect(figure.contains("Toàn đơn vị"))
            // One dashed line per threshold above 0.
            let thresholds = criterion.bands.filter { $0.minRate > 0 }.count
            #expect(Self.count("stroke-dasharray=\"4 3\"", in: figure) == thresholds)
        }
        #expect(Self.count("<svg", in: html) == criteria.count)
        // The sortable table: a row per school, sortable headers, the district in the footer.
        let table = try #require(Self.element("table", containing: "class=\"sortable schools\"", in: html))
        #expect(Self.count("<th data-type=", in: table) == criteria.count + 4)
        let body = try #require(table.range(of: "<tbody>").flatMap { start in table.range(of: "</tbody>").map { table[start.upperBound..<$0.lowerBound] } })
        #expect(Self.count("<tr>", in: String(body)) == report.schools.count)
        #expect(table.contains("<tfoot>"))
        // The example scoring is said prominently, near the top.
        let note = try #require(html.range(of: HTMLText.escape(report.spec.note)))
        #expect(note.lowerBound < html.range(of: "<svg")!.lowerBound)
        #expect(html.contains("class=\"notice example\""))
        #expect(report.spec.note.contains("VÍ DỤ"))
    }

    @Test("A missing figure reads «không có dữ liệu» in the chart, never a 0 % bar")
    func missingFigures() throws {
        let report = Self.report(FixtureSupport.path("indicators"))
        let b = try #require(report.schools.first { $0.id == "truong_b" })
        #expect(b.criterionRates["3.2"] == nil)
        let html = Self.html(report)
        let figure = try #require(Self.element("figure", id: HTMLText.anchor("bieu-do-", "3.2"), in: html))
        #expect(figure.contains("không có dữ liệu"))
        // School A has 3.2, school B not: a filled bar for A and the district only.
        #expect(Self.count("stroke=\"#1c2430\" stroke-opacity=\".35\"", in: figure) == 2)
    }

    @Test("Self-contained: no URL to elsewhere, no external fonts, images or scripts")
    func selfContained() throws {
        for fixture in ["district", "indicators"] {
            let html = Self.html(Self.report(FixtureSupport.path(fixture)), source: "fixtures/\(fixture)")
            for forbidden in ["http://", "https://", "//cdn", "<link", "@import", "@font-face", "<iframe", "<object", "<embed"] {
                #expect(!html.lowercased().contains(forbidden), "\(fixture): found \(forbidden)")
            }
            // url(…) only to data: (there is none today).
            let urls = try Regex(#"url\(\s*['"]?([^'")\s]*)"#)
            for match in html.matches(of: urls) {
                #expect(String(match.output[1].substring ?? "").hasPrefix("data:"), "url(\(match.output[1].substring ?? ""))")
            }
            let sources = try Regex(#"\b(?:src|href|xlink:href|action)\s*=\s*['"]?([^'"\s>]*)"#)
            for match in html.matches(of: sources) {
                let target = String(match.output[1].substring ?? "")
                #expect(target.hasPrefix("data:") || target.hasPrefix("#"), "\(fixture): link to \(target)")
            }
            // The one script is ours, inline.
            #expect(Self.count("<script", in: html) == 1)
            #expect(html.contains("<script>\n"))
        }
    }

    // MARK: escaping and personal data

    @Test("Text from the files is escaped: a school name, a value, a column cannot become markup")
    func escaping() throws {
        let district = try Self.hostileSchool()
        defer { try? FileManager.default.removeItem(at: district) }
        let report = Self.report(district.path)
        let school = try #require(report.schools.first)
        #expect(school.name == "<script>alert(1)</script> & <b>Trường X</b>")
        for reveal in [false, true] {
            let html = Self.html(report, reveal: reveal, source: district.path)
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Trường X&lt;/b&gt;"))
            #expect(Self.count("<script", in: html) == 1, "only the report's own script")
            #expect(!html.contains("<b>Trường X"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("alert(1)</script>"))
        }
        // The hostile connection value is shown (as text) when values are revealed.
        let revealed = Self.html(report, reveal: true)
        #expect(revealed.contains("&lt;img src=x onerror=alert(1)&gt;"))
        // Attribute context: the school name in data-v and SVG titles is escaped too.
        #expect(revealed.contains("data-v=\"&lt;script&gt;"))
        #expect(HTMLText.escape("a\"b'c<d>&e") == "a&quot;b&#39;c&lt;d&gt;&amp;e")
        #expect(HTMLText.anchor("truong-", "79\"><x") == "truong-79_22_3e_3cx")
    }

    @Test("Identity and phone numbers are masked by default and shown with --show-personal-data")
    func personalData() throws {
        let district = try Self.hostileSchool()
        defer { try? FileManager.default.removeItem(at: district) }
        let report = Self.report(district.path)
        let school = try #require(report.schools.first)
        let examples = school.topProblems.flatMap(\.examples)
        // The planted findings are among the examples the page shows.
        #expect(examples.contains { $0.value == "079211000001" }, "\(school.topProblems.map(\.rule))")
        #expect(examples.contains { $0.value?.contains("01681234567") == true || $0.value?.contains("0168 123 4567") == true })

        let masked = Self.html(report)
        #expect(!masked.contains("079211000001"))
        #expect(masked.contains("079******001"))
        #expect(!masked.contains("01681234567"))
        #expect(masked.contains("016*****567"))
        #expect(masked.contains("Dữ liệu cá nhân được che"))
        #expect(!masked.contains("HIỂN THỊ dữ liệu cá nhân"))

        let shown = Self.html(report, reveal: true)
        #expect(shown.contains("079211000001"))
        #expect(shown.contains("01681234567"))
        // Said at the top, before the first section.
        let warning = try #require(shown.range(of: "Báo cáo này HIỂN THỊ dữ liệu cá nhân"))
        #expect(warning.lowerBound < shown.range(of: "<section")!.lowerBound)
    }

    @Test("PersonalDataMask: long numbers keep 3 + 3 digits, names their initials, dates and short codes stay")
    func mask() {
        let mask = PersonalDataMask()
        #expect(PersonalDataMask.maskNumbers(in: "079212004234") == "079******234")
        #expect(PersonalDataMask.maskNumbers(in: "079 212 004 234") == "079 *** *** 234")
        #expect(PersonalDataMask.maskNumbers(in: "SĐT 0909.123.456, mã 12345") == "SĐT 090*.***.456, mã 12345")
        #expect(PersonalDataMask.maskNumbers(in: "023456789") == "023***789")
        #expect(PersonalDataMask.maskNumbers(in: "12345678") == "12345678")
        #expect(PersonalDataMask.maskNumbers(in: "2026-05-27 09:00:00") == "2026-05-27 09:00:00")
        #expect(PersonalDataMask.maskNumbers(in: "01/03/2011") == "01/03/2011")
        #expect(mask.text("trùng với 079211000001 ở dòng 4") == "trùng với 079******001 ở dòng 4")
        #expect(PersonalDataMask(reveal: true).text("079211000001") == "079211000001")
        // Typed columns: short IDs fully masked, names to initials, e-mail local part.
        #expect(mask.value("7921100", type: .citizenID) == "*******")
        #expect(mask.value("079211000001", type: .citizenID) == "079******001")
        #expect(mask.value("Nguyễn Văn An", type: .personName) == "N. V. A.")
        #expect(mask.value("an.nguyen@hcm.edu.vn", type: .email) == "a********@hcm.edu.vn")
        #expect(mask.value("Thư viện số", type: .enumeration) == "Thư viện số")
        #expect(PersonalDataMask(reveal: true).value("Nguyễn Văn An", type: .personName) == "Nguyễn Văn An")
        // Column types come from the rules, by any spelling of the header.
        let ruled = PersonalDataMask(rules: FixtureSupport.rules.ruleSet)
        #expect(ruled.fieldType(recordType: "hoc_sinh", column: "Họ và tên") == .personName)
        #expect(ruled.fieldType(recordType: "hoc_sinh", column: "SO DINH DANH CA NHAN") == .citizenID)
        #expect(ruled.fieldType(recordType: "hoc_sinh", column: "Không có cột này") == nil)
        let finding = Finding(
            file: "hoc_sinh.csv", recordType: "hoc_sinh", row: 3, column: "Họ và tên", value: "trần thị bình",
            rule: "sach.name-case", dimension: .sach, severity: .warning, message: "")
        #expect(ruled.value(of: finding) == "t. t. b.")
    }

    // MARK: command line

    @Test("sachsong report writes the page atomically; --show-personal-data is said in the page")
    func command() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("report.html").path
        let result = try CommandLineTests.run(["report", "fixtures/district", "--as-of", FixtureSupport.asOfText, "--output", output])
        #expect(result.status == 0, "\(result.err)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("Trường THCS Hòa Bình"))
        #expect(html.contains("01/06/2026"))
        #expect(!html.contains("HIỂN THỊ dữ liệu cá nhân"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])
        let shown = try CommandLineTests.run([
            "report", "fixtures/district", "--as-of", FixtureSupport.asOfText, "--output", output,
            "--show-personal-data"
        ])
        #expect(shown.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("HIỂN THỊ dữ liệu cá nhân"))
        let missing = try CommandLineTests.run(["report", "does-not-exist", "--output", output])
        #expect(missing.status == 2)
        let noOutput = try CommandLineTests.run(["report", "fixtures/district"])
        #expect(noOutput.status == 64)
    }

    // MARK: helpers

    /// The outer HTML of the first `<tag … id="id">` element (no nesting of the same tag assumed).
    static func element(_ tag: String, id: String, in html: String) -> String? {
        element(tag, containing: "id=\"\(id)\"", in: html)
    }

    /// The outer HTML of the first `<tag …>` whose opening tag contains `attribute`.
    static func element(_ tag: String, containing attribute: String, in html: String) -> String? {
        var search = html.startIndex..<html.endIndex
        while let open = html.range(of: "<\(tag)", range: search) {
            guard let close = html.range(of: ">", range: open.upperBound..<html.endIndex) else { return nil }
            if html[open.lowerBound..<close.upperBound].contains(attribute),
                let end = html.range(of: "</\(tag)>", range: close.upperBound..<html.endIndex)
            {
                return String(html[open.lowerBound..<end.upperBound])
            }
            search = close.upperBound..<html.endIndex
        }
        return nil
    }
}

/// The report shows the groups of schools with their pooled rates.
@Suite("HTML report groups")
struct HTMLGroupTests {
    @Test("A folder tree's groups appear in the report, by level, with their pooled rates")
    func groups() throws {
        let root = try GroupTests.tree()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = IndicatorRunner(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).run(path: root.path)
        let html = HTMLReportTests.html(report)
        #expect(html.contains("Theo nhóm trường"))
        for group in report.groups { #expect(html.contains(">\(group.name)</td>")) }
        let ward = try #require(report.groups.first { $0.name == "phuong_b" })
        let rate = try #require(IndicatorRenderer.criterionRate(ward.ratios, report.spec.criteria[0]))
        #expect(html.contains(HTMLText.percent(rate)))
    }
}
