import ExcelInput
import Foundation
import TestSupport
import Testing
@testable import SachSong

/// Criteria 3.1–3.5 on fixtures/indicators, every figure worked out by hand (see its README).
@Suite("Indicators")
struct IndicatorTests {

    static func report(explain: String? = nil, school: String? = nil) -> IndicatorReport {
        var options = CheckOptions(asOf: FixtureSupport.asOf)
        options.explainIndicator = explain
        let path = ReconcileTests.root.appendingPathComponent("fixtures/indicators").path
        return IndicatorRunner(rules: CheckExampleTests.rules, options: options).run(path: path, school: school)
    }

    static func ratio(_ school: SchoolIndicators, _ id: String) -> (Int, Int, Double?) {
        let r = school.ratios[id] ?? Ratio()
        return (r.numerator, r.denominator, r.rate)
    }

    @Test("School A: completion, authentication, card and VNeID at 14 on the as-of date, activity, systems")
    func schoolA() throws {
        let report = Self.report()
        let a = try #require(report.schools.first { $0.id == "7900000100" })
        #expect(a.name == "Trường THCS Thử Nghiệm A")
        // Six students, one transferred out: five current; one lacks a required gender.
        #expect(Self.ratio(a, "hoc_sinh") == (4, 5, 0.8))
        #expect(a.valid["hoc_sinh"]?.rate == 0.8)
        #expect(Self.ratio(a, "nhan_su") == (3, 3, 1.0))
        #expect(Self.ratio(a, "truong") == (1, 1, 1.0))
        // No facilities or materials export: empty populations have no rate.
        #expect(Self.ratio(a, "co_so_vat_chat") == (0, 0, nil))
        #expect(Self.ratio(a, "hoc_lieu_so") == (0, 0, nil))
        #expect(Self.ratio(a, "hoc_sinh_xac_thuc") == (4, 5, 0.8))
        #expect(Self.ratio(a, "nhan_su_xac_thuc") == (2, 3, 2.0 / 3.0))
        #expect(Self.ratio(a, "nhan_su_vneid_muc2") == (2, 3, 2.0 / 3.0))
        // Card age: 15, 14 exactly on the as-of date, 16 → three; the one born a day later is 13.
        #expect(Self.ratio(a, "hoc_sinh_can_cuoc") == (2, 3, 2.0 / 3.0))
        #expect(Self.ratio(a, "hoc_sinh_vneid") == (2, 3, 2.0 / 3.0))
        #expect(Self.ratio(a, "cong_cu_thu_thap") == (1, 1, 1.0))
        // Roster: five current students and three staff; active in ≥ 4 of 8 weeks: student 1 (4), CB02 (5).
        #expect(Self.ratio(a, "nguoi_dung_hoat_dong") == (2, 8, 0.25))
        #expect(a.activeByRole["Học sinh"] == Ratio(numerator: 1, denominator: 5))
        #expect(a.activeByRole["Giáo viên"] == Ratio(numerator: 1, denominator: 1))
        #expect(Self.ratio(a, "ket_noi_csdl_dung_chung") == (1, 2, 0.5))
        #expect(Self.ratio(a, "dang_nhap_sso") == (2, 2, 1.0))
        // Criterion rates are means of the indicators that have a rate; points from the example bands.
        #expect(abs(a.criterionRates["3.1"]! - (0.8 + 1 + 1) / 3) < 1e-12)
        #expect(a.points["3.1"] == 12)
        #expect(abs(a.criterionRates["3.2"]! - (0.8 + 4 * 2.0 / 3.0) / 5) < 1e-12)
        #expect(a.points["3.2"] == 4)
        #expect(a.criterionRates["3.3"] == 0.625)
        #expect(a.points["3.3"] == 10)
        #expect(a.points["3.4"] == 10)
        #expect(a.points["3.5"] == 20)
        #expect(a.totalPoints == 56)
    }

