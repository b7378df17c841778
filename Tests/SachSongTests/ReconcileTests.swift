import Foundation
import Testing
@testable import SachSong

@Suite("Reconcile and names")
struct ReconcileTests {
    static var root: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    @Test("Tone placement, case and spaces do not count; every other diacritic does")
    func names() {
        #expect(NameKey.same("Nguyễn Thị Thuý", "NGUYỄN  THỊ THÚY"))
        #expect(NameKey.same("Trần Minh Hoà", "Trần Minh Hòa"))
        #expect(NameKey.same("Nguye\u{0302}\u{0303}n", "Nguyễn"))
        #expect(!NameKey.same("Lê Văn Hùng", "Lê Văn Hưng"))
        #expect(!NameKey.same("Lan", "Lân"))
        #expect(!NameKey.same("Hoà", "Hoá"))
    }

    static func check(_ report: ReconcileReport) {
        #expect(report.schoolRows == 7)
        #expect(report.authoritativeRows == 6)
        #expect(report.matched == 5)
        #expect(report.consistent == 2)
        #expect(report.mismatched == 3)
        #expect(report.schoolOnly == 1)
        #expect(report.authoritativeOnly == 1)
        #expect(report.withoutKey == 1)
        #expect(report.authenticatedRate == 2.0 / 7.0)
        let school = report.schoolFindings.map { "\($0.rule)@\($0.row!)" }.sorted()
        #expect(
            school == [
                "reconcile.dob-mismatch@6", "reconcile.gender-mismatch@7", "reconcile.name-mismatch@2",
                "reconcile.no-key@5", "reconcile.school-only@4"
            ])
        #expect(report.authoritativeFindings.map { "\($0.rule)@\($0.row!)" } == ["reconcile.authoritative-only@6"])
        let name = report.schoolFindings.first { $0.rule == "reconcile.name-mismatch" }
        #expect(name?.column == "Họ và tên")
        #expect(name?.line == 4)
    }

    @Test("A school export against a UTF-16 extract with other header spellings (the smaller school file held)")
    func fixture() throws {
        let rules = CheckExampleTests.rules
        let dir = Self.root.appendingPathComponent("fixtures/reconcile")
        let report = try Reconciler(rules: rules).reconcile(
            school: dir.appendingPathComponent("truong_hoc_sinh.csv").path,
            authoritative: dir.appendingPathComponent("xac_thuc_dan_cu.txt").path)
        Self.check(report)
    }

    @Test("The same comparison when the extract is the smaller file (extract held, school streamed)")
    func extractHeld() throws {
        let dir = Self.root.appendingPathComponent("fixtures/reconcile")
        let text = try String(contentsOf: dir.appendingPathComponent("xac_thuc_dan_cu.txt"), encoding: .utf16)
        let extract = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-extract-\(UUID().uuidString).txt")
        try text.write(to: extract, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: extract) }
        let school = dir.appendingPathComponent("truong_hoc_sinh.csv").path
        #expect(Reconciler.size(extract.path) < Reconciler.size(school))
        Self.check(try Reconciler(rules: CheckExampleTests.rules).reconcile(school: school, authoritative: extract.path))
    }

    @Test("A large extract: its extra records are counted as extract-only")
    func largeExtract() throws {
        let dir = Self.root.appendingPathComponent("fixtures/reconcile")
        var text = try String(contentsOf: dir.appendingPathComponent("xac_thuc_dan_cu.txt"), encoding: .utf16)
        for i in 0..<200 { text += "0793110\(String(format: "%05d", 10_000 + i))\tNgười \(i)\t01/01/2011\tNữ\tĐúng\r\n" }
        let extract = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-extract-\(UUID().uuidString).txt")
        try text.write(to: extract, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: extract) }
        let report = try Reconciler(rules: CheckExampleTests.rules)
            .reconcile(school: dir.appendingPathComponent("truong_hoc_sinh.csv").path, authoritative: extract.path)
        #expect(report.authoritativeRows == 206)
        #expect(report.authoritativeOnly == 201)
        #expect(report.consistent == 2)
        #expect(report.mismatched == 3)
        #expect(report.schoolOnly == 1)
        #expect(report.withoutKey == 1)
        let school = report.schoolFindings.map { "\($0.rule)@\($0.row!)" }.sorted()
        #expect(
            school == [
                "reconcile.dob-mismatch@6", "reconcile.gender-mismatch@7", "reconcile.name-mismatch@2",
                "reconcile.no-key@5", "reconcile.school-only@4"
            ])
    }

    @Test("An extract without the key column is refused with a message naming the file")
    func missingKey() throws {
        let dir = Self.root.appendingPathComponent("fixtures/reconcile")
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-nokey-\(UUID().uuidString).csv")
        try "Họ và tên,Ngày sinh,Giới tính\nAn,01/01/2011,Nam\n".write(to: other, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: other) }
        #expect(throws: ReconcileError.self) {
            _ = try Reconciler(rules: CheckExampleTests.rules).reconcile(
                school: dir.appendingPathComponent("truong_hoc_sinh.csv").path, authoritative: other.path, recordType: "hoc_sinh")
        }
    }

    @Test("Identity verdicts name the problem the engine would report")
    func verdicts() throws {
        let provinces = try #require(CheckExampleTests.rules.ruleSet.lists["ma_tinh_cccd"])
        let born = SimpleDate(year: 2012, month: 5, day: 5)!
        func rules(_ digits: String, _ gender: Gender? = nil) -> [String] {
            IdentityVerdict(id: CitizenID(digits: digits)!, birth: born, gender: gender, provinces: provinces).problems.map(\.rule)
        }
        #expect(rules("079212004321", .male).isEmpty)
        #expect(rules("079212004321", .female) == ["cccd.gender"])
        #expect(rules("079185004321") == ["cccd.parent-number"])
        #expect(rules("079213004321") == ["cccd.birth-year"])
        #expect(rules("079012004321") == ["cccd.century"])
        #expect(rules("099212004321") == ["cccd.province"])
        #expect(rules("079612004321") == ["cccd.century"])
        // A parent's number is said once: its other digits only repeat the cause.
        #expect(rules("079185004321", .male) == ["cccd.parent-number"])
    }
}
