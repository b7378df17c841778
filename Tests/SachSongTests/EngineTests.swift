import CSVInput
import Foundation
import TestSupport
import Testing
@testable import SachSong

/// The engine end to end on small files written by the tests.
@Suite("Engine")
struct EngineTests {

    /// A temporary folder with the given files.
    static func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir.path
    }

    static func run(_ files: [String: String], options: CheckOptions = CheckOptions(asOf: FixtureSupport.asOf)) throws -> RunReport {
        let dir = try folder(files)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = files.keys.sorted().map { (dir as NSString).appendingPathComponent($0) }
        return RunChecker(rules: CheckExampleTests.rules, options: options).check(paths: paths)
    }

    static let header = "Mã định danh Bộ GD&ĐT,Họ và tên,Ngày sinh,Giới tính,Lớp,Trạng thái,Số định danh cá nhân\n"

    @Test("A repeated code and a repeated person within one file, at every row, each naming the other")
    func duplicatesInFile() throws {
        let text =
            Self.header
            + "7900000001,Nguyễn Văn An,01/02/2014,Nam,6A1,Đang học,079214000011\n"
            + "7900000002,Lê Thị Bé,03/04/2014,Nữ,6A1,Đang học,079314000012\n"
            + "7900000001,Trần Văn Cư,05/06/2014,Nam,6A2,Đang học,079214000013\n"
            + "7900000003,nguyễn  văn an,01/02/2014,Nam,6A1,Đang học,079214000014\n"
        let report = try Self.run(["hoc_sinh.csv": text])
        let file = try #require(report.files.first)
        let keys = file.findings.filter { $0.rule == "sach.duplicate-key" }
        #expect(keys.map(\.row) == [1, 3])
        #expect(keys.allSatisfy { $0.column == "Mã định danh Bộ GD&ĐT" && $0.severity == .error })
        #expect(keys.first?.message.contains("dòng dữ liệu 3 (dòng 4)") == true)
        #expect(keys.last?.message.contains("dòng dữ liệu 1") == true)
        let persons = file.findings.filter { $0.rule == "sach.duplicate-person" }
        #expect(persons.map(\.row) == [1, 4])
        #expect(persons.first?.message.contains("dòng dữ liệu 4") == true)
        #expect(file.rowsWithErrors == 3)
        #expect(file.errors == file.findings.filter { $0.severity == .error }.count)
    }

    @Test("A value repeated three times: its first row names both later rows")
    func threeOccurrences() throws {
        let text =
            Self.header
            + "7900000001,Nguyễn Văn An,01/02/2014,Nam,6A1,Đang học,079214000001\n"
            + "7900000002,Lê Thị Bé,03/04/2014,Nữ,6A1,Đang học,079314000002\n"
            + "7900000003,Trần Văn Cư,05/06/2014,Nam,6A2,Đang học,079214000001\n"
            + "7900000004,Đỗ Văn Dũng,07/08/2014,Nam,6A2,Đang học,079214000001\n"
        let file = try #require(try Self.run(["hoc_sinh.csv": text]).files.first)
        let ids = file.findings.filter { $0.rule == "sach.duplicate-key" && $0.column == "Số định danh cá nhân" }
        #expect(ids.map(\.row) == [1, 3, 4])
        #expect(ids.first?.message.contains("dòng dữ liệu 3") == true && ids.first?.message.contains("dòng dữ liệu 4") == true)
    }

    @Test("The same citizen ID in two files of one folder is found in both files, each naming the other")
    func duplicatesAcrossFiles() throws {
        let a = Self.header + "7900000001,Nguyễn Văn An,01/02/2010,Nam,9A1,Đang học,079210001111\n"
        let b =
            Self.header + "7900000009,Phạm Văn Bình,02/02/2011,Nam,8A1,Đang học,079211002222\n"
            + "7900000010,Nguyễn Văn An,01/02/2010,Nam,9A1,Đang học,079210001111\n"
        let report = try Self.run(["a_hoc_sinh.csv": a, "b_hoc_sinh.csv": b])
        let first = report.files[0].findings.filter { $0.rule == "sach.duplicate-key" }
        #expect(first.map(\.row) == [1])
        #expect(first.first?.column == "Số định danh cá nhân")
        #expect(first.first?.message.contains("b_hoc_sinh.csv dòng dữ liệu 2") == true)
        #expect(report.files[0].rowsWithErrors == 1)
        let cross = report.files[1].findings.filter { $0.rule == "sach.duplicate-key" }
        #expect(cross.count == 1)
        #expect(cross.first?.row == 2)
        #expect(cross.first?.column == "Số định danh cá nhân")
        #expect(cross.first?.message.contains("a_hoc_sinh.csv") == true)
        #expect(report.files[1].errors == report.files[1].findings.filter { $0.severity == .error }.count)
    }

    @Test("The personal ID number is required at every age (it is set at birth registration)")
    func idFromBirth() throws {
        let text =
            Self.header
            + "7900000001,Nguyễn Văn An,01/06/2012,Nam,8A1,Đang học,\n"
            + "7900000002,Lê Thị Bé,02/06/2019,Nữ,1A1,Đang học,\n"
            + "7900000003,Trần Văn Cường,02/06/2019,Nam,1A1,Đang học,079219000333\n"
        let file = try #require(try Self.run(["hoc_sinh.csv": text]).files.first)
        #expect(file.findings.filter { $0.rule == "du.required" && $0.column == "Số định danh cá nhân" }.map(\.row) == [1, 2])
        #expect(file.findings.filter { $0.rule == "du.conditional-required" }.isEmpty)
        #expect(file.rowsIncomplete == 2)
    }

    @Test("A field required for some values of another names that other column as the file heads it")
    func conditionNamesTheColumn() throws {
        let text = "Mã số phòng,Tên phòng,Loại phòng,Hiện trạng,Diện tích sử dụng (m²)\nP101,Phòng học 6A1,Phòng học,Tốt,\n"
        let file = try #require(try Self.run(["csvc.csv": text]).files.first)
        let messages = file.findings.filter { $0.rule == "du.conditional-required" }.map(\.message)
        #expect(messages == ["«Diện tích sử dụng (m²)» bắt buộc khi «Loại phòng» là «Phòng học» nhưng để trống."])
        // "Mã số phòng" is the asset code ("Mã phòng"): no required column is missing.
        #expect(!file.findings.contains { $0.rule == "du.missing-column" })
    }

    @Test("Headers typed without accents, in machine style or with (*) are recognised")
    func headerSpellings() throws {
        let text =
            "STT,MA_HOC_SINH,Ho va ten,NgaySinh,Giới tính (*),Lớp học,Trạng thái HS,Số CCCD (12 số),Sở thích\n"
            + "1,7900000001,Nguyễn Văn An,01/02/2014,Nam,6A1,Đang học,079214000123,Bóng đá\n"
        let file = try #require(try Self.run(["du_lieu.csv": text]).files.first)
        #expect(file.recordType == "hoc_sinh")
        #expect(file.findings.filter { $0.severity == .error }.isEmpty, "\(file.findings.map(\.message))")
        let unknown = file.findings.filter { $0.rule == "schema.unknown-header" }
        #expect(unknown.map(\.column) == ["Sở thích"])
    }

    @Test("A missing required column is one file-level finding, and every row counts as incomplete")
    func missingColumn() throws {
        let text = "Mã định danh Bộ GD&ĐT,Họ và tên,Ngày sinh,Giới tính,Lớp\n7900000001,Nguyễn Văn An,01/02/2014,Nam,6A1\n"
        let file = try #require(try Self.run(["hoc_sinh.csv": text]).files.first)
        let missing = file.findings.filter { $0.rule == "du.missing-column" }
        #expect(missing.map(\.column) == ["Số định danh cá nhân", "Trạng thái"])
        #expect(missing.first?.row == nil)
        #expect(file.rowsIncomplete == 1)
    }

    @Test("An unrecognised file is reported, not checked")
    func unrecognised() throws {
        let file = try #require(try Self.run(["x.csv": "Tên món,Giá\nPhở,40000\n"]).files.first)
        #expect(file.recordType == nil)
        #expect(file.findings.map(\.rule) == ["schema.unrecognised"])
    }

    @Test("Disabled rules and severity overrides apply; the kept findings are capped but all are counted")
    func overrides() throws {
        var rows = Self.header
        for i in 0..<30 { rows += "79000000\(String(format: "%02d", i)),NGUYỄN VĂN AN \(i),01/02/2014,Nam,6A1,Đang học,\n" }
        var options = CheckOptions(asOf: FixtureSupport.asOf)
        options.disabled = ["dung.name-characters"]
        options.severities = ["sach.name-case": .error]
        options.maxFindingsPerRule = 5
        let file = try #require(try Self.run(["hoc_sinh.csv": rows], options: options).files.first)
        #expect(file.findings.filter { $0.rule == "dung.name-characters" }.isEmpty)
        let caps = file.findings.filter { $0.rule == "sach.name-case" }
        #expect(caps.count == 5)
        #expect(caps.allSatisfy { $0.severity == .error })
        #expect(file.countsByRule["sach.name-case"] == 30)
        #expect(file.rowsWithErrors == 30)
    }

    @Test("Staff: a 9-digit CMND is expired, retirement age is a warning")
    func staff() throws {
        let text =
            "Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Vị trí việc làm,Trạng thái\n"
            + "CB001,Trần Văn Bảy,10/01/1963,Nam,023456789,Giáo viên,Đang làm việc\n"
            + "CB002,Lê Thị Tám,10/01/1985,Nữ,079185001234,Giáo viên,Đang làm việc\n"
        let file = try #require(try Self.run(["nhan_su.csv": text]).files.first)
        #expect(file.recordType == "nhan_su")
        #expect(file.findings.filter { $0.rule == "song.cmnd-expired" }.map(\.row) == [1])
        let retired = file.findings.filter { $0.rule == "song.retirement" }
        #expect(retired.map(\.row) == [1])
        #expect(retired.first?.severity == .warning)
        #expect(file.findings.filter { $0.row == 2 && $0.severity == .error }.isEmpty, "\(file.findings.map(\.message))")
    }
}

