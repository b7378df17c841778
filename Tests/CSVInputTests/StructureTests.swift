import CSVInput
import Testing

/// Issues reduced to kind, line and column (reader-level issues carry no data row number).
private func placed(_ read: TableRead) -> [Found] {
    read.found.map { Found($0.kind, line: $0.line, column: $0.column) }
}

@Suite("Structural problems: ragged rows, quotes, NUL bytes, long fields")
struct StructureTests {
    @Test("Rows with more or fewer fields than the header are reported with row, line and column")
    func raggedRows() throws {
        let read = try readFixture("ragged_rows.csv")
        #expect(
            read.found == [
                Found(.tooManyFields, line: 3, row: 2, column: 5),
                Found(.tooFewFields, line: 4, row: 3, column: 3)
            ])
        #expect(read.issues[0].message == "Dòng dữ liệu 2 có 6 trường, nhiều hơn 5 cột của dòng tiêu đề.")
        #expect(read.issues[1].message == "Dòng dữ liệu 3 có 3 trường, ít hơn 5 cột của dòng tiêu đề.")
        #expect(read.issues.allSatisfy { $0.kind.isError })
        // The ragged rows are still delivered as they are.
        #expect(read.rows.map(\.count) == [5, 6, 3, 5])
        #expect(read.rows[2] == ["Lê Hoàng Dũng", "28/07/2011", "Nam"])
        #expect(read.lines == [2, 3, 4, 5])
    }

    @Test("An unterminated quote at the end: reported at the line it opens; the rest of the file is one field")
    func unterminatedQuote() throws {
        let read = try readFixture("unterminated_quote.csv")
        #expect(placed(read) == [Found(.unterminatedQuote, line: 3, column: 4)])
        #expect(read.issues[0].message.contains("dòng 3"))
        #expect(read.rows.count == 2)
        #expect(read.rows[0] == ["Nguyễn Văn An", "12/03/2012", "Nam", "001212004871", "Hà Nội"])
        #expect(
            read.rows[1] == [
                "Trần Thị Bích Ngọc", "05/11/2012", "Nữ", "079312006152",
                "Ấp 3, xã Tân Phú Trung\nLê Hoàng Dũng,28/07/2011,Nam,048211003390,Đà Nẵng\n"
            ])
        #expect(read.lines == [2, 3])
        #expect(read.physicalLines == 4)
    }

    @Test("A quote inside an unquoted field is reported and read verbatim; the next rows are unaffected")
    func strayQuoteInUnquotedField() throws {
        let read = try readFixture("stray_quote.csv")
        #expect(read.rows[0] == ["Nguyễn Văn \"Tí\" An", "12/03/2012", "Nam", "001212004871", "Hà Nội"])
        #expect(read.rows[2] == ["Lê Hoàng Dũng", "28/07/2011", "Nam", "048211003390", "Đà Nẵng"])
        #expect(read.lines == [2, 3, 4])
        // Every issue is a stray quote in the first column, on lines 2 and 3 only.
        let places = placed(read)
        #expect(places.allSatisfy { $0.kind == .strayQuote && $0.column == 0 })
        #expect(Set(places.compactMap(\.line)) == [2, 3])
    }

    @Test("Text after a closing quote continues the field: `\"Trần Thị\" Bích Ngọc` reads as Excel shows it")
    func textAfterClosingQuote() throws {
        let read = try readFixture("stray_quote.csv")
        #expect(placed(read).contains(Found(.strayQuote, line: 3, column: 0)))
        #expect(read.rows[1].count == 5)
        #expect(Array(read.rows[1].dropFirst()) == ["05/11/2012", "Nữ", "079312006152", "Củ Chi"])
        #expect(read.rows[1][0] == "Trần Thị Bích Ngọc")
    }

    @Test("A NUL byte is reported at its line and column and kept in the field")
    func nulByte() throws {
        let read = try readFixture("nul_byte.csv")
        #expect(placed(read) == [Found(.nulByte, line: 3, column: 3)])
        #expect(read.issues[0].message == "Trường ở cột 4 chứa ký tự NUL (byte 0).")
        #expect(read.rows[1] == ["Trần Thị Bích Ngọc", "05/11/2012", "Nữ", "079312006152\u{0}\u{0}", "Củ Chi"])
        #expect(read.rows[2] == ["Lê Hoàng Dũng", "28/07/2011", "Nam", "048211003390", Students.rows[2][4]])
        #expect(read.lines == [2, 3, 4])
    }

    @Test("A field longer than maxFieldBytes is reported and still read whole")
    func fieldTooLong() throws {
        let address = "Số nhà 1024, đường Nguyễn Văn Khạ, ấp Bàu Tròn, xã Tân Phú Trung, huyện Củ Chi"
        let read = try readFixture("field_too_long.csv", options: CSVReadOptions(maxFieldBytes: 64))
        #expect(placed(read) == [Found(.fieldTooLong, line: 3, column: 4)])
        #expect(read.issues[0].message == "Trường ở cột 5 dài \(address.utf8.count) byte, vượt giới hạn 64 byte.")
        #expect(read.rows[1][4] == address)
        #expect(read.rows.map(\.count) == [5, 5, 5])

        // With the default limit nothing is reported.
        #expect(try readFixture("field_too_long.csv").found == [])
    }

    @Test("Issues beyond the per-kind limit are counted but not kept")
    func issueLimit() throws {
        let read = try RecordTable(
            path: TestPaths.fixture("header_blank_cell.csv"),
            options: CSVReadOptions(maxIssuesPerKind: 1))
        try read.read(onHeader: { _ in }, onRow: { _ in })
        #expect(read.log.issues.count == 1)
        #expect(read.log.counts[.blankHeader] == 2)
        #expect(read.log.total == 2)
    }

    @Test("A missing file is an error, not an issue")
    func missingFile() {
        #expect(throws: CSVInputError.self) { try CSVReader(path: TestPaths.fixture("khong_co.csv")) }
        #expect(throws: CSVInputError.isDirectory(path: TestPaths.fixtures.path)) {
            try CSVReader(path: TestPaths.fixtures.path)
        }
    }
}
