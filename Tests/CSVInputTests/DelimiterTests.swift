import CSVInput
import Foundation
import Testing

/// A header scorer for title-row detection: the number of non-empty cells.
private let filledCells: @Sendable ([String]) -> Int = { cells in
    cells.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
}

@Suite("Delimiters: sniffed among , ; TAB |, or forced")
struct DelimiterTests {
    @Test(
        "Each delimiter is sniffed and splits the rows exactly",
        arguments: [
            ("delim_tab.csv", UInt8(ascii: "\t")),
            ("delim_pipe.csv", UInt8(ascii: "|"))
        ])
    func plainDelimiters(name: String, delimiter: UInt8) throws {
        let read = try readFixture(name)
        #expect(read.delimiter == delimiter)
        #expect(read.header == Students.header)
        #expect(read.rows == Students.rows)
        #expect(read.found == [])
    }

    @Test("Comma file with a semicolon inside a quoted field")
    func comma() throws {
        let read = try readFixture("delim_comma.csv")
        #expect(read.delimiterCharacter == ",")
        #expect(read.header == Students.header)
        #expect(
            read.rows == [
                Students.rows[0],
                ["Trần Thị Bích Ngọc", "05/11/2012", "Nữ", "079312006152", "Ấp 3; xã Tân Phú Trung"],
                Students.rows[2]
            ])
        #expect(read.found == [])
    }

    @Test("Semicolon file whose addresses hold commas")
    func semicolon() throws {
        let read = try readFixture("delim_semicolon.csv")
        #expect(read.delimiterCharacter == ";")
        #expect(read.header == Students.header)
        #expect(
            read.rows == [
                ["Nguyễn Văn An", "12/03/2012", "Nam", "001212004871", "Số 12, ngõ 34, phố Huế"],
                Students.rows[1],
                Students.rows[2]
            ])
        #expect(read.found == [])
    }

    @Test("Title rows with commas above a semicolon header: ';' is still sniffed, the header found under them")
    func titleRowsAboveSemicolonHeader() throws {
        let read = try readFixture(
            "title_rows_semicolon.csv",
            headerPolicy: .detect(scan: 10, minimumScore: 3, score: filledCells))
        #expect(read.delimiterCharacter == ";")
        #expect(read.header == Students.header)
        #expect(read.headerLine == 4)
        #expect(read.titleRows == 2)
        #expect(
            read.rows == [
                ["Nguyễn Văn An", "12/03/2012", "Nam", "001212004871", "Số 12, ngõ 34, phố Huế"],
                ["Trần Thị Bích Ngọc", "05/11/2012", "Nữ", "079312006152", "Số 5, ngách 2, Khâm Thiên"],
                Students.rows[2]
            ])
        #expect(read.lines == [5, 6, 7])
        #expect(read.rowNumbers == [1, 2, 3])
        #expect(read.found == [Found(.titleRowsSkipped, line: 4)])
    }

    @Test("A forced delimiter wins over sniffing")
    func forced() throws {
        let asSniffed = try readFixture("delim_semicolon.csv")
        let forcedSame = try readFixture("delim_semicolon.csv", options: CSVReadOptions(delimiter: UInt8(ascii: ";")))
        #expect(forcedSame.rows == asSniffed.rows)

        // Forced to a comma, the semicolon file splits only at the commas of its first address.
        let forcedComma = try readFixture("delim_semicolon.csv", options: CSVReadOptions(delimiter: UInt8(ascii: ",")))
        #expect(forcedComma.delimiterCharacter == ",")
        #expect(forcedComma.header == ["Họ và tên;Ngày sinh;Giới tính;Số định danh cá nhân;Địa chỉ"])
        #expect(forcedComma.rows.first == ["Nguyễn Văn An;12/03/2012;Nam;001212004871;Số 12", " ngõ 34", " phố Huế"])
        #expect(forcedComma.found.first == Found(.tooManyFields, line: 2, row: 1, column: 1))
    }

    @Test("Sniffing on text: quoted delimiters do not count; ties go to the comma")
    func snifferDirect() {
        func sniff(_ text: String) -> Character {
            let bytes = Array(text.utf8)
            return Character(UnicodeScalar(bytes.withUnsafeBufferPointer { DelimiterSniffer.sniff($0) }))
        }
        #expect(sniff("a;b;c\n\"x,y,z,w\";2;3\n") == ";")
        #expect(sniff("a|b\n1|2\n") == "|")
        #expect(sniff("chỉ một cột\nkhông có dấu phân cách\n") == ",")
        #expect(sniff("a,b;c\n1,2;3\n") == ",")
    }
}
