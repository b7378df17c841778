import Foundation

/// The safe fixes `clean` applies to one value, each named by the rule whose finding it resolves,
/// in the order they run. Each is idempotent and changes nothing a person would have to decide.
public enum CellFix: String, CaseIterable, Sendable {
    /// Needs the column (decided from a sample of its cells): applied by the cleaner first.
    case legacyFont = "sach.legacy-font"
    case mojibake = "sach.mojibake"
    case normalization = "sach.nfc"
    case invisible = "sach.invisible"
    case spaces = "sach.spaces"
    case nameCase = "sach.name-case"
    case phoneFormat = "sach.phone-format"
    case oldMobilePrefix = "dung.phone-old-prefix"
    case phoneLostZero = "dung.phone"
    case dateForm = "sach.date-format"
    case valueSynonym = "sach.value-synonym"
    case identitySeparators = "sach.id-separators"
    /// Needs the whole row (birth date, gender): applied by the cleaner after the cells.
    case identityLostZero = "cccd.lost-zero"

    /// What the fix does, in Vietnamese.
    public var summary: String {
        switch self {
        case .legacyFont: return "Đổi chữ gõ bằng phông cũ (TCVN3/ABC, VNI, VISCII) sang Unicode, với cột được nhận ra là phông cũ."
        case .mojibake: return "Sửa chữ lỗi mã hóa khi chuỗi byte gốc khôi phục được chính xác."
        case .normalization: return "Chuẩn hóa Unicode về dạng dựng sẵn NFC."
        case .invisible: return "Bỏ ký tự vô hình, đổi khoảng trắng không ngắt thành dấu cách."
        case .spaces: return "Bỏ khoảng trắng thừa ở đầu, cuối và giữa."
        case .nameCase: return "Viết hoa chữ cái đầu mỗi tiếng của họ tên viết toàn hoa hoặc toàn thường."
        case .phoneFormat: return "Đưa số điện thoại về dạng 0xxxxxxxxx (bỏ +84, dấu cách, dấu chấm)."
        case .oldMobilePrefix: return "Đổi số di động 11 số sang đầu số mới theo bảng chuyển đổi 2018."
        case .phoneLostZero: return "Trả lại số 0 đầu cho số di động 9 chữ số."
        case .dateForm: return "Viết ngày theo dạng dd/mm/yyyy khi ngày không mơ hồ."
        case .valueSynonym: return "Viết giá trị theo cách viết chuẩn của danh mục."
        case .identitySeparators: return "Bỏ dấu cách, dấu chấm, gạch nối trong số định danh."
        case .identityLostZero: return "Trả lại số 0 đầu cho số định danh 11 chữ số khi số khôi phục khớp ngày sinh và giới tính."
        }
    }

    /// Before and after: (record type, field id, value before, value after). The tests run them.
    public var examples: [(recordType: String, field: String, before: String, after: String)] {
        switch self {
        case .mojibake: return [("hoc_sinh", "ho_ten", "Nguyá»…n Thá»‹ HÆ°Æ¡ng", "Nguyễn Thị Hương")]
        case .normalization: return [("hoc_sinh", "ho_ten", "Nguye\u{0302}\u{0303}n Va\u{0306}n An", "Nguyễn Văn An")]
        case .invisible: return [("hoc_sinh", "ho_ten", "Phạm\u{00A0}Minh\u{200B} Tuấn", "Phạm Minh Tuấn")]
        case .spaces: return [("hoc_sinh", "dia_chi", "  12 Lê Lợi,  Quận 1 ", "12 Lê Lợi, Quận 1")]
        case .nameCase: return [("hoc_sinh", "ho_ten", "ĐẶNG THỊ ÁNH", "Đặng Thị Ánh"), ("hoc_sinh", "ho_ten", "lê văn đức", "Lê Văn Đức")]
        case .phoneFormat: return [("hoc_sinh", "so_dien_thoai", "+84 90 123 4567", "0901234567"), ("hoc_sinh", "so_dien_thoai", "090.123.4567", "0901234567")]
        case .oldMobilePrefix: return [("hoc_sinh", "so_dien_thoai", "01621234567", "0321234567")]
        case .phoneLostZero: return [("hoc_sinh", "so_dien_thoai", "901234567", "0901234567")]
        case .dateForm: return [("hoc_sinh", "ngay_sinh", "2012-09-05", "05/09/2012"), ("hoc_sinh", "ngay_sinh", "5/9/2012", "05/09/2012")]
        case .valueSynonym: return [("hoc_sinh", "gioi_tinh", "nu", "Nữ"), ("hoc_sinh", "muc_vneid", "MĐ2", "Mức 2")]
        case .identitySeparators: return [("hoc_sinh", "so_dinh_danh", "079 212 004 321", "079212004321")]
        case .identityLostZero, .legacyFont: return []
        }
    }

    /// The fixed value, or nil when this fix does not apply or changes nothing.
    func apply(_ value: String, field: FieldRule, matcher: ValueMatcher?, phones: PhoneNumbering = .builtIn) -> String? {
        let result: String?
        switch self {
        case .mojibake:
            guard field.type.isText else { return nil }
            var bytes = Array(value.utf8)
            let suspicious = bytes.withUnsafeMutableBufferPointer { TextProfile(UnsafeBufferPointer($0), depth: .text).mojibake }
            result = suspicious ? Mojibake.repaired(value) : nil
        case .normalization:
            result = value.precomposedStringWithCanonicalMapping
        case .invisible:
            result = value.unicodeScalars.contains { VietnameseLetters.isInvisible($0.value) } ? InvisibleCharacterCheck.cleaned(value) : nil
        case .spaces:
            result = SpacesCheck.normalized(value)
        case .nameCase:
            guard field.type == .personName else { return nil }
            var bytes = Array(value.utf8)
            let profile = bytes.withUnsafeMutableBufferPointer { TextProfile(UnsafeBufferPointer($0), depth: .name) }
            result = profile.isAllUpper || profile.isAllLower ? NameCaseCheck.titleCase(SpacesCheck.normalized(value)) : nil
        case .phoneFormat, .oldMobilePrefix, .phoneLostZero:
            guard field.type == .phone else { return nil }
            switch (self, PhoneNumber.parse(value.trimmingSpaces, numbering: phones)) {
            case (.phoneFormat, .valid(let normalized, false)): result = normalized
            case (.oldMobilePrefix, .oldMobile(_, let new)): result = new
            case (.phoneLostZero, .lostLeadingZero(let restored)): result = restored
            default: result = nil
            }
        case .dateForm:
            guard field.type == .date, case .date(let date, false) = DateParser.parse(value) else { return nil }
            result = date.description
        case .valueSynonym:
            guard let matcher, case .synonym(let entry) = matcher.match(value) else { return nil }
            result = matcher.value(entry)
        case .identitySeparators:
            guard field.type == .citizenID, case .twelveDigits(let digits) = CitizenID.shape(of: value) else { return nil }
            result = digits
        case .identityLostZero, .legacyFont:
            result = nil
        }
        // Compare bytes: String equality treats NFD and NFC as equal.
        guard let result, !result.utf8.elementsEqual(value.utf8) else { return nil }
        return result
    }
}
