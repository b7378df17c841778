import CSVInput
import Foundation
import TestSupport
import Testing
@testable import ExcelInput

/// The fixtures of fixtures/xlsx (made by scripts/make-xlsx-fixtures.py).
enum Fixture {
    static let root = FixtureSupport.packageRoot
    static func path(_ name: String) -> String { root.appendingPathComponent("fixtures/xlsx/\(name)").path }

    /// Every record as (line, fields).
    static func records(_ source: any RecordSource) throws -> [(line: Int, fields: [String])] {
        var result: [(Int, [String])] = []
        try source.forEachRecord { result.append(($0.line, $0.strings())) }
        return result
    }
}

@Suite("XLSX reader")
struct XLSXReaderTests {
    @Test("Inline strings, prefixes, gaps, entities, booleans, formulas, errors, serial 60; <dimension> ignored")
    func inline() throws {
        let reader = try XLSXReader(path: Fixture.path("inline.xlsx"))
        #expect(reader.sheetName == "Tay & Nam")
        let rows = try Fixture.records(reader)
        #expect(rows.map(\.line) == [1, 2, 3, 4, 5, 6])
        #expect(rows[0].fields == ["Họ và tên", "Ngày sinh", "Ghi chú", "", "Số"])
        #expect(rows[1].fields == ["Nguyễn Văn & An", "29/02/1900", "TRUE", "", "2"])
        #expect(rows[2].fields == ["", "", "", "", ""])
        #expect(rows[4].fields == ["<Lê> \"Hà\" 'x'", "01/06/2025", "#N/A", "", "0.1"])
        #expect(rows[5].fields == ["Bùi Thị Cúc", "01/03/1900", "công thức", "", "79212004321"])
        #expect(reader.cellKinds(line: 6).map(\.column) == [1, 4])
        #expect(reader.cellKinds(line: 6).map(\.kind) == [.date, .number])
    }

    @Test("A real-looking export: title rows, shared strings, numbers as Excel shows them, serial dates")
    func hocSinh() throws {
        let reader = try XLSXReader(path: Fixture.path("hoc_sinh.xlsx"))
        #expect(reader.sheetNames == ["DanhSach", "Ghi chú"])
        let rows = try Fixture.records(reader)
        #expect(rows.map(\.line) == Array(1...10))
        #expect(rows[0].fields.first == "TRƯỜNG THCS HÒA BÌNH - PHƯỜNG GIA ĐỊNH")
        #expect(rows[3].fields.count == 10)
        #expect(rows[4].fields == ["1", "7977085337", "Nguyễn Văn An", "Nam", "05/05/2012", "079212004321", "0901234567", "8A1", "8", "Đang học"])
        #expect(rows[5].fields[5] == "79312004322")
        #expect(rows[6].fields[6] == "912345679")
        #expect(rows[7].fields[4] == "2012-09-05")
        #expect(rows[8].fields[5] == "7.9212E+10")
        #expect(reader.cellKinds(line: 6).contains { $0.column == 5 && $0.kind == .number })
        #expect(reader.trailingEmptyRows == 3)
        #expect(reader.trailingEmptyColumns >= 1)
    }

    @Test("The same export as CSV and as .xlsx gives the same records")
    func sameAsCSV() throws {
        let xlsx = try Fixture.records(try XLSXReader(path: Fixture.path("hoc_sinh.xlsx")))
        let csv = try Fixture.records(try CSVReader(path: Fixture.path("hoc_sinh.csv")))
        #expect(xlsx.map(\.line) == csv.map(\.line))
        // Title rows: the CSV keeps Excel's empty cells; compare what is written.
        for (a, b) in zip(xlsx, csv) {
            #expect(a.fields.filter { !$0.isEmpty } == b.fields.filter { !$0.isEmpty })
        }
    }

    @Test("A two-row header with merged group labels is joined into one header row")
    func twoRowHeader() throws {
        let rows = try Fixture.records(try XLSXReader(path: Fixture.path("two_row_header.xlsx")))
        #expect(rows.map(\.line) == [1, 2, 3, 4, 5, 6])
        #expect(rows[2].fields == ["STT", "Họ và tên", "Ngày sinh", "Chỗ ở hiện nay – Xã/Phường", "Chỗ ở hiện nay – Tỉnh/Tp"])
        #expect(rows[3].fields.allSatisfy { $0.isEmpty })
        #expect(rows[4].fields == ["1", "Nguyễn Văn An", "05/05/2012", "Phường Gia Định", "TP. Hồ Chí Minh"])
    }

    @Test("1904 date system; date-times keep their time")
    func dates1904() throws {
        let reader = try XLSXReader(path: Fixture.path("dates1904.xlsx"))
        #expect(reader.date1904)
        let rows = try Fixture.records(reader)
        #expect(rows[1].fields == ["Nguyễn Văn An", "05/05/2012", "01/04/2026 08:30:00"])
        #expect(rows[2].fields == ["Trần Thị Bình", "31/12/2011", "02/04/2026"])
    }

