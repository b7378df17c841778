/// An identity number (citizen ID, student or school code) that the spreadsheet held as a
/// number: its leading zero may be gone, and it is one "Format cells" away from scientific
/// notation. In a workbook the cell itself says so; in a CSV the ".0" of a float export does.
public struct NumberIDCheck: Check {
    public static let id = "excel.id-number"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Số định danh hoặc mã được lưu dạng số trong Excel (mất số 0 đầu, dễ thành dạng 7.9212E+10): cần lưu dạng văn bản."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321")]),
        .invalid([("so_dinh_danh", "79212004321.0")]),
        .invalid([("ma_moet", "7977085337.0")])
    ]
}

/// A number Excel wrote in scientific notation ("7.9212E+10"): the digits after the fifth are
/// lost and cannot be recovered from the file.
public struct ScientificNumberCheck: Check {
    public static let id = "excel.scientific"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Số định danh, mã hoặc số điện thoại bị Excel viết dạng khoa học (7.9212E+10): các chữ số đã mất, phải nhập lại."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321")]),
        .invalid([("so_dinh_danh", "7.9212E+10")]),
        .invalid([("so_dien_thoai", "9.12346E+08")])
    ]
}

/// A phone number the spreadsheet held as a number: the leading 0 is gone.
public struct NumberPhoneCheck: Check {
    public static let id = "excel.phone-number"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Số điện thoại được lưu dạng số trong Excel nên mất số 0 đầu: cần lưu dạng văn bản."
    public static let examples: [CheckExample] = [
        .valid([("so_dien_thoai", "0912345678")]),
        .invalid([("so_dien_thoai", "912345678.0")])
    ]
}

/// A date typed as text in another form than the column's other dates (which Excel holds as
/// dates, or writes in one form): sorting, filtering and formulas treat it apart.
public struct DateTextCheck: Check {
    public static let id = "excel.date-text"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Ngày được gõ dạng văn bản theo kiểu khác với các ngày còn lại trong cột (Excel không coi là ngày)."
    /// A single row has no neighbours: the invalid case is in the workbook fixture tests.
    public static let examples: [CheckExample] = [
        .valid([("ngay_sinh", "05/09/2012")]),
        .valid([("ngay_sinh", "2012-09-05")])
    ]
}

/// Rows below the data and columns right of it that hold only formatting: they lengthen the
/// sheet, confuse "Ctrl+End" and are counted as rows by some importers.
public struct TrailingEmptyCheck: Check {
    public static let id = "excel.trailing-empty"
    public static let dimension = Dimension.sach
    public static let severity = Severity.info
    public static let summary = "Dòng trống ở cuối hoặc cột trống bên phải vùng dữ liệu (chỉ có định dạng, không có giá trị)."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An")]),
        .invalid([("ho_ten", "Nguyễn Văn An"), ("", "")])
    ]
}

/// A value far from the data: a cell typed thousands of rows below the list or hundreds of
/// columns right of it (often at XFD1048576 after Ctrl+End). It is not read as data — it would
/// add a million empty rows to the count — and is named so that it can be deleted.
public struct StrayCellCheck: Check {
    public static let id = "excel.stray-cell"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Ô có giá trị nằm xa vùng dữ liệu (ví dụ XFD1048576): không được đọc như dữ liệu; nên xoá ô đó."
    /// Only a workbook has cells far away: the cases are in the hostile-input corpus.
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An")])
    ]
}

/// Text in a legacy Vietnamese font encoding (TCVN3/ABC, VNI, VISCII) that a Unicode sheet
/// shows as gibberish ("NguyÔn V¨n An"); decided per column, from the font in a workbook or
/// from the syllables of the column's cells.
public struct LegacyFontCheck: Check {
    public static let id = "sach.legacy-font"
    public static let dimension = Dimension.sach
    public static let severity = Severity.error
    public static let summary = "Chữ gõ bằng phông cũ (TCVN3/ABC, VNI, VISCII) hiện thành ký tự lạ («NguyÔn V¨n An»); đề xuất chữ Unicode tương ứng."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An"), ("dia_chi", "Thủ Đức")]),
        .invalid([("ho_ten", "NguyÔn ThÞ Thu H\u{AD}¬ng")])
    ]
}