    @Test("School B: missing exports and columns give missing figures, never 0 % or 100 %")
    func schoolB() throws {
        let b = try #require(Self.report().schools.first { $0.id == "truong_b" })
        #expect(b.name == "truong_b")
        #expect(Self.ratio(b, "hoc_sinh") == (2, 2, 1.0))
        // The authentication column is absent: the numerator cannot be counted.
        #expect(b.ratios["hoc_sinh_xac_thuc"]?.known == false)
        #expect(b.ratios["hoc_sinh_xac_thuc"]?.rate == nil)
        // Nobody of card age, no staff, no systems.
        #expect(Self.ratio(b, "hoc_sinh_can_cuoc") == (0, 0, nil))
        #expect(Self.ratio(b, "nhan_su") == (0, 0, nil))
        #expect(Self.ratio(b, "dang_nhap_sso") == (0, 0, nil))
        #expect(b.points["3.4"] == nil)
        #expect(b.criterionRates["3.2"] == nil)
        // No activity log and no system recording activity.
        // No activity log and no systems inventory: 3.3 cannot be counted — not 0 %, and it says what to supply.
        #expect(Self.ratio(b, "cong_cu_thu_thap") == (0, 0, nil))
        #expect(b.ratios["cong_cu_thu_thap"]?.missing?.contains("nhật ký hoạt động") == true)
        #expect(Self.ratio(b, "nguoi_dung_hoat_dong") == (0, 0, nil))
        #expect(b.ratios["nguoi_dung_hoat_dong"]?.missing?.contains("hoat_dong") == true)
        #expect(b.criterionRates["3.3"] == nil && b.points["3.3"] == nil)
        // Nor any figure per role (it read 0/2 = 0 % for its students), and the whole's roles are A's alone.
        #expect(b.activeByRole.isEmpty)
        let whole = Self.report()
        #expect(whole.districtActiveByRole["Học sinh"] == Ratio(numerator: 1, denominator: 5))
        // The missing authentication column is named.
        #expect(b.ratios["hoc_sinh_xac_thuc"]?.missing?.contains("«Xác thực CSDL dân cư»") == true)
        #expect(b.ratios["nhan_su"]?.missing?.contains("nhan_su") == true)
    }

    @Test("District figures pool numerators and denominators; a part that cannot be counted leaves the pool unknown")
    func district() {
        let report = Self.report()
        #expect(report.schools.count == 2)
        #expect(report.district["hoc_sinh"] == Ratio(numerator: 6, denominator: 7))
        #expect(report.district["hoc_sinh_xac_thuc"]?.rate == nil)
        // School B sent no activity log: its users are left out of the pool, not counted inactive.
        #expect(report.district["nguoi_dung_hoat_dong"] == Ratio(numerator: 2, denominator: 8))
        #expect(report.district["dang_nhap_sso"] == Ratio(numerator: 2, denominator: 2))
        #expect(report.schoolsReaching("3.5", 1.0) == 1)
        let spread = report.spread(report.schools.compactMap { $0.ratios["hoc_sinh"]?.rate })
        #expect(spread?.min == 0.8)
        #expect(spread?.max == 1.0)
    }

    @Test("--explain lists the records in the denominator and not in the numerator")
    func explain() throws {
        let report = Self.report(explain: "hoc_sinh_can_cuoc", school: "7900000100")
        #expect(report.schools.count == 1)
        let rows = try #require(report.schools.first?.explained)
        #expect(rows.map(\.row) == [2])
        #expect(rows.first?.code == "7900000002")
        #expect(rows.first?.name == "Trần Thị Bình")
    }

    @Test("A criteria file referring to an unknown field is refused with file, line and column")
    func badCriteria() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-criteria-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ReconcileTests.root.appendingPathComponent("rules"), to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("criteria.yaml")
        let text = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "field: dang_nhap_sso", with: "field: dang_nhap_sos")
        try text.write(to: path, atomically: true, encoding: .utf8)
        do {
            _ = try RuleSetLoader.load(directory: dir.path)
            Issue.record("a broken criteria file was accepted")
        } catch let errors as RuleErrors {
            let error = try #require(errors.errors.first)
            #expect(error.file.hasSuffix("criteria.yaml"))
            #expect(error.line != nil && error.column != nil)
            #expect(error.message.contains("dang_nhap_sos"))
        }
    }
}

