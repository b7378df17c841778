import Foundation
import Testing
@testable import SachSong

/// Headers are recognised by the phrases they hold, not by a list of exact spellings: every
/// phrase of every field, dressed as other systems dress their headers, still names its field;
/// headers that look alike but mean something else never do.
@Suite("Header meaning")
struct HeaderMeaningTests {
    static let rules = CheckExampleTests.rules

    /// The field (of the profile, not generated) that `header` names alone in a file of `type`.
    static func field(_ header: String, type: String) -> String? {
        guard let recordType = rules.ruleSet.recordType(type) else { return nil }
        let mapping = rules.detector.mapping(header: [header], type: recordType)
        guard let column = mapping.columns.first(where: { $0.column == 0 }) else { return nil }
        let field = mapping.recordType.fields[column.field]
        return field.generated ? nil : field.id
    }

    /// Notes that systems put after a header, by the kind of value.
    static func notes(for type: FieldType) -> [String] {
        var notes = ["(*)", "*", "(bắt buộc)", "(ghi rõ)", "- mẫu 2025"]
        switch type {
        case .date, .timestamp: notes += ["(dd/mm/yyyy)", "(ngày/tháng/năm)"]
        case .citizenID: notes += ["(12 số)", "(12 chữ số)"]
        case .phone: notes += ["(10 số)", "liên lạc"]
        case .email: notes += ["(nếu có)"]
        default: notes += ["(nếu có)", "hiện nay"]
        }
        return notes
    }

    /// Every way of writing `phrase` that a header of another system could take, keeping its meaning.
    static func mutations(_ phrase: String, type: FieldType, inside: Bool) -> [String] {
        var forms = [
            phrase.uppercased(), phrase.lowercased(),
            phrase.replacingOccurrences(of: " ", with: "_"),
            phrase.replacingOccurrences(of: " ", with: "_").uppercased(),
            phrase.decomposedStringWithCanonicalMapping,
            phrase.replacingOccurrences(of: " ", with: "  "),
            " \(phrase) ",
            "\(phrase) (*)",
            "\(phrase)\u{00A0}",
            // A bracketed note never changes what the column holds, even after a single word.
            "\(phrase) (bắt buộc)",
            "\(phrase) [năm học 2025-2026]"
        ]
        // A phrase of several words (or a keyword) may stand among other words.
        if inside {
            for note in notes(for: type) { forms.append("\(phrase) \(note)") }
            for number in ["1.", "(3)", "12 -"] { forms.append("\(number) \(phrase)") }
            forms.append("\(phrase) [ghi chú: xem hướng dẫn]")
            forms.append("\(phrase.uppercased()) (12/2025)")
        }
        return forms
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let type: String
        let field: String
        let phrase: String
        let inside: Bool
        let kind: FieldType
        var testDescription: String { "\(type).\(field) «\(phrase)»" }
    }

    static let cases: [Case] = rules.ruleSet.recordTypes.flatMap { type in
        type.fields.flatMap { field in
            let keywords = Set(field.keywords)
            return ([field.header] + field.aliases + field.keywords).map { phrase in
                Case(
                    type: type.id, field: field.id, phrase: phrase,
                    inside: HeaderWords(phrase).words.count > 1 || keywords.contains(phrase), kind: field.type)
            }
        }
    }

    @Test("Every phrase of every field, mutated as other systems write headers, names the same field", arguments: cases)
    func mutatedPhrases(_ c: Case) {
        for header in Self.mutations(c.phrase, type: c.kind, inside: c.inside) {
            #expect(Self.field(header, type: c.type) == c.field, "«\(header)» in \(c.type)")
        }
    }

    @Test("No phrase belongs to two fields of one record type")
    func phrasesAreOwnedOnce() {
        for type in Self.rules.ruleSet.recordTypes {
            var owner: [[String]: String] = [:]
            for field in type.fields {
                for phrase in [field.header] + field.aliases + field.keywords + [field.id] {
                    let words = HeaderWords(phrase).words
                    if let other = owner[words], other != field.id {
                        Issue.record("«\(phrase)» names both \(other) and \(field.id) in \(type.id)")
                    }
                    owner[words] = field.id
                }
            }
        }
    }

