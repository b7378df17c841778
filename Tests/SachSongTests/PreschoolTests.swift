import Foundation
import TestSupport
import Testing
@testable import SachSong

/// A preschool's pupil list, written as a preschool's management software writes it: its pupils
/// are "trẻ", its classes are groups by age in months or Mầm, Chồi, Lá, and a nursery group takes
/// children from 3 months (Điều lệ trường mầm non, TT 52/2020/TT-BGDĐT). Wards manage
/// preschools, so their exports must read as truly as a secondary school's.
@Suite("A preschool's pupil list")
struct PreschoolTests {
    static let export = """
        DANH SÁCH TRẺ NĂM HỌC 2025-2026;;;;;;;;;\r
        STT;Mã trẻ;Họ và tên trẻ;Ngày sinh;Giới tính;Nhóm/Lớp;Mã định danh cá nhân;Trạng thái;Họ tên mẹ;SĐT phụ huynh\r
        1;7912300001;Võ Minh Khôi;10/03/2025;Nam;Nhóm 12-24 tháng;079225001234;Đang học;Trần Thị Mai;0903123456\r
        2;7912300002;Lê Gia Hân;20/11/2022;Nữ;Lớp Mầm 1;079322007890;Đang học;Phạm Thị Lan;0987654321\r
        3;7912300003;Nguyễn Bảo Ngọc;02/05/2021;Nữ;Lớp Chồi 2;079321004567;Đang học;Đỗ Thị Hương;0918765432\r
        4;7912300004;Trần Đức Anh;14/02/2020;Nam;Lớp Lá 3;079220001111;Đang học;Võ Thị Hằng;0933222111\r
        5;7912300005;Phạm Thu Trang;08/08/2020;Nữ;Lớp Lá 3;079220002222;Đang học;Lý Thị Thu;0977111222\r

        """

    @Test("Columns found by meaning, no age or grade finding for nursery and kindergarten pupils, the one real mistake found")
    func preschoolPupils() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("sachsong-preschool-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        try manager.createDirectory(at: root.appendingPathComponent("mn_hoa_sen"), withIntermediateDirectories: true)
        let file = root.appendingPathComponent("mn_hoa_sen/danh_sach_tre.csv")
        try Data(Self.export.utf8).write(to: file)

        let report = FixtureSupport.check([file.path])
        let checked = try #require(report.files.first)
        #expect(checked.recordType == "hoc_sinh")
        #expect(checked.rows == 5)
        // «Mã trẻ» is the pupil's code, «Nhóm/Lớp» the class; a one-year-old is no error, and
        // "Lá 3" is no grade 3 (a six-year-old is where she should be).
        let rules = checked.findings.map { "\($0.rule) row \($0.row.map(String.init) ?? "-")" }
        #expect(rules == ["csv.title-rows row -", "\(GenderDigitCheck.id) row 5"], "\(checked.findings.map(FixtureSupport.describe))")

        // 3.1 counts every pupil as a complete record.
        let school = try #require(
            IndicatorRunner(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).run(path: root.path).schools.first)
        #expect(school.ratios["hoc_sinh"] == Ratio(numerator: 5, denominator: 5))
        // No pupil is of card age (14): the card and VNeID figures have nobody to count, and do
        // not ask a preschool for card columns; authentication concerns every pupil, and its
        // column is asked for.
        #expect(school.ratios["hoc_sinh_can_cuoc"] == Ratio())
        #expect(school.ratios["hoc_sinh_vneid"] == Ratio())
        #expect(school.ratios["hoc_sinh_xac_thuc"]?.denominator == 5)
        #expect(school.ratios["hoc_sinh_xac_thuc"]?.missing?.contains("«Xác thực CSDL dân cư»") == true)
    }

    @Test("Preschool groups and classes have no grade; school classes keep theirs")
    func preschoolClassesHaveNoGrade() {
        for text in ["Lớp Chồi 1", "Nhóm 24-36 tháng", "Nhóm trẻ 18-24 tháng", "MẪU GIÁO LỚN", "Lớp Lá 3", "Khối Mầm", "Lop Choi 2"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { GradeParser.isPreschool(bytes: $0) }, "\(text)")
        }
        for (text, grade) in [("6A1", 6), ("Lớp 9/3", 9), ("Khối 1", 1), ("12 Toán", 12), ("Lớp 2A", 2)] {
            let bytes = Array(text.utf8)
            #expect(!bytes.withUnsafeBufferPointer { GradeParser.isPreschool(bytes: $0) }, "\(text)")
            #expect(GradeParser.gradeOfClass(text) == grade)
        }
    }
}
