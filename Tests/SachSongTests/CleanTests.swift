import CSVInput
import Foundation
import TestSupport
import Testing
@testable import SachSong

/// `clean`: every fix's before/after examples, the guarantees (same shape, exact change log,
/// idempotence, no finding left of what was fixed), and failures that leave nothing behind.
@Suite("Clean")
struct CleanTests {
    static var rules: CompiledRules { CheckExampleTests.rules }

    /// Cleans `path` into a temporary file; returns the output path, the changes and the report.
    static func clean(_ path: String, options: CleanOptions = CleanOptions(asOf: FixtureSupport.asOf)) throws
        -> (output: String, changes: [CellChange], report: CleanReport)
    {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-clean-\(UUID().uuidString).csv").path
        var changes: [CellChange] = []
        var file: AtomicOutputFile?
        let report = try Cleaner(rules: rules, options: options).clean(
            path: path,
            makeWriter: { reader in
                let made = try AtomicOutputFile(path: output)
                file = made
                return CSVWriter(sink: made, options: CSVWriteOptions(delimiter: reader.delimiter, lineEnding: reader.lineEnding ?? .crlf))
            }, onChange: { changes.append($0) })
        try file?.commit()
        return (output, changes, report)
    }

    /// Every record of a file (title rows and blank rows included), as strings.
    static func records(_ path: String) throws -> [[String]] {
        var rows: [[String]] = []
        try CSVReader(path: path).forEachRecord { rows.append($0.strings()) }
        return rows
    }

    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-in-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let dirtyFiles = ["hoc_sinh", "nhan_su", "truong", "co_so_vat_chat", "hoc_lieu_so", "he_thong", "hoat_dong"]
        .map { ReconcileTests.root.appendingPathComponent("fixtures/\($0)/dirty.csv").path }

    @Test("Every fix's examples: before becomes after, and after stays as it is", arguments: CellFix.allCases.filter { !$0.examples.isEmpty })
    func examples(fix: CellFix) throws {
        for example in fix.examples {
            let type = try #require(Self.rules.ruleSet.recordType(example.recordType))
            let field = try #require(type.field(example.field))
            let matcher = Self.rules.matcher(for: field)
            let cleaned = CellCleaner(fixes: [fix]).clean(example.before, field: field, matcher: matcher)
            let all = CellCleaner(fixes: CellFix.allCases).clean(example.before, field: field, matcher: matcher)
            #expect(Array((all?.value ?? example.before).utf8) == Array(example.after.utf8), "\(fix) on «\(example.before)»")
            #expect(cleaned != nil, "\(fix) alone should change «\(example.before)»")
            #expect(CellCleaner(fixes: CellFix.allCases).clean(example.after, field: field, matcher: matcher) == nil)
        }
    }

    @Test("A placeholder, a valid value and a blank are left alone")
    func leftAlone() throws {
        let type = try #require(Self.rules.ruleSet.recordType("hoc_sinh"))
        let cleaner = CellCleaner(fixes: CellFix.allCases)
        #expect(cleaner.clean("Nguyễn Văn An", field: type.field("ho_ten")!, matcher: nil) == nil)
        #expect(cleaner.clean("05/09/12", field: type.field("ngay_sinh")!, matcher: nil) == nil)
        let path = try Self.write("Họ và tên,Ngày sinh,Giới tính,Lớp,Trạng thái,Mã định danh Bộ GD&ĐT\nkhông có,01/02/2014,Nam,6A1,Đang học,7900000001\n")
        let result = try Self.clean(path)
        #expect(result.changes.isEmpty)
    }

    @Test(
        "Dirty fixtures: same shape; the change log replays to the output; a second clean changes nothing; check finds nothing clean fixed",
        arguments: dirtyFiles)
    func guarantees(path: String) throws {
        let first = try Self.clean(path)
        defer { try? FileManager.default.removeItem(atPath: first.output) }
        let before = try Self.records(path)
        let after = try Self.records(first.output)
        // Same records, same number of fields in each.
        #expect(before.count == after.count)
        #expect(zip(before, after).allSatisfy { $0.count == $1.count })
        // The header (and title rows) are copied as they are.
        let headerIndex = try #require(after.firstIndex { row in first.changes.first.map { row.contains($0.column) } ?? true })
        #expect(before[...headerIndex] == after[...headerIndex])
        // Replaying the log on the input gives the output, and every other cell is untouched.
        var replayed = before
        let header = before[headerIndex]
        for change in first.changes {
            let column = try #require(header.firstIndex(of: change.column))
            let record = headerIndex + change.row
            #expect(Array(replayed[record][column].utf8) == Array(change.old.utf8))
            replayed[record][column] = change.new
        }
        #expect(replayed.map { $0.map { Array($0.utf8) } } == after.map { $0.map { Array($0.utf8) } })
        // Idempotent.
        let second = try Self.clean(first.output)
        defer { try? FileManager.default.removeItem(atPath: second.output) }
        #expect(second.changes.isEmpty, "\(second.changes)")
        // What clean fixed, check no longer finds.
        let report = try FileChecker(rules: Self.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).check(path: first.output)
        for change in first.changes {
            let remaining = report.findings.filter {
                $0.row == change.row && $0.column == change.column && change.rule.split(separator: "+").contains(Substring($0.rule))
            }
            #expect(remaining.isEmpty, "\(change.rule) still found at row \(change.row) «\(change.column)»: \(remaining.map(\.message))")
        }
    }

