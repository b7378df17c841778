import CSVInput
import Testing

@Suite("Line endings and quoted fields")
struct LineEndingTests {
    @Test(
        "CRLF, LF and lone CR read to the same rows on the same lines",
        arguments: [("lineend_crlf.csv", LineEnding.crlf), ("lineend_lf.csv", .lf), ("lineend_cr.csv", .cr)])
    func lineEndings(name: String, ending: LineEnding) throws {
        let read = try readFixture(name)
        #expect(read.lineEnding == ending)
        #expect(read.header == Students.header)
        #expect(read.rows == Students.rows)
        // No field keeps a CR or LF of the line end.
        #expect(read.rows.allSatisfy { row in row.allSatisfy { !$0.contains("\r") && !$0.contains("\n") } })
        #expect(read.lines == [2, 3, 4])
        #expect(read.physicalLines == 4)
        #expect(read.found == [])
    }

    @Test("Quoted delimiters, doubled quotes, empty quoted fields and newlines inside fields")
    func quotedFields() throws {
        let read = try readFixture("quoted_fields.csv")
        #expect(read.header == Students.header)
        #expect(
            read.rows == [
                ["Nguyễn Văn An", "12/03/2012", "Nam", "001212004871", "Số 12, ngõ 34, phố Huế, Hà Nội"],
                ["Trần Thị \"Bống\" Ngọc", "05/11/2012", "Nữ", "079312006152", ""],
                ["Lê Hoàng Dũng", "28/07/2011", "Nam", "048211003390", "Tổ 5\nphường Hòa Khánh Bắc\nĐà Nẵng"],
                ["Phạm Thu Hà", "19/09/2012", "Nữ", "036312001277", "Xã Hải Hậu - Nam Định"],
                ["Đỗ Minh\nKhôi", "02/02/2011", "Nam", "001211009013", "Ngõ 7, \"khu tập thể\" C3"],
                ["Vũ Thị Lan", "14/04/2012", "Nữ", "030312000456", "Hải Dương"]
            ])
        // A record starts on the physical line of its first byte; lines inside quotes are counted.
        #expect(read.lines == [2, 3, 4, 7, 8, 10])
        #expect(read.rowNumbers == [1, 2, 3, 4, 5, 6])
        #expect(read.physicalLines == 10)
        #expect(read.found == [])
    }

    @Test("A CRLF inside a quoted field is kept as CRLF; the line count treats it as one line end")
    func crlfInsideQuotes() throws {
        let read = try readFixture("chunk_boundary.csv")
        #expect(read.lineEnding == .crlf)
        #expect(read.rows[0][4] == "Phường Láng Thượng,\r\nĐống Đa, Hà Nội")
        #expect(read.rows[2][4] == "\r\n\r\n")
        #expect(read.lines == [2, 4, 7, 10])
        #expect(read.physicalLines == 10)
    }

    @Test("A last line without a line end is still a record and a line")
    func noFinalLineEnd() throws {
        let read = try readFixture("chunk_boundary.csv")
        #expect(read.rows.last == ["Ưng Thị Ở", "01/01/2012", "Nữ", "001312000001", "Ỷ La - Tuyên Quang"])
        #expect(read.lines.last == 10)
    }
}
