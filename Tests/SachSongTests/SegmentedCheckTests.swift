import CSVInput
import Foundation
import TestSupport
import Testing
@testable import SachSong
import SachSongSample

/// A file read as two parts on two cores must give exactly what reading it whole gives: same
/// findings in the same order, same counts and rows with errors, whatever falls across the cut.
@Suite("Segmented check")
struct SegmentedCheckTests {

    /// The file checked whole and cut in two (every file is cut: `segmentBytes` 1).
    static func both(_ path: String) throws -> (whole: FileReport, split: FileReport) {
        var options = CheckOptions(asOf: FixtureSupport.asOf)
        options.tallies = false
        options.readChunkBytes = 256  // a file is cut only past its first chunk
        options.segmentBytes = .max
        let whole = try FileChecker(rules: FixtureSupport.rules, options: options).check(path: path)
        options.segmentBytes = 1
        let split = try FileChecker(rules: FixtureSupport.rules, options: options).check(path: path)
        return (whole, split)
    }

    static func expectSame(_ a: FileReport, _ b: FileReport) {
        #expect(a.findings == b.findings)
        #expect(a.rows == b.rows)
        #expect(a.errors == b.errors)
        #expect(a.warnings == b.warnings)
        #expect(a.infos == b.infos)
        #expect(a.rowsWithErrors == b.rowsWithErrors)
        #expect(a.rowsIncomplete == b.rowsIncomplete)
        #expect(a.countsByRule == b.countsByRule)
        #expect(a.errorRows.reversed().drop { $0 == 0 }.reversed() == b.errorRows.reversed().drop { $0 == 0 }.reversed())
        var keysA: [String: [UInt64: Int32]] = [:], keysB: [String: [UInt64: Int32]] = [:]
        for (field, index) in a.keys { index.forEach { keysA[field, default: [:]][$0.value] = $1.row } }
        for (field, index) in b.keys { index.forEach { keysB[field, default: [:]][$0.value] = $1.row } }
        #expect(keysA == keysB)
    }

