import CSVInput
import Foundation
import Testing

/// Swift's `==` on strings ignores normalisation (NFD text equals NFC text), so the tests below
/// also check that every field is NFC scalar for scalar.
private func isNFC(_ rows: [[String]]) -> Bool {
    rows.allSatisfy { row in
        row.allSatisfy { $0.unicodeScalars.elementsEqual($0.precomposedStringWithCanonicalMapping.unicodeScalars) }
    }
}

@Suite("Encodings: BOM, UTF-16, Windows-1258, invalid bytes")
struct EncodingTests {
    @Test(
        "Every Unicode variant reads to the same header and rows",
        arguments: [
            ("utf8.csv", TextEncoding.utf8, LineEnding.lf, UInt8(ascii: ",")),
            ("utf8_bom.csv", .utf8BOM, .crlf, UInt8(ascii: ",")),
            ("utf16le_bom.csv", .utf16LE, .crlf, UInt8(ascii: "\t")),
            ("utf16be_bom.csv", .utf16BE, .lf, UInt8(ascii: ",")),
            ("utf16le_nobom.csv", .utf16LE, .crlf, UInt8(ascii: ","))
        ])
    func unicodeVariants(name: String, encoding: TextEncoding, lineEnding: LineEnding, delimiter: UInt8) throws {
        let read = try readFixture(name)
        #expect(read.encoding == encoding)
        #expect(read.lineEnding == lineEnding)
        #expect(read.delimiter == delimiter)
        // A BOM left in the first header cell would show here (U+FEFF is not ignored by ==).
        #expect(read.header?.first?.unicodeScalars.first == "H")
        #expect(read.header == Students.header)
        #expect(read.rows == Students.rows)
        #expect(isNFC([read.header ?? []] + read.rows))
        #expect(read.lines == [2, 3, 4])
        #expect(read.physicalLines == 4)
        #expect(read.found == [])
    }

    @Test("A Windows-1258 file is detected, reported at its first invalid byte and composed to NFC")
    func windows1258() throws {
        let read = try readFixture("windows1258.csv")
        #expect(read.encoding == .windows1258)
        #expect(read.lineEnding == .crlf)
        // "STT,Ho" then 0xF2 (combining dot below of "ọ"): offset 6, line 1 (make_fixtures.py prints it).
        #expect(read.found == [Found(.invalidUTF8, line: 1, byteOffset: 6)])
        #expect(read.issues.first?.message.contains("Windows-1258") == true)
        #expect(read.header == ["STT"] + Students.header)
        #expect(read.rows == Students.rows.enumerated().map { ["\($0.offset + 1)"] + $0.element })
        #expect(isNFC([read.header ?? []] + read.rows))
        #expect(read.lines == [2, 3, 4])
    }

    @Test("No combining tone mark survives in text decoded from Windows-1258")
    func windows1258HasNoCombiningMarks() throws {
        let read = try readFixture("windows1258.csv")
        let combining: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
        let all = (read.header ?? []) + read.rows.flatMap { $0 }
        let marks = all.flatMap { $0.unicodeScalars }.filter { combining.contains($0.value) }
        #expect(marks.isEmpty)
    }

    @Test("One invalid byte past the first chunk: reported with offset and line, read as Windows-1258")
    func invalidByteLate() throws {
        let read = try readFixture("utf8_invalid_late.csv", options: CSVReadOptions(chunkSize: 64))
        #expect(read.encoding == .utf8)
        // 0xD0 (Đ in Windows-1258) at byte 385, on line 5 (make_fixtures.py prints it).
        #expect(read.found == [Found(.invalidUTF8, line: 5, byteOffset: 385)])
        #expect(read.issues.first?.message.contains("385") == true)
        #expect(
            read.rows == Students.rows + [
                ["Đinh Văn Hùng", "30/01/2011", "Nam", "031211008842", "Xã An Lư - Thủy Nguyên - Hải Phòng"]
            ])
        #expect(read.lines == [2, 3, 4, 5])
    }

    @Test("With lone-CR line ends the invalid byte is still reported on its line", arguments: [64, 100, 1 << 20])
    func invalidByteLateWithCR(chunkSize: Int) throws {
        let read = try readFixture("utf8_invalid_late_cr.csv", options: CSVReadOptions(chunkSize: chunkSize))
        #expect(read.lines == [2, 3, 4, 5])
        #expect(read.found.map(\.byteOffset) == [385])
        #expect(read.found == [Found(.invalidUTF8, line: 5, byteOffset: 385)])
    }

    @Test("A stray legacy byte does not turn a whole UTF-8 file into Windows-1258 (default chunk size)")
    func invalidByteWithDefaultChunk() throws {
        let read = try readFixture("utf8_invalid_late.csv")
        #expect(read.encoding == .utf8)
        #expect(read.header == Students.header)
        #expect(read.rows.first == Students.rows[0])
        // Whatever the encoding chosen, the place of the bad byte is reported.
        #expect(read.found == [Found(.invalidUTF8, line: 5, byteOffset: 385)])
    }

    @Test("A forced encoding wins over detection and still skips the BOM")
    func forcedEncoding() throws {
        let read = try readFixture("utf8_bom.csv", options: CSVReadOptions(encoding: .utf8))
        #expect(read.encoding == .utf8)
        #expect(read.header == Students.header)

        // Windows-1258 text forced as UTF-8 is not re-detected; the invalid bytes are still reported.
        let forced = try readFixture("windows1258.csv", options: CSVReadOptions(encoding: .utf8))
        #expect(forced.encoding == .utf8)
        #expect(forced.found.first == Found(.invalidUTF8, line: 1, byteOffset: 6))
    }

    @Test("Encoding names typed by users are understood")
    func userNames() {
        #expect(TextEncoding(userName: "UTF-8") == .utf8)
        #expect(TextEncoding(userName: "utf_8_sig") == .utf8BOM)
        #expect(TextEncoding(userName: "cp1258") == .windows1258)
        #expect(TextEncoding(userName: "UTF-16BE") == .utf16BE)
        #expect(TextEncoding(userName: "tcvn3") == .tcvn3)
        #expect(TextEncoding(userName: "VNI") == .vni)
        #expect(TextEncoding(userName: "latin-9") == nil)
    }
}
