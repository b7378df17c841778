import CSVInput
import ExcelInput
import ExcelOutput
import Foundation
import TestSupport
import Testing
@testable import SachSong

/// Workbooks through the whole engine: the fixtures of fixtures/xlsx (scripts/make-xlsx-fixtures.py).
@Suite("Workbooks")
struct WorkbookTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func fixture(_ name: String) -> String { root.appendingPathComponent("fixtures/xlsx/\(name)").path }
    static let rules = CheckExampleTests.rules

    static func check(_ name: String, type: String? = nil, sheet: String? = nil) throws -> FileReport {
        var options = CheckOptions(asOf: FixtureSupport.asOf, recordType: type)
        options.sheet = sheet
        return try FileChecker(rules: rules, options: options).check(path: fixture(name))
    }

    static func summary(_ report: FileReport) -> [String] {
        report.findings.map { "\($0.rule)@\($0.row.map(String.init) ?? "-"):\($0.cell ?? "")" }
    }

    @Test("The student export as .xlsx: exact findings with cell references")
    func xlsxFindings() throws {
        let report = try Self.check("hoc_sinh.xlsx")
        #expect(report.recordType == "hoc_sinh")
        #expect(report.rows == 6)
        #expect(
            Self.summary(report) == [
                "csv.title-rows@-:", "excel.trailing-empty@-:", "excel.trailing-empty@-:",
                // One cell, one finding: the Excel aspect of each defect is folded into it.
                "cccd.lost-zero@2:F6", "excel.phone-number@3:G7", "sach.date-format@4:E8", "excel.scientific@5:F9"
            ])
        #expect(report.findings.first { $0.rule == "cccd.lost-zero" }?.message.contains("excel.id-number") == true)
        #expect(report.findings.first { $0.rule == "excel.phone-number" }?.message.contains("dung.phone") == true)
        #expect(report.errors + report.warnings + report.infos == report.findings.count)
        let phone = try #require(report.findings.first { $0.rule == NumberPhoneCheck.id })
        #expect(phone.fix == "0912345679")
        #expect(phone.line == 7)
    }

    @Test("The same export as CSV, .xlsx and .xls gives the same findings, but for Excel-only ones")
    func sameFindings() throws {
        // Excel-only findings, and the phone finding a numeric cell folds into its Excel one.
        let excelOnly: Set<String> = [NumberIDCheck.id, NumberPhoneCheck.id, TrailingEmptyCheck.id, "dung.phone"]
        func key(_ report: FileReport) -> [String] {
            report.findings.filter { !excelOnly.contains($0.rule) }.map { "\($0.rule)|\($0.row ?? 0)|\($0.line ?? 0)|\($0.column ?? "")|\($0.value ?? "")" }
        }
        let csv = try Self.check("hoc_sinh.csv")
        let xlsx = try Self.check("hoc_sinh.xlsx")
        let xls = try Self.check("hoc_sinh.xls")
        #expect(key(csv) == key(xlsx))
        #expect(key(xls) == key(xlsx))
        #expect(csv.findings.allSatisfy { $0.cell == nil })
    }

    @Test("Legacy fonts: every TCVN3 and VNI cell reported with its Unicode text as the fix")
    func legacy() throws {
        let report = try Self.check("legacy.xlsx", type: "hoc_sinh")
        let found = report.findings.filter { $0.rule == LegacyFontCheck.id }
        let expected = try String(contentsOfFile: Self.fixture("legacy.expected.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(found.count == expected.count * 2)
        #expect(found.filter { $0.columnIndex == 0 }.compactMap(\.fix) == expected.map { $0[0] })
        #expect(found.filter { $0.columnIndex == 2 }.compactMap(\.fix) == expected.map { $0[1] })
        #expect(found.first?.cell == "A2")
    }

    @Test("A two-row merged group header is joined: the sub-header row is no data row")
    func twoRowHeader() throws {
        let report = try Self.check("two_row_header.xlsx", type: "hoc_sinh")
        #expect(!report.findings.contains { $0.rule == "csv.blank-header" })
        #expect(!report.findings.contains { $0.rule == "du.required" && $0.line == 4 })
        #expect(!report.findings.contains { $0.line == 5 && $0.column == "Họ và tên" })
    }

    @Test("clean converts legacy-font columns of a workbook to Unicode, and only those")
    func cleanLegacy() throws {
        var options = CleanOptions(asOf: FixtureSupport.asOf)
        options.recordType = "hoc_sinh"
        let result = try CleanTests.clean(Self.fixture("legacy.xlsx"), options: options)
        defer { try? FileManager.default.removeItem(atPath: result.output) }
        let rows = try CleanTests.records(result.output)
        let expected = try String(contentsOfFile: Self.fixture("legacy.expected.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == expected.count + 1)
        #expect(rows.dropFirst().map { [$0[0], $0[2]] } == expected)
        #expect(rows.dropFirst().map { $0[1] } == (1...6).map { "0\($0)/05/2012" })
        #expect(result.changes.allSatisfy { $0.rule == CellFix.legacyFont.rawValue })
        #expect(result.changes.count == 12)
    }

    @Test("check --format xlsx writes the findings as a workbook; --sheet; workbooks in a folder; a broken zip exits 2")
    func commandLine() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-findings-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let run = try CommandLineTests.run(["check", "fixtures/xlsx/hoc_sinh.xlsx", "--as-of", FixtureSupport.asOfText, "--format", "xlsx", "--output", output])
        #expect(run.status == 1)
        let reader = try XLSXReader(path: output)
        #expect(reader.sheetName == "Phát hiện")
        var rows: [[String]] = []
        try reader.forEachRecord { rows.append($0.strings()) }
        #expect(rows.first?.prefix(6) == ["Tệp", "Loại hồ sơ", "Dòng dữ liệu", "Dòng", "Ô", "Cột"])
        #expect(rows.contains { $0.count > 7 && $0[4] == "F6" && $0[6] == "79312004322" && $0[7] == "cccd.lost-zero" })
        let text = try CommandLineTests.run(["check", "fixtures/xlsx/hoc_sinh.xlsx", "--as-of", FixtureSupport.asOfText, "--sheet", "DanhSach"])
        #expect(text.out.contains("ô F6"))
        let missing = try CommandLineTests.run(["check", "fixtures/xlsx/hoc_sinh.xlsx", "--sheet", "Không có"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("fixtures/xlsx/hoc_sinh.xlsx: không có trang tính «Không có»"))
        let broken = try CommandLineTests.run(["check", "fixtures/xlsx/not_a_workbook.xlsx"])
        #expect(broken.status == 2)
        #expect(broken.err.contains("not_a_workbook.xlsx: không phải bảng tính Excel"))
    }

    @Test("clean on a workbook writes a workbook: same sheet, header and rows, identity numbers and phones as text")
    func cleanRoundTrip() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-clean-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var writer: WorkbookWriter?
        let report = try Cleaner(rules: Self.rules, options: CleanOptions(asOf: FixtureSupport.asOf)).clean(
            path: Self.fixture("hoc_sinh.xlsx"),
            makeWriter: { reader in
                let made = try WorkbookWriter(path: output, sheetName: (reader as? any WorkbookSource)?.sheetName ?? "Sheet1")
                writer = made
                return made
            }, onChange: { _ in })
        try writer?.commit()
        #expect(report.changedCells == 3)
        let original = XLSXReaderRows(try XLSXReader(path: Self.fixture("hoc_sinh.xlsx")))
        let cleanedReader = try XLSXReader(path: output)
        #expect(cleanedReader.sheetName == "DanhSach")
        let cleaned = XLSXReaderRows(cleanedReader)
        #expect(try cleaned.rows().count == original.rows().count)
        let rows = try cleaned.rows()
        #expect(rows[3] == ["STT", "Mã MOET", "Họ và tên", "Giới tính", "Ngày sinh", "Căn cước", "Điện thoại HS", "Lớp", "Khối", "Trạng thái"])
        #expect(rows[4] == ["1", "7977085337", "Nguyễn Văn An", "Nam", "05/05/2012", "079212004321", "0901234567", "8A1", "8", "Đang học"])
        #expect(rows[5][5] == "079312004322")
        #expect(rows[6][6] == "0912345679")
        #expect(rows[7][4] == "05/09/2012")
        // The zeros are kept because the cells are text, not because the reader guesses.
        #expect(!cleanedReader.cellKinds(line: 6).contains { $0.column == 5 })
        #expect(cleanedReader.cellKinds(line: 5).contains { $0.column == 0 && $0.kind == .number })
        // And the cleaned workbook has none of the damage left that clean fixes.
        let check = try FileChecker(rules: Self.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).check(path: output)
        #expect(!check.findings.contains { ["cccd.lost-zero", "dung.phone", "excel.id-number", "excel.phone-number"].contains($0.rule) })
    }
}

/// Reads a workbook's records once, as strings.
final class XLSXReaderRows {
    let reader: XLSXReader
    private var cache: [[String]]?
    init(_ reader: XLSXReader) { self.reader = reader }
    func rows() throws -> [[String]] {
        if let cache { return cache }
        var result: [[String]] = []
        try reader.forEachRecord { result.append($0.strings()) }
        cache = result
        return result
    }
}