    /// Headers of real exports that resemble a field's words but mean something else: each must
    /// not be taken for the fields listed.
    static let distractors: [(type: String, header: String, notField: [String])] = [
        ("hoc_sinh", "Họ tên người giám hộ", ["ho_ten"]),
        ("hoc_sinh", "Họ và tên người giám hộ", ["ho_ten"]),
        ("hoc_sinh", "Họ tên cha", ["ho_ten"]),
        ("hoc_sinh", "Họ tên mẹ", ["ho_ten"]),
        ("hoc_sinh", "Họ và tên bố", ["ho_ten"]),
        ("hoc_sinh", "Họ tên phụ huynh", ["ho_ten"]),
        ("hoc_sinh", "Tên gọi khác", ["ho_ten"]),
        ("hoc_sinh", "Họ tên GVCN", ["ho_ten"]),
        ("hoc_sinh", "Giáo viên chủ nhiệm", ["ho_ten"]),
        ("hoc_sinh", "Ngày cấp", ["ngay_sinh", "so_dinh_danh"]),
        ("hoc_sinh", "Ngày cấp Căn cước", ["so_dinh_danh", "co_the_can_cuoc"]),
        ("hoc_sinh", "Ngày cấp CCCD", ["so_dinh_danh", "co_the_can_cuoc"]),
        ("hoc_sinh", "Nơi cấp", ["so_dinh_danh", "noi_sinh"]),
        ("hoc_sinh", "Nơi cấp Căn cước", ["so_dinh_danh"]),
        ("hoc_sinh", "Căn cước cha", ["so_dinh_danh"]),
        ("hoc_sinh", "Căn cước mẹ", ["so_dinh_danh"]),
        ("hoc_sinh", "Căn cước NĐĐ", ["so_dinh_danh"]),
        ("hoc_sinh", "Số CCCD của mẹ", ["so_dinh_danh"]),
        ("hoc_sinh", "Đã có CCCD", ["so_dinh_danh"]),
        ("hoc_sinh", "Năm sinh cha", ["ngay_sinh"]),
        ("hoc_sinh", "Năm sinh mẹ", ["ngay_sinh"]),
        ("hoc_sinh", "Ngày sinh của mẹ", ["ngay_sinh"]),
        ("hoc_sinh", "Điện thoại GVCN", ["so_dien_thoai"]),
        ("hoc_sinh", "Số điện thoại giáo viên chủ nhiệm", ["so_dien_thoai"]),
        ("hoc_sinh", "Đ.thoại cha", ["so_dien_thoai"]),
        ("hoc_sinh", "Điện thoại mẹ", ["so_dien_thoai"]),
        ("hoc_sinh", "Số điện thoại của trường", ["so_dien_thoai"]),
        ("hoc_sinh", "Email trường", ["email"]),
        ("hoc_sinh", "Email của giáo viên chủ nhiệm", ["email"]),
        ("hoc_sinh", "Nơi thường trú Xã (cũ)", ["dia_chi"]),
        ("hoc_sinh", "Nơi thường trú Huyện (cũ)", ["dia_chi"]),
        ("hoc_sinh", "Nơi thường trú Tỉnh (cũ)", ["dia_chi"]),
        ("hoc_sinh", "Nơi sinh Tỉnh (cũ)", ["noi_sinh"]),
        ("hoc_sinh", "Quê quán Xã (cũ)", ["dia_chi", "noi_sinh"]),
        ("hoc_sinh", "Nghề nghiệp cha", ["ho_ten_cha"]),
        ("hoc_sinh", "Nghề nghiệp mẹ", ["ho_ten_me"]),
        ("hoc_sinh", "Đơn vị công tác cha", ["ho_ten_cha", "dia_chi"]),
        ("hoc_sinh", "Tình trạng xác thực", ["trang_thai"]),
        ("hoc_sinh", "Trạng thái xác thực CSDL dân cư", ["trang_thai"]),
        ("hoc_sinh", "Tình trạng sức khỏe", ["trang_thai"]),
        ("hoc_sinh", "Trạng thái tài khoản VNeID", ["trang_thai"]),
        ("hoc_sinh", "Học sinh lớp B.Trú", ["lop"]),
        ("hoc_sinh", "Lớp trưởng", ["lop"]),
        ("hoc_sinh", "Dân tộc theo giấy khai sinh", ["dan_toc"]),
        ("hoc_sinh", "Mã VEMIS", ["ma_hoc_sinh"]),
        ("hoc_sinh", "Mã định danh cá nhân", ["ma_hoc_sinh"]),
        ("hoc_sinh", "Số định danh cá nhân của mẹ", ["so_dinh_danh", "ma_hoc_sinh"]),
        ("nhan_su", "Điện thoại cơ quan", ["so_dien_thoai"]),
        ("nhan_su", "Email đơn vị", ["email"]),
        ("nhan_su", "Ngày cấp CMND", ["so_dinh_danh", "ngay_sinh"]),
        ("nhan_su", "Trình độ tin học", ["trinh_do"]),
        ("nhan_su", "Trình độ ngoại ngữ", ["trinh_do"]),
        ("nhan_su", "Chức vụ Đảng", ["vi_tri"]),
        ("nhan_su", "Mã số BHXH", ["ma_can_bo"]),
        ("nhan_su", "Họ tên vợ/chồng", ["ho_ten"]),
        ("nhan_su", "Tình trạng hôn nhân", ["trang_thai"]),
        ("truong", "Điện thoại hiệu trưởng", ["so_dien_thoai"]),
        ("he_thong", "Chức năng", ["loai_he_thong"]),
        ("he_thong", "Chức năng chính", ["loai_he_thong"]),
        ("he_thong", "Số người dùng hoạt động", ["so_nguoi_dung", "ghi_nhan_hoat_dong"])
    ]

