import CSVInput
import Foundation
import Testing

/// Writes records with `CSVWriter` through an `AtomicOutputFile` and returns the file's bytes.
private func written(_ records: [[String]], options: CSVWriteOptions = CSVWriteOptions(), in directory: URL) throws -> [UInt8] {
    let path = directory.appendingPathComponent("ra.csv").path
    let output = try AtomicOutputFile(path: path)
    let writer = CSVWriter(sink: output, options: options)
    for record in records { try writer.write(record) }
    try writer.flush()
    try output.commit()
    return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

private func entries(_ directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
}

@Suite("Writer: quoting, options, round trip, atomic output")
struct WriterTests {
    @Test("Quotes only fields holding the delimiter, a quote or a line break; exact bytes")
    func minimalQuoting() throws {
        let directory = try makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let bytes = try written(
            [
                ["Họ và tên", "Ghi chú"],
                ["Nguyễn Văn An", "Lớp 6A, tổ 2"],
                ["Trần Thị \"Bống\"", "dòng 1\ndòng 2"],
                ["", "a;b"],
                ["cuối\r", " có khoảng trắng "]
            ], in: directory)
        let expected =
            "Họ và tên,Ghi chú\r\n"
            + "Nguyễn Văn An,\"Lớp 6A, tổ 2\"\r\n"
            + "\"Trần Thị \"\"Bống\"\"\",\"dòng 1\ndòng 2\"\r\n"
            + ",a;b\r\n"
            + "\"cuối\r\", có khoảng trắng \r\n"
        #expect(bytes == Array(expected.utf8))
    }

    @Test("Semicolon delimiter, LF line ends and a BOM")
    func options() throws {
        let directory = try makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let options = CSVWriteOptions(delimiter: UInt8(ascii: ";"), lineEnding: .lf, byteOrderMark: true)
        let bytes = try written([["Họ và tên", "Địa chỉ"], ["An", "Số 12, ngõ 34; Hà Nội"]], options: options, in: directory)
        #expect(bytes == [0xEF, 0xBB, 0xBF] + Array("Họ và tên;Địa chỉ\nAn;\"Số 12, ngõ 34; Hà Nội\"\n".utf8))

        let plain = try written([["a", "b"]], options: CSVWriteOptions(lineEnding: .lf), in: directory)
        #expect(plain == Array("a,b\n".utf8))
        let cr = try written([["a", "b"], ["c", "d"]], options: CSVWriteOptions(lineEnding: .cr), in: directory)
        #expect(cr == Array("a,b\rc,d\r".utf8))
    }

    @Test("A file written with a BOM reads back as UTF-8 with BOM, without the BOM in the first header cell")
    func bomReadBack() throws {
        let directory = try makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        _ = try written([Students.header] + Students.rows, options: CSVWriteOptions(byteOrderMark: true), in: directory)
        let read = try readTable(path: directory.appendingPathComponent("ra.csv").path)
        #expect(read.encoding == .utf8BOM)
        #expect(read.lineEnding == .crlf)
        #expect(read.header?.first.map { Array($0.utf8) } == Array("Họ và tên".utf8))
        #expect(read.rows == Students.rows)
    }

    @Test(
        "Round trip: read, write raw records, read again gives identical fields",
        arguments: ["quoted_fields.csv", "chunk_boundary.csv", "windows1258.csv", "utf16le_bom.csv", "ragged_rows.csv", "nul_byte.csv"])
    func roundTrip(name: String) throws {
        let directory = try makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let path = directory.appendingPathComponent("ra.csv").path
        let output = try AtomicOutputFile(path: path)
        let writer = CSVWriter(sink: output)
        let table = try RecordTable(path: TestPaths.fixture(name))
        var original: [[String]] = []
        try table.read(
            onHeader: { try writer.write($0.names) },
            onRow: { row in
                original.append(row.record.strings())
                try writer.write(row.record)
            })
        try writer.flush()
        try output.commit()

        let again = try readTable(path: path)
        #expect(again.header == table.header?.names)
        #expect(again.rows.map { $0.map { Array($0.utf8) } } == original.map { $0.map { Array($0.utf8) } })
        #expect(again.encoding == .utf8)
        #expect(!again.rows.isEmpty)
    }

    @Test("needsQuotes follows the writer's own delimiter")
    func needsQuotes() {
        final class Discard: OutputSink { func write(_ bytes: UnsafeRawBufferPointer) throws {} }
        let comma = CSVWriter(sink: Discard())
        let semicolon = CSVWriter(sink: Discard(), options: CSVWriteOptions(delimiter: UInt8(ascii: ";")))
        func check(_ writer: CSVWriter, _ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { writer.needsQuotes($0) }
        }
        #expect(check(comma, "a,b"))
        #expect(!check(comma, "a;b"))
        #expect(check(semicolon, "a;b"))
        #expect(!check(semicolon, "a,b"))
        #expect(check(comma, "\"") && check(comma, "\n") && check(comma, "\r"))
        #expect(!check(comma, "Nguyễn Văn An"))
    }

    @Test("abort() leaves no file under the final name and no temporary file")
    func abortLeavesNothing() throws {
        let directory = try makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let path = directory.appendingPathComponent("ket_qua.csv").path
        let output = try AtomicOutputFile(path: path)
        try CSVWriter(sink: output).write(["Họ và tên"])
        try Array("dở dang".utf8).withUnsafeBytes { try output.write($0) }
        #expect(try entries(directory).count == 1)  // the temporary file, not the final name
        #expect(!FileManager.default.fileExists(atPath: path))
        output.abort()
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try entries(directory) == [])
    }

    @Test("An existing file is untouched until commit, then replaced whole; abort keeps it")
    func existingFileUntilCommit() throws {
        let directory = try makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let url = directory.appendingPathComponent("ket_qua.csv")
        let old = Data("bản cũ\n".utf8)
        try old.write(to: url)

        let aborted = try AtomicOutputFile(path: url.path)
        try Array("bản mới bị hủy\n".utf8).withUnsafeBytes { try aborted.write($0) }
        aborted.abort()
        #expect(try Data(contentsOf: url) == old)
        #expect(try entries(directory) == ["ket_qua.csv"])

        let output = try AtomicOutputFile(path: url.path)
        let writer = CSVWriter(sink: output)
        try writer.write(["Họ và tên", "Ngày sinh"])
        try writer.write(["Nguyễn Văn An", "12/03/2012"])
        try writer.flush()
        #expect(try Data(contentsOf: url) == old)
        try output.commit()
        #expect(try Data(contentsOf: url) == Data("Họ và tên,Ngày sinh\r\nNguyễn Văn An,12/03/2012\r\n".utf8))
        #expect(try entries(directory) == ["ket_qua.csv"])
    }

    @Test("The committed file is readable by its owner only (exports hold personal data)")
    func ownerOnly() throws {
        let directory = try makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        _ = try written([["a"]], in: directory)
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("ra.csv").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("A file dropped without commit or abort is cleaned up")
    func deinitAborts() throws {
        let directory = try makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let path = directory.appendingPathComponent("ket_qua.csv").path
        do {
            let output = try AtomicOutputFile(path: path)
            try Array("x".utf8).withUnsafeBytes { try output.write($0) }
        }
        #expect(try entries(directory) == [])
    }

    @Test("Output into a missing directory fails with a Vietnamese message naming the path")
    func missingDirectory() {
        do {
            _ = try AtomicOutputFile(path: "/khong/co/thu/muc/ket_qua.csv")
            Issue.record("expected an error")
        } catch let error as OutputError {
            #expect(error.path == "/khong/co/thu/muc/ket_qua.csv")
            #expect(error.description.contains("không ghi được tệp"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
