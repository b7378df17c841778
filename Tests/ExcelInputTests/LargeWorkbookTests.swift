import CSVInput
import Foundation
import TestSupport
import Testing
import ZIPFoundation
@testable import ExcelInput

/// A 100,000-row workbook, written here (not committed), read with memory bounded by the shared
/// strings: the sheet is never held whole.
@Suite("Large workbook")
struct LargeWorkbookTests {
    static let rows = 100_000

    /// Writes a workbook of `rows` student rows; names are shared strings, the rest numbers,
    /// inline strings and serial dates.
    static func write(rows: Int, to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        func add(_ name: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        try add(
            "xl/workbook.xml",
            #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Big" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        )
        try add(
            "xl/_rels/workbook.xml.rels",
            #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
        )
        try add(
            "xl/styles.xml",
            #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#
        )
        let given = ["An", "Bình", "Cường", "Dung", "Em", "Giang", "Hương", "Khánh"]
        var strings = #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        for name in given { strings += "<si><t>Nguyễn Văn \(name)</t></si>" }
        strings += "</sst>"
        try add("xl/sharedStrings.xml", strings)

        // The sheet, produced chunk by chunk.
        let head = Data(
            #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F4"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="C1" t="inlineStr"><is><t>Ngày sinh</t></is></c><c r="D1" t="inlineStr"><is><t>Căn cước</t></is></c><c r="E1" t="inlineStr"><is><t>Điện thoại HS</t></is></c><c r="F1" t="inlineStr"><is><t>Lớp</t></is></c></row>"#
                .utf8)
        let tail = Data("</sheetData></worksheet>".utf8)
        func row(_ i: Int) -> Data {
            let r = i + 2
            return Data(
                ("<row r=\"\(r)\"><c r=\"A\(r)\"><v>\(i + 1)</v></c><c r=\"B\(r)\" t=\"s\"><v>\(i % given.count)</v></c>"
                    + "<c r=\"C\(r)\" s=\"1\"><v>\(40000 + i % 3000)</v></c><c r=\"D\(r)\" t=\"inlineStr\"><is><t>0792\(String(format: "%08d", i))</t></is></c>"
                    + "<c r=\"E\(r)\" t=\"inlineStr\"><is><t>09\(String(format: "%08d", i))</t></is></c><c r=\"F\(r)\" t=\"inlineStr\"><is><t>6A\(i % 9 + 1)</t></is></c></row>")
                    .utf8)
        }
        var body = Data()
        var next = 0
        var total: Int64 = Int64(head.count + tail.count)
        for i in 0..<rows { total += Int64(row(i).count) }
        var produced = head
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: total, compressionMethod: .deflate) { _, size in
            while produced.count < size && next <= rows {
                if next < rows { body = row(next) } else { body = tail }
                produced.append(body)
                next += 1
            }
            let chunk = produced.prefix(size)
            produced.removeFirst(chunk.count)
            return Data(chunk)
        }
    }

    /// The peak resident memory (bytes) of the check of the workbook at `path` by the engine
    /// alone, in a child process that reports its own high-water mark (`sachsong-bench check`:
    /// VmHWM of its own address space — the rusage of a spawned child would also count the
    /// test process it was spawned from), or nil when the executable is not built.
    static func checkPeakBytes(_ path: String) throws -> Int? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sachsong-bench")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["check", path, "--as-of", FixtureSupport.asOfText]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let field = text.split(whereSeparator: \.isWhitespace).first(where: { $0.hasPrefix("peak_kib=") }),
            let kib = Int(field.dropFirst("peak_kib=".count)), kib > 0
        else { return nil }
        return kib * 1024
    }

    @Test("100,000 rows read in one pass, memory bounded, every row and line true")
    func large() throws {
        // SACHSONG_KEEP_LARGE=PATH keeps the workbook there (to time the command line on it).
        let kept = ProcessInfo.processInfo.environment["SACHSONG_KEEP_LARGE"]
        let path = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-large-\(UUID().uuidString).xlsx").path
        defer { if kept == nil { try? FileManager.default.removeItem(atPath: path) } }
        try Self.write(rows: Self.rows, to: path)
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let start = Date()
        let reader = try XLSXReader(path: path)
        var count = 0
        var lastLine = 0
        var checksum = 0
        try reader.forEachRecord { record in
            count += 1
            #expect(record.line == lastLine + 1)
            lastLine = record.line
            checksum &+= record.length(3)
            if record.line == 100_001 {
                #expect(
                    record.strings() == [
                        "100000", "Nguyễn Văn Khánh", CellText.date(serial: Double(40000 + 99_999 % 3000), system1904: false)!, "079200099999", "0900099999",
                        "6A1"
                    ])
            }
        }
        let seconds = Date().timeIntervalSince(start)
        #expect(count == Self.rows + 1)
        #expect(checksum == Self.rows * 12 + "Căn cước".utf8.count)
        // A tree of the sheet would take hundreds of MB; the stream keeps a chunk and a row. The
        // check of the workbook (reading, rules, findings, keys) is measured in a child of its own.
        let peak = try Self.checkPeakBytes(path)
        #expect(peak != nil, "sachsong-bench is not built beside the tests, or printed no peak")
        if let peak { #expect(peak < 128 << 20, "the check of the workbook peaked at \(peak >> 20) MB") }
        print(
            "xlsx: \(Self.rows) rows, \(size / 1024) KiB compressed, \(String(format: "%.2f", seconds)) s, \(String(format: "%.0f", Double(Self.rows) / seconds)) rows/s, check peak \(peak.map { "\($0 >> 20) MB" } ?? "not measured")"
        )
    }
}