    @Test("The student fixture's fixes, exactly")
    func studentChanges() throws {
        let result = try Self.clean(Self.dirtyFiles[0])
        defer { try? FileManager.default.removeItem(atPath: result.output) }
        let summary = result.changes.map { "\($0.row):\($0.rule)" }
        #expect(summary.contains("23:cccd.lost-zero"))
        #expect(summary.contains("26:sach.value-synonym"))
        #expect(summary.contains("34:sach.name-case"))
        #expect(!summary.contains { $0.hasPrefix("13:") }, "a placeholder must stay for a person to decide")
        #expect(result.report.changedCells == result.changes.count)
    }

    @Test("--only and --except choose the fixes")
    func selection() throws {
        var only = CleanOptions(asOf: FixtureSupport.asOf)
        only.only = ["sach.name-case"]
        let a = try Self.clean(Self.dirtyFiles[0], options: only)
        defer { try? FileManager.default.removeItem(atPath: a.output) }
        #expect(!a.changes.isEmpty)
        #expect(a.changes.allSatisfy { $0.rule == "sach.name-case" })
        var except = CleanOptions(asOf: FixtureSupport.asOf)
        except.except = ["sach.name-case"]
        let b = try Self.clean(Self.dirtyFiles[0], options: except)
        defer { try? FileManager.default.removeItem(atPath: b.output) }
        #expect(!b.changes.contains { $0.rule.contains("sach.name-case") })
    }

    @Test("A row whose shape differs from the header is copied through unchanged and reported")
    func raggedRow() throws {
        let path = try Self.write(
            "Họ và tên,Ngày sinh,Giới tính,Lớp,Trạng thái,Mã định danh Bộ GD&ĐT\nNGUYỄN VĂN AN,01/02/2014,Nam,6A1,Đang học\nLÊ THỊ BÉ,2014-03-04,nu,6A1,Đang học,7900000002\n"
        )
        let result = try Self.clean(path)
        defer { try? FileManager.default.removeItem(atPath: result.output) }
        #expect(result.report.skippedRows.map(\.row) == [1])
        let after = try Self.records(result.output)
        #expect(after[1] == ["NGUYỄN VĂN AN", "01/02/2014", "Nam", "6A1", "Đang học"])
        #expect(after[2] == ["Lê Thị Bé", "04/03/2014", "Nữ", "6A1", "Đang học", "7900000002"])
    }

    @Test("A writer that fails half-way leaves the input untouched and nothing under the final name")
    func failingWriter() throws {
        let path = try Self.write("Họ và tên,Ngày sinh\n" + String(repeating: "NGUYỄN VĂN AN,01/02/2014\n", count: 5000))
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let output = path + ".out.csv"
        var file: AtomicOutputFile?
        #expect(throws: (any Error).self) {
            _ = try Cleaner(rules: Self.rules, options: CleanOptions(asOf: FixtureSupport.asOf)).clean(
                path: path,
                makeWriter: { _ in
                    let made = try AtomicOutputFile(path: output)
                    file = made
                    return CSVWriter(sink: FailingSink(after: 20_000, wrapped: made))
                }, onChange: { _ in })
        }
        file?.abort()
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("." + (output as NSString).lastPathComponent) }
        #expect(leftovers.isEmpty)
    }
}

/// A sink that fails once `after` bytes have been written.
final class FailingSink: OutputSink {
    let after: Int
    let wrapped: OutputSink
    var written = 0

    init(after: Int, wrapped: OutputSink) {
        self.after = after
        self.wrapped = wrapped
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if written + bytes.count > after { throw OutputError(path: "test", reason: "disk full (simulated)") }
        written += bytes.count
        try wrapped.write(bytes)
    }
}