/// Placeholders mean empty, in every column type: in a required field the record is incomplete,
/// in an optional one a warning and the record stays complete; a placeholder code is no person.
@Suite("Placeholders")
struct PlaceholderTests {
    @Test("A placeholder in a list column is a placeholder; required makes the record incomplete, optional does not")
    func placeholderSemantics() throws {
        let text =
            "Mã định danh Bộ GD&ĐT,Họ và tên,Ngày sinh,Giới tính,Lớp,Trạng thái,Số định danh cá nhân,Email,Mức VNeID\n"
            + "7900000001,Nguyễn Văn An,01/02/2014,...,6A1,Đang học,079214000011,,\n"
            + "7900000002,Lê Thị Bé,03/04/2014,Nữ,6A1,Đang học,079314000012,N/A,...\n"
            + "7900000003,Trần Văn Cư,05/06/2014,Nam,6A1,Đang học,079214000013,,Chưa có\n"
        let file = try #require(try EngineTests.run(["hoc_sinh.csv": text]).files.first)
        let gender = file.findings.filter { $0.column == "Giới tính" }
        #expect(gender.map(\.rule) == ["du.placeholder"])
        #expect(gender.first?.severity == .error)
        let optional = file.findings.filter { $0.row == 2 && $0.rule == "du.placeholder" }
        #expect(optional.count == 2 && optional.allSatisfy { $0.severity == .warning })
        #expect(!file.findings.contains { $0.rule == "dung.value-not-allowed" })
        #expect(file.rowsIncomplete == 1)
    }

    @Test("A placeholder code is no roster user")
    func placeholderCodeIsNoUser() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("sachsong-roster-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        let school = root.appendingPathComponent("truong_x")
        try manager.createDirectory(at: school, withIntermediateDirectories: true)
        try
            ("Mã định danh Bộ GD&ĐT,Họ và tên,Ngày sinh,Giới tính,Lớp,Trạng thái,Số định danh cá nhân\n"
            + "7900000001,Nguyễn Văn An,01/02/2014,Nam,6A1,Đang học,079214000011\n"
            + "0000000000,Lê Thị Bé,03/04/2014,Nữ,6A1,Đang học,079314000012\n")
            .write(to: school.appendingPathComponent("hoc_sinh.csv"), atomically: true, encoding: .utf8)
        try "Mã người dùng,Thời điểm truy cập\n7900000001,20/05/2026 08:00\n"
            .write(to: school.appendingPathComponent("hoat_dong.csv"), atomically: true, encoding: .utf8)
        let report = IndicatorRunner(rules: CheckExampleTests.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).run(path: root.path)
        #expect(report.schools.first?.ratios["nguoi_dung_hoat_dong"]?.denominator == 1)
    }
}