/// `indicators --verified`: authentication (3.2) from a population-database verification result,
/// linked as `reconcile` links it, instead of an authentication column.
@Suite("Indicators from a verification result")
struct VerifiedIndicatorTests {
    @Test("A school without an authentication column gets 3.2 from the verification result (2 of 7, as worked out by hand)")
    func verified() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("sachsong-verified-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        try manager.createDirectory(at: root.appendingPathComponent("truong_x"), withIntermediateDirectories: true)
        try manager.copyItem(
            atPath: FixtureSupport.path("reconcile/truong_hoc_sinh.csv"),
            toPath: root.appendingPathComponent("truong_x/hoc_sinh.csv").path)
        let options = CheckOptions(asOf: FixtureSupport.asOf)
        let without = IndicatorRunner(rules: FixtureSupport.rules, options: options).run(path: root.path)
        #expect(without.schools.first?.ratios["hoc_sinh_xac_thuc"]?.rate == nil)
        let runner = IndicatorRunner(rules: FixtureSupport.rules, options: options)
        runner.verified = FixtureSupport.path("reconcile/xac_thuc_dan_cu.txt")
        let school = try #require(runner.run(path: root.path).schools.first)
        #expect(school.ratios["hoc_sinh_xac_thuc"] == Ratio(numerator: 2, denominator: 7))
        #expect(school.criterionRates["3.2"] != nil)
    }
}

/// A systems inventory as schools write it by hand: connection and single sign-on said in words
/// ("Đã kết nối", "Chưa tích hợp"), not only Có/Không.
@Suite("Systems said in words")
struct SystemsInWordsTests {
    @Test("«Đã kết nối» / «Chưa tích hợp» count as yes / no for 3.4 and 3.5, and are written back as Có / Không")
    func words() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("sachsong-systems-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        try manager.createDirectory(at: root.appendingPathComponent("truong_x"), withIntermediateDirectories: true)
        let file = root.appendingPathComponent("truong_x/phan_mem.csv")
        try Data(
            """
            TT,Tên phần mềm/hệ thống,Loại hệ thống,Đơn vị cung cấp,Kết nối CSDL dùng chung của ngành,Đăng nhập một lần (SSO),Ghi nhận hoạt động người dùng
            1,Phần mềm quản lý trường học,Quản lý trường học,Công ty A,Đã kết nối,Đã tích hợp,Có
            2,Thư viện số,Kho học liệu số,Công ty C,Chưa kết nối,Chưa tích hợp,Không

            """.utf8
        ).write(to: file)
        let options = CheckOptions(asOf: FixtureSupport.asOf)
        let school = try #require(IndicatorRunner(rules: FixtureSupport.rules, options: options).run(path: root.path).schools.first)
        #expect(school.ratios["ket_noi_csdl_dung_chung"] == Ratio(numerator: 1, denominator: 2))
        #expect(school.ratios["dang_nhap_sso"] == Ratio(numerator: 1, denominator: 2))
        let report = try FileChecker(rules: FixtureSupport.rules, options: options).check(path: file.path)
        #expect(!report.findings.contains { $0.rule == "dung.value-not-allowed" })
        let synonyms = report.findings.filter { $0.rule == "sach.value-synonym" }.map(\.message)
        #expect(synonyms.contains { $0.contains("«Chưa tích hợp» nên viết theo danh mục là «Không»") })
        #expect(synonyms.contains { $0.contains("«Đã kết nối» nên viết theo danh mục là «Có»") })
    }
}

/// An export that lacks a required column altogether says nothing of its records' completion:
/// 3.1 for that record type is unknown and says which column to add, never 0 %.
@Suite("Completion without a required column")
struct MissingColumnCompletionTests {
    @Test("A facilities export without the asset code: completion unknown, naming «Mã tài sản»; with it, counted")
    func unknownWithoutColumn() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("sachsong-missing-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        try manager.createDirectory(at: root.appendingPathComponent("truong_x"), withIntermediateDirectories: true)
        let file = root.appendingPathComponent("truong_x/csvc.csv")
        let rows = ["Phòng học 6A1,Phòng học,Tốt,54", "Phòng học 6A2,Phòng học,Tốt,54", "Phòng Tin học,Phòng bộ môn,Tốt,"]
        let options = CheckOptions(asOf: FixtureSupport.asOf)
        try Data((["Tên phòng,Loại phòng,Hiện trạng,Diện tích (m2)"] + rows + [""]).joined(separator: "\n").utf8).write(to: file)
        let without = try #require(IndicatorRunner(rules: FixtureSupport.rules, options: options).run(path: root.path).schools.first)
        let ratio = try #require(without.ratios["co_so_vat_chat"])
        #expect(ratio.rate == nil)
        #expect(ratio.denominator == 3)
        #expect(ratio.missing?.contains("«Mã tài sản»") == true)
        // The same rooms with their codes: two of three complete (the lab lacks its area).
        let coded = ["Mã phòng,Tên phòng,Loại phòng,Hiện trạng,Diện tích (m2)"] + rows.enumerated().map { "P\($0.offset + 1),\($0.element)" }
        try Data((coded + [""]).joined(separator: "\n").utf8).write(to: file)
        let with = try #require(IndicatorRunner(rules: FixtureSupport.rules, options: options).run(path: root.path).schools.first)
        #expect(with.ratios["co_so_vat_chat"] == Ratio(numerator: 2, denominator: 3))
    }
}