    @Test("Distractor headers are not taken for the fields they resemble")
    func distractorsAreNotTaken() {
        #expect(Self.distractors.count >= 40)
        for (type, header, notField) in Self.distractors {
            let found = Self.field(header, type: type)
            #expect(found == nil || !notField.contains(found!), "«\(header)» taken for \(found ?? "-") in \(type)")
        }
    }

    @Test("Headers with a known phrase and more words, as other systems write them, name their field")
    func realWorldVariants() {
        let cases: [(String, String, String)] = [
            ("hoc_sinh", "Số định danh cá nhân (12 số)", "so_dinh_danh"),
            ("hoc_sinh", "Số điện thoại của phụ huynh", "so_dien_thoai"),
            ("hoc_sinh", "Email của phụ huynh", "email"),
            ("hoc_sinh", "Email liên hệ phụ huynh", "email"),
            ("hoc_sinh", "Chỗ ở hiện nay của học sinh", "dia_chi"),
            ("hoc_sinh", "Ngày sinh (dd/mm/yyyy)", "ngay_sinh"),
            ("hoc_sinh", "Tình trạng xác thực CSDL dân cư", "xac_thuc_dan_cu"),
            ("hoc_sinh", "Đã xác thực với CSDLQG về dân cư", "xac_thuc_dan_cu"),
            ("hoc_sinh", "Học sinh đã có thẻ căn cước", "co_the_can_cuoc"),
            ("hoc_sinh", "Mức độ tài khoản VNeID", "muc_vneid"),
            ("hoc_sinh", "Trạng thái học sinh hiện nay", "trang_thai"),
            ("hoc_sinh", "Họ và tên học sinh (*)", "ho_ten"),
            ("hoc_sinh", "Mã định danh Bộ GD&ĐT của học sinh", "ma_hoc_sinh"),
            ("hoc_sinh", "Có CCCD", "co_the_can_cuoc"),
            ("hoc_sinh", "Nơi thường trú Xã (cũ)", "dia_chi_cu"),
            ("hoc_sinh", "Họ tên người giám hộ", "ho_ten_nguoi_giam_ho"),
            ("nhan_su", "Số điện thoại di động cá nhân", "so_dien_thoai"),
            ("nhan_su", "Tình trạng xác thực định danh", "xac_thuc_dan_cu"),
            ("nhan_su", "Trạng thái làm việc hiện nay", "trang_thai"),
            ("he_thong", "Có ghi nhật ký hoạt động của người dùng", "ghi_nhan_hoat_dong"),
            ("he_thong", "Hệ thống có lưu vết người dùng", "ghi_nhan_hoat_dong"),
            ("he_thong", "Tích hợp đăng nhập SSO của Sở", "dang_nhap_sso"),
            ("he_thong", "Đã kết nối CSDL ngành", "ket_noi_csdl"),
            ("hoc_sinh", "Lớp (năm học 2025-2026)", "lop"),
            ("hoc_sinh", "Mã số định danh học sinh", "ma_hoc_sinh"),
            ("nhan_su", "Mã số CBGVNV", "ma_can_bo"),
            ("truong", "Email của trường", "email"),
            ("hoc_lieu_so", "Nguồn tham khảo", "nguon"),
            ("he_thong", "Link truy cập", "dia_chi_truy_cap"),
            ("co_so_vat_chat", "Mã số phòng", "ma_tai_san"),
            ("co_so_vat_chat", "MA SO THIET BI", "ma_tai_san"),
            ("hoc_sinh", "Mã số học sinh", "ma_hoc_sinh"),
            ("truong", "Mã số trường", "ma_truong"),
            ("hoc_lieu_so", "Lớp/Khối", "khoi"),
            ("hoc_lieu_so", "Link học liệu", "duong_dan")
        ]
        for (type, header, expected) in cases {
            #expect(Self.field(header, type: type) == expected, "«\(header)» in \(type)")
        }
    }

    @Test("A header in one file is recognised the same way whichever record type it is read for, and files by their meaning")
    func recordTypeByMeaning() throws {
        let header = [
            "STT", "Mã học sinh (10 số)", "Họ và tên học sinh", "Ngày sinh (dd/mm/yyyy)", "Giới tính (Nam/Nữ)",
            "Lớp học hiện nay", "Tình trạng học sinh", "Số định danh cá nhân (12 số)", "Họ tên người giám hộ"
        ]
        let mapping = try #require(Self.rules.detector.detect(header: header, fileName: "export_2025.csv"))
        #expect(mapping.recordType.id == "hoc_sinh")
        #expect(mapping.unknown.isEmpty)
    }
}