    static func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-split-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(
        "Generated exports with planted problems, every file form: cut in two, the same report",
        arguments: [(UInt64(3), SampleVariant.utf8), (11, .utf8BOM), (29, .semicolon), (5, .aliases), (7, .utf16)])
    func sampleExports(seed: UInt64, variant: SampleVariant) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-split-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let options = SampleOptions(
            schools: 1, students: 3000, staff: 0, defectRate: 0.08, seed: seed, asOf: FixtureSupport.asOf,
            variant: variant, recordTypes: ["hoc_sinh"])
        let summary = try SampleGenerator(rules: FixtureSupport.rules.ruleSet, options: options).write(to: dir)
        let path = dir + "/" + summary.files[0].path
        let (whole, split) = try Self.both(path)
        // UTF-16 is transcoded: its bytes are not the text's, so it is always read whole.
        #expect(split.parts == (variant == .utf16 ? 1 : 2))
        #expect(whole.parts == 1)
        #expect(whole.countsByRule["sach.duplicate-key", default: 0] > 0)
        #expect(whole.countsByRule["sach.duplicate-person", default: 0] > 0)
        Self.expectSame(whole, split)
    }

    /// Rows around the middle of a file, with `middle` placed where the cut falls.
    static func file(rows: Int, middle: String, tail: String = "") -> String {
        let header = "Mã định danh Bộ GD&ĐT,Họ và tên,Ngày sinh,Giới tính,Lớp,Trạng thái,Số định danh cá nhân,Địa chỉ\n"
        var text = header
        func row(_ i: Int) -> String {
            let code = 7_900_000_000 + i
            return "\(code),Nguyễn Văn An \(i % 7 == 0 ? "" : "Bình"),01/02/2014,Nam,6A\(i % 9 + 1),Đang học,,\"Số \(i), phường 1\"\n"
        }
        for i in 1...rows { text += row(i) }
        text += middle
        for i in (rows + 1)...(2 * rows) { text += row(i) }
        return text + tail
    }

    @Test("Keys repeated across the cut, within the second part, ragged and blank rows, a float-exported ID")
    func acrossTheCut() throws {
        // The first rows repeat in the second part (codes and persons), twice for one of them.
        let repeats =
            "7900000001,Nguyễn Văn An Bình,01/02/2014,Nam,6A2,Đang học,,x\n"
            + "7900000001,Trần Thị Cúc,01/02/2014,Nữ,6A2,Đang học,,x\n"
            + "7900009999,Lê Văn Dũng,03/03/2014,Nam,6A1,Đang học,079214000001.0,x\n"
            + "7900009999,Lê Văn Dũng,03/03/2014,Nam,6A1,Đang học,,x,thừa\n"
            + ",,,,,,,\n"
            + "7900008888,Lê Văn Em,2014-03-03,Nam,6A1,Đang học\n"
        let text = Self.file(rows: 400, middle: "", tail: repeats + ",,,,,,,\n")
        let path = try Self.temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (whole, split) = try Self.both(path)
        #expect(split.parts == 2)
        #expect(whole.countsByRule["sach.duplicate-key", default: 0] >= 3)
        #expect(whole.countsByRule["csv.too-many-fields", default: 0] == 1)
        #expect(whole.countsByRule["csv.too-few-fields", default: 0] == 1)
        Self.expectSame(whole, split)
    }

    @Test("Title rows above the header, CRLF line ends and empty lines: cut in two, the same report")
    func titlesAndCRLF() throws {
        let body = Self.file(rows: 500, middle: "\n\n7900000003,Trần Văn Cư,05/06/2014,Nam,6A2,Đang học,,x\n")
        let text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nDANH SÁCH HỌC SINH NĂM HỌC 2025-2026\n\n" + body
        let path = try Self.temporaryFile(text.replacingOccurrences(of: "\n", with: "\r\n"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (whole, split) = try Self.both(path)
        #expect(split.parts == 2)
        #expect(whole.countsByRule["csv.title-rows", default: 0] == 1)
        #expect(whole.countsByRule["sach.duplicate-key", default: 0] >= 1)
        Self.expectSame(whole, split)
    }

    @Test("Duplicates across files of a run when the later file is cut in two: the same findings")
    func acrossFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-split-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // The first file holds codes also found on both sides of the second file's cut.
        let first =
            "Mã định danh Bộ GD&ĐT,Họ và tên,Ngày sinh,Giới tính,Lớp,Trạng thái,Số định danh cá nhân,Địa chỉ\n"
            + "7900000002,Phạm Thị Giang,01/02/2014,Nữ,6A1,Đang học,,x\n"
            + "7900000790,Phạm Thị Hà,01/02/2014,Nữ,6A1,Đang học,,x\n"
        try first.write(toFile: dir + "/a_hoc_sinh.csv", atomically: true, encoding: .utf8)
        try Self.file(rows: 400, middle: "7900000003,Lê Văn Tú,03/03/2014,Nam,6A1,Đang học,,x\n")
            .write(toFile: dir + "/b_hoc_sinh.csv", atomically: true, encoding: .utf8)
        func run(segmentBytes: Int) -> RunReport {
            var options = CheckOptions(asOf: FixtureSupport.asOf)
            options.tallies = false
            options.readChunkBytes = 256
            options.segmentBytes = segmentBytes
            return RunChecker(rules: FixtureSupport.rules, options: options).check(paths: [dir + "/a_hoc_sinh.csv", dir + "/b_hoc_sinh.csv"])
        }
        let whole = run(segmentBytes: .max), split = run(segmentBytes: 1)
        #expect(split.files[1].parts == 2)
        let crossFile = whole.files[1].findings.filter { $0.rule == "sach.duplicate-key" && $0.message.contains("a_hoc_sinh.csv") }
        #expect(crossFile.count == 2)
        for (a, b) in zip(whole.files, split.files) { Self.expectSame(a, b) }
    }

    @Test("A quoted line break or a stray quote at the cut: the file is read whole, same report")
    func fallsBackWhole() throws {
        // The cut is the first line break after the middle byte: make the middle a long quoted field.
        let quoted = "7900005555,Phạm Văn Giang,01/02/2014,Nam,6A1,Đang học,,\"" + String(repeating: "dòng\n", count: 400) + "\"\n"
        for middle in [quoted, "7900005556,Phạm \"Văn\" Hà,01/02/2014,Nam,6A1,Đang học,,x\n"] {
            let text = Self.file(
                rows: 300, middle: middle,
                tail: String(repeating: "7900007777,Đỗ \"Văn\" Ích,01/02/2014,Nam,6A1,Đang học,,x\n", count: middle == quoted ? 0 : 1))
            let path = try Self.temporaryFile(text)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let (whole, split) = try Self.both(path)
            #expect(split.parts == 1)
            Self.expectSame(whole, split)
        }
    }
}