/// An activity log that says what happened but not who (a login name, no user code): activity
/// is collected (3.3's tool), but who was active cannot be told, and the figure says which
/// column is missing — not that there is no log.
@Suite("An activity log without its user code")
struct LogWithoutUserTests {
    @Test("The tool counts, the active users are unknown and the column is named")
    func logWithoutUser() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("sachsong-log-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        try manager.createDirectory(at: root.appendingPathComponent("truong_x"), withIntermediateDirectories: true)
        try Data(
            """
            Tài khoản,Họ tên,Đối tượng,Ứng dụng,Thời gian đăng nhập,Thao tác
            hs7900070101,Nguyễn Văn An,Học sinh,LMS,2026-05-28 07:31:05,Đăng nhập
            hs7900070101,Nguyễn Văn An,Học sinh,LMS,2026-05-20 19:02:11,Xem bài

            """.utf8
        ).write(to: root.appendingPathComponent("truong_x/nhat_ky_truy_cap.csv"))
        let school = try #require(
            IndicatorRunner(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).run(path: root.path).schools.first)
        #expect(school.ratios["cong_cu_thu_thap"] == Ratio(numerator: 1, denominator: 1))
        let active = try #require(school.ratios["nguoi_dung_hoat_dong"])
        #expect(active.rate == nil)
        #expect(active.missing?.contains("thiếu cột «Mã người dùng»") == true)
        #expect(active.missing?.contains("không có tệp") == false)
    }
}

/// The card and VNeID figures count students of an age: without birth dates nobody can be
/// placed, and the figure says the birth date is what is missing (not "—" for nobody of age).
@Suite("Age-bound figures without birth dates")
struct AgeWithoutBirthTests {
    @Test("A student export with the birth date split over three columns: card and VNeID figures name «Ngày sinh»")
    func splitBirthDate() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("sachsong-age-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        try manager.createDirectory(at: root.appendingPathComponent("truong_x"), withIntermediateDirectories: true)
        try Data(
            """
            Mã học sinh,Họ và tên,Ngày,Tháng,Năm sinh,Giới tính,Lớp,Số định danh cá nhân,Có thẻ căn cước,Mức VNeID,Trạng thái
            7900070101,Nguyễn Văn An,15,4,2011,Nam,9A1,079211000101,Có,Mức 2,Đang học

            """.utf8
        ).write(to: root.appendingPathComponent("truong_x/hoc_sinh.csv"))
        let school = try #require(
            IndicatorRunner(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).run(path: root.path).schools.first)
        for id in ["hoc_sinh_can_cuoc", "hoc_sinh_vneid"] {
            let ratio = try #require(school.ratios[id])
            #expect(ratio.rate == nil)
            #expect(ratio.missing?.contains("«Ngày sinh»") == true, "\(id): \(ratio.missing ?? "known")")
        }
    }
}

/// Two-level local government: schools roll up through any folder tree (city / ward / school),
/// or by a field of their school profile; every group pools its schools' numerators and
/// denominators.
@Suite("Groups of schools")
struct GroupTests {
    /// The three district schools laid out as city / ward / school.
    static func tree() throws -> URL {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("sachsong-groups-\(UUID().uuidString)")
        let layout = ["thanh_pho/phuong_a": ["truong_thcs_an_phu", "truong_thcs_hoa_binh"], "thanh_pho/phuong_b": ["truong_th_binh_an"]]
        for (ward, schools) in layout {
            try manager.createDirectory(at: root.appendingPathComponent(ward), withIntermediateDirectories: true)
            for school in schools {
                try manager.copyItem(atPath: FixtureSupport.path("district/\(school)"), toPath: root.appendingPathComponent("\(ward)/\(school)").path)
            }
        }
        return root
    }