    @Test("Legacy fonts are seen per column")
    func legacyFonts() throws {
        let reader = try XLSXReader(path: Fixture.path("legacy.xlsx"))
        _ = try Fixture.records(reader)
        #expect(reader.legacyFonts[0]?.encoding == .tcvn3)
        #expect(reader.legacyFonts[2]?.encoding == .vni)
        #expect(reader.legacyFonts[1] == nil)
    }

    @Test("--sheet by name and by number; an unknown sheet is one clear error")
    func sheets() throws {
        let byName = try XLSXReader(path: Fixture.path("hoc_sinh.xlsx"), sheet: "ghi chú")
        #expect(byName.sheetName == "Ghi chú")
        let byNumber = try XLSXReader(path: Fixture.path("hoc_sinh.xlsx"), sheet: "2")
        #expect(byNumber.sheetName == "Ghi chú")
        #expect(throws: ExcelInputError.noSuchSheet(path: Fixture.path("hoc_sinh.xlsx"), sheet: "X", available: ["DanhSach", "Ghi chú"])) {
            try XLSXReader(path: Fixture.path("hoc_sinh.xlsx"), sheet: "X")
        }
    }

    @Test("Not a workbook, or a corrupt .xls: an error naming the file")
    func broken() throws {
        for name in ["not_a_workbook.xlsx", "corrupt.xls"] {
            do {
                _ = try RecordSources.open(path: Fixture.path(name))
                Issue.record("\(name) opened")
            } catch let error as ExcelInputError {
                #expect(error.description.hasPrefix(Fixture.path(name)))
            }
        }
    }

    @Test("The factory chooses by content")
    func factory() throws {
        #expect(try RecordSources.open(path: Fixture.path("hoc_sinh.xlsx")).format == "xlsx")
        #expect(try RecordSources.open(path: Fixture.path("hoc_sinh.xls")).format == "xls")
        #expect(try RecordSources.open(path: Fixture.path("hoc_sinh.csv")).format == "csv")
    }
}

@Suite("XLS reader")
struct XLSReaderTests {
    @Test("The same export as .xls gives the same records as .xlsx")
    func hocSinh() throws {
        let reader = try XLSReader(path: Fixture.path("hoc_sinh.xls"))
        #expect(reader.sheetName == "DanhSach")
        let xls = try Fixture.records(reader)
        let xlsx = try Fixture.records(try XLSXReader(path: Fixture.path("hoc_sinh.xlsx")))
        #expect(xls.map(\.line) == xlsx.map(\.line))
        for (a, b) in zip(xls, xlsx) { #expect(a.fields == b.fields) }
        #expect(reader.cellKinds(line: 6).contains { $0.column == 5 && $0.kind == .number })
    }
}

@Suite("Cell text")
struct CellTextTests {
    @Test func serials() {
        #expect(CellText.date(serial: 1, system1904: false) == "01/01/1900")
        #expect(CellText.date(serial: 59, system1904: false) == "28/02/1900")
        #expect(CellText.date(serial: 60, system1904: false) == "29/02/1900")
        #expect(CellText.date(serial: 61, system1904: false) == "01/03/1900")
        #expect(CellText.date(serial: 41061, system1904: false) == "01/06/2012")
        #expect(CellText.date(serial: 0, system1904: true) == "01/01/1904")
        #expect(CellText.date(serial: 39599, system1904: true) == "01/06/2012")
        #expect(CellText.date(serial: 41061.5, system1904: false) == "01/06/2012 12:00:00")
    }

    @Test func numbers() {
        #expect(CellText.number(79212004321) == "79212004321")
        #expect(CellText.number(0.1 + 0.2) == "0.3")
        #expect(CellText.number(-3.5) == "-3.5")
        #expect(String(decoding: CellText.number(raw: Array("7.9212004321E10".utf8)), as: UTF8.self) == "79212004321")
        #expect(CellText.columnLetters(0) == "A")
        #expect(CellText.columnLetters(27) == "AB")
        #expect(CellText.reference(column: 2, row: 12) == "C12")
    }

    @Test func formats() {
        #expect(CellText.formatKind(code: "dd/mm/yyyy") == .date)
        #expect(CellText.formatKind(code: "[$-42A]d mmmm yyyy") == .date)
        #expect(CellText.formatKind(code: "h:mm:ss") == .time)
        #expect(CellText.formatKind(code: "#,##0\"đ\"") == .none)
        #expect(CellText.formatKind(code: "0.00") == .none)
        #expect(CellText.formatKind(code: "General") == .none)
    }
}
