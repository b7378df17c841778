import CSVInput
import Foundation
import Testing
@testable import ExcelInput

/// `.xls` files are read in a process of their own; these tests stand in for libfreexl crashing,
/// looping or writing nonsense with small shell scripts in place of the reader process.
@Suite("XLS reader process")
struct XLSIsolationTests {
    /// A reader process made of a shell script (it ignores its arguments).
    static func script(_ body: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xls-helper-\(UUID().uuidString).sh").path
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    /// printf escapes for the frames of `events`.
    static func printf(_ events: [XLSEvent]) -> String {
        var bytes: [UInt8] = []
        for event in events { XLSFrames.encode(event, into: &bytes) }
        return "printf '" + bytes.map { String(format: "\\%03o", $0) }.joined() + "'"
    }

    @Test("Frames decode to the events encoded, whatever the chunking")
    func roundTrip() throws {
        let events: [XLSEvent] = [
            .sheet(names: ["DanhSach", "Ghi chú"], chosen: 1, rows: 3, columns: 4),
            .cell(row: 0, column: 0, kind: .text, text: Array("Họ và tên".utf8)),
            .cell(row: 2, column: 3, kind: .number, text: Array("79212004321".utf8)),
            .cell(row: 2, column: 1, kind: .date, text: []),
            .failure(.noSuchSheet(sheet: "Lớp", available: ["A", "B"])),
            .failure(.corrupt(reason: "hỏng")),
            .end
        ]
        var bytes: [UInt8] = []
        for event in events { XLSFrames.encode(event, into: &bytes) }
        for chunk in [1, 3, 7, 4096] {
            var offset = 0
            var decoder = XLSFrames.Decoder {
                defer { offset += chunk }
                return offset < bytes.count ? Array(bytes[offset..<min(offset + chunk, bytes.count)]) : []
            }
            var decoded: [XLSEvent] = []
            while let event = try decoder.next() { decoded.append(event) }
            #expect(decoded == events)
        }
    }

    @Test("Random and cut streams end in Malformed or in events, never a crash or a huge allocation")
    func hostileStreams() throws {
        var generator = SystemRandomNumberGenerator()
        var valid: [UInt8] = []
        XLSFrames.encode(.sheet(names: ["A"], chosen: 0, rows: 2, columns: 2), into: &valid)
        XLSFrames.encode(.cell(row: 1, column: 1, kind: .text, text: Array("xin chào".utf8)), into: &valid)
        XLSFrames.encode(.end, into: &valid)
        var malformed = 0
        for round in 0..<3000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                if let first = bytes.indices.first {
                    bytes[first] = [UInt8(ascii: "S"), UInt8(ascii: "C"), UInt8(ascii: "F")].randomElement(using: &generator)!
                }
            } else {
                bytes = Array(valid.prefix(Int.random(in: 0..<valid.count, using: &generator)))
                if !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            }
            let input = bytes
            var given = false
            var decoder = XLSFrames.Decoder {
                defer { given = true }
                return given ? [] : input
            }
            do {
                while try decoder.next() != nil {}
            } catch is XLSFrames.Malformed {
                malformed += 1
            }
        }
        #expect(malformed > 1000)
        // A length of 4 GiB is refused before anything is allocated.
        var decoder = XLSFrames.Decoder { [UInt8(ascii: "C"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF] }
        #expect(throws: XLSFrames.Malformed.self) { try decoder.next() }
    }

    @Test("The reader process gives exactly what freexl gives in this process")
    func sameAsInProcess() throws {
        let helper = try #require(XLSReaderProcess.helper(), "the sachsong executable is built beside the tests")
        let isolated = try XLSReader(path: Fixture.path("hoc_sinh.xls"), helper: helper)
        let direct = try XLSReader(path: Fixture.path("hoc_sinh.xls"), helper: nil)
        #expect(isolated.isolated && !direct.isolated)
        #expect(isolated.sheetNames == direct.sheetNames)
        #expect(isolated.sheetName == direct.sheetName)
        let a = try Fixture.records(isolated), b = try Fixture.records(direct)
        #expect(a.map(\.line) == b.map(\.line))
        #expect(a.map(\.fields) == b.map(\.fields))
        #expect(!a.isEmpty)
        for line in 1...10 {
            #expect(isolated.cellKinds(line: line).map(\.column) == direct.cellKinds(line: line).map(\.column))
        }
        #expect(isolated.trailingEmptyRows == direct.trailingEmptyRows)
        #expect(isolated.physicalLines == direct.physicalLines)
        // A damaged file and a missing sheet fail the same way in both.
        for (path, sheet) in [(Fixture.path("corrupt.xls"), nil), (Fixture.path("hoc_sinh.xls"), "Không có")] as [(String, String?)] {
            var errors: [String] = []
            for helper in [helper, nil] {
                do {
                    _ = try XLSReader(path: path, sheet: sheet, helper: helper)
                } catch let error as ExcelInputError {
                    errors.append(error.description)
                }
            }
            #expect(errors.count == 2)
            #expect(errors.first == errors.last)
        }
    }

    @Test("A reader that crashes ends as an error naming the file and the signal")
    func crash() throws {
        let helper = try Self.script("kill -SEGV $$")
        defer { unlink(helper) }
        let path = Fixture.path("hoc_sinh.xls")
        #expect {
            _ = try XLSReader(path: path, helper: helper)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix(path) && text.contains("tín hiệu 11") && text.contains("hỏng")
        }
    }

    @Test("A reader that crashes after the sheet began fails the read, not the process")
    func crashMidway() throws {
        let header = Self.printf([
            .sheet(names: ["DanhSach"], chosen: 0, rows: 5, columns: 2),
            .cell(row: 0, column: 0, kind: .text, text: Array("Họ tên".utf8))
        ])
        let helper = try Self.script(header + "\nkill -BUS $$")
        defer { unlink(helper) }
        let reader = try XLSReader(path: Fixture.path("hoc_sinh.xls"), helper: helper)
        #expect(reader.sheetName == "DanhSach")
        #expect {
            try reader.forEachRecord { _ in }
        } throws: { error in
            "\(error)".contains("tín hiệu 7")
        }
    }

    @Test("A reader that never answers is stopped at the time limit, named with its option")
    func hang() throws {
        let helper = try Self.script("exec sleep 600")
        defer { unlink(helper) }
        var options = CSVReadOptions()
        options.maxXLSSeconds = 1
        let started = Date()
        #expect {
            _ = try XLSReader(path: Fixture.path("hoc_sinh.xls"), options: options, helper: helper)
        } throws: { error in
            "\(error)".contains("--max-xls-seconds")
        }
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test("A reader that writes nonsense or stops without a word is an unreadable file")
    func nonsense() throws {
        for body in ["printf 'S\\377\\377\\377\\377'", "exit 0", "printf 'Q'", "exit 3"] {
            let helper = try Self.script(body)
            defer { unlink(helper) }
            #expect(throws: ExcelInputError.self) {
                _ = try XLSReader(path: Fixture.path("hoc_sinh.xls"), helper: helper)
            }
        }
    }
}