    @Test("A three-level folder tree gives groups whose figures are the sums of their schools")
    func folderTree() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = IndicatorRunner(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).run(path: root.path)
        #expect(report.schools.count == 3)
        #expect(report.groups.map(\.id) == ["thanh_pho", "thanh_pho/phuong_a", "thanh_pho/phuong_b"])
        #expect(report.groups.map(\.level) == [1, 2, 2])
        for group in report.groups {
            let schools = report.schools(of: group)
            #expect(schools.count == group.schools.count)
            for (id, ratio) in group.ratios {
                let numerator = schools.reduce(0) { $0 + ($1.ratios[id]?.numerator ?? 0) }
                let denominator = schools.reduce(0) { $0 + ($1.ratios[id]?.denominator ?? 0) }
                #expect(ratio.numerator == numerator && ratio.denominator == denominator, "\(group.id) \(id)")
            }
        }
        let city = try #require(report.groups.first)
        for (id, ratio) in report.total { #expect(city.ratios[id]?.numerator == ratio.numerator && city.ratios[id]?.denominator == ratio.denominator) }
    }

    @Test("indicators --format xlsx: a sheet per level, counts as numbers, rates as percentages equal to the JSON's")
    func workbook() throws {
        let root = try Self.tree()
        let output = root.path + "-chi_so.xlsx"
        defer { try? FileManager.default.removeItem(at: root); unlink(output) }
        let result = try CommandLineTests.run(["indicators", root.path, "--as-of", FixtureSupport.asOfText, "--format", "xlsx", "--output", output])
        #expect(result.status == 0, "\(result.err)")
        let names = try XLSXReader(path: output).sheetNames
        #expect(names == ["Trường", "Nhóm cấp 1", "Nhóm cấp 2", "Toàn bộ"])
        let report = IndicatorRunner(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).run(path: root.path)
        let package = try WorkbookPackage(output)
        #expect(package.text("xl/styles.xml").contains("formatCode=\"0.0%\""))
        // Every school's figures are in the first sheet, the rates as fractions of 1, in number cells.
        let rows = try WorkbookEditTests.values(output, sheet: "Trường")
        let header = try #require(rows[1])
        for school in report.schools {
            let row = try #require(rows.values.first { $0.count > 1 && $0[1] == school.id }, "\(school.id) missing")
            for item in report.spec.indicators {
                let ratio = school.ratios[item.indicator.id] ?? Ratio()
                let name = "\(item.criterion.id) \(item.indicator.id)"
                let at = try #require(header.firstIndex(of: "\(name) tỉ lệ"))
                #expect(row[at - 2] == String(ratio.numerator) && row[at - 1] == String(ratio.denominator), "\(school.id) \(name)")
                if let rate = ratio.rate {
                    #expect(abs((Double(row[at]) ?? -1) - rate) < 1e-9, "\(school.id) \(name): \(row[at]) ≠ \(rate)")
                } else {
                    #expect(at >= row.count || row[at].isEmpty, "a rate that cannot be counted is empty, not 0")
                }
            }
        }
        let sheet = package.text("xl/worksheets/sheet1.xml")
        let (cells, _) = WorkbookPackage.cells(sheet)
        #expect(cells["D2"].map { !$0.contains("t=\"s\"") && !$0.contains("inlineStr") } == true, "a numerator is a number cell")
        #expect(try WorkbookEditTests.values(output, sheet: "Nhóm cấp 2").count == 3)
    }

    @Test("--group-by a school-profile field groups the schools by its value")
    func byField() throws {
        let runner = IndicatorRunner(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf))
        runner.groupBy = "ten_truong"
        let report = runner.run(path: FixtureSupport.path("district"))
        #expect(report.groups.count == report.schools.count)
        #expect(report.groups.allSatisfy { $0.level == 1 && $0.schools.count == 1 })
    }
}
