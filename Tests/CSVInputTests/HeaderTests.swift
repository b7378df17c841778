import CSVInput
import Testing

@Suite("Header problems and files without data")
struct HeaderTests {
    @Test("A blank or whitespace-only header cell is reported at its column")
    func blankCell() throws {
        let read = try readFixture("header_blank_cell.csv")
        #expect(read.header == ["STT", "Họ và tên", "", "Giới tính", " "])
        #expect(read.found == [Found(.blankHeader, line: 1, column: 2), Found(.blankHeader, line: 1, column: 4)])
        #expect(read.issues.map(\.message) == ["Ô tiêu đề ở cột 3 để trống.", "Ô tiêu đề ở cột 5 để trống."])
        // The data row is still read in full.
        #expect(read.rows == [["1", "Nguyễn Văn An", "12/03/2012", "Nam", "x"]])
    }

    @Test("Duplicate header names are found regardless of case and trailing spaces")
    func duplicates() throws {
        let read = try readFixture("header_duplicate.csv")
        #expect(read.header == ["Họ và tên", "Ngày sinh", "Giới tính", "Họ và tên", "NGÀY SINH "])
        #expect(read.found == [Found(.duplicateHeader, line: 1, column: 3), Found(.duplicateHeader, line: 1, column: 4)])
        #expect(read.issues[0].message.contains("cột 1 và cột 4"))
        #expect(read.issues[1].message.contains("cột 2 và cột 5"))
        #expect(read.rows.count == 1)
    }

    @Test("A header without data rows: csv.no-data-rows")
    func headerOnly() throws {
        let read = try readFixture("header_only.csv")
        #expect(read.header == Students.header)
        #expect(read.rows.isEmpty)
        #expect(read.rowCount == 0)
        #expect(read.found == [Found(.noDataRows, line: 1)])
    }

    @Test("An empty file: csv.empty-file once, no header")
    func emptyFile() throws {
        let read = try readFixture("empty.csv")
        #expect(read.header == nil)
        #expect(read.rows.isEmpty)
        #expect(read.physicalLines == 0)
        #expect(read.found == [Found(.emptyFile)])
        #expect(read.issues[0].kind.isError)
    }

    @Test("A file of blank lines (and blank records) is reported as empty, once")
    func onlyBlankLines() throws {
        let read = try readFixture("blank_lines_only.csv")
        #expect(read.header == nil)
        #expect(read.rows.isEmpty)
        #expect(read.physicalLines == 5)
        #expect(read.found == [Found(.emptyFile)])
    }

    @Test("Blank rows after the header are counted, not delivered; row numbers keep counting them")
    func blankRows() throws {
        let read = try readFixture("blank_rows.csv")
        #expect(read.rowCount == 4 + 1)
        #expect(read.blankRows == 2)
        #expect(
            read.rows == [
                ["Nguyễn Văn An", "12/03/2012", "Nam", "001212004871", "Hà Nội"],
                ["Trần Thị Bích Ngọc", "05/11/2012", "Nữ", "079312006152", "Củ Chi"],
                ["Lê Hoàng Dũng", "28/07/2011", "Nam", "048211003390", "Đà Nẵng"]
            ])
        // Line 5 is an empty line: not a record, so not a row; lines 3 and 6 are blank rows 2 and 4.
        #expect(read.rowNumbers == [1, 3, 5])
        #expect(read.lines == [2, 4, 7])
        #expect(read.found == [])
    }

    @Test("A forced header row: records above it are counted as title rows")
    func forcedHeaderRow() throws {
        let read = try readFixture("title_rows_semicolon.csv", headerPolicy: .record(3))
        #expect(read.header == Students.header)
        #expect(read.headerLine == 4)
        #expect(read.titleRows == 2)
        #expect(read.lines == [5, 6, 7])
        #expect(read.found == [Found(.titleRowsSkipped, line: 4)])
    }
}
