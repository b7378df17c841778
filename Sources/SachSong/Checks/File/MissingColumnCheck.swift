/// A required field of the record type with no column in the file: every record lacks it.
public struct MissingColumnCheck: Check {
    public static let id = "du.missing-column"
    public static let dimension = Dimension.du
    public static let severity = Severity.error
    public static let summary = "Tệp thiếu cột của một trường bắt buộc."
    public static let examples: [CheckExample] = [
        .valid([
            ("ma_hoc_sinh", "7912345678"), ("ho_ten", "Nguyễn Văn An"), ("ngay_sinh", "01/02/2014"),
            ("gioi_tinh", "Nam"), ("lop", "6A1"), ("trang_thai", "Đang học"), ("so_dinh_danh", "079214000123")
        ]),
        .invalid([
            ("ma_hoc_sinh", "7912345678"), ("ho_ten", "Nguyễn Văn An"), ("ngay_sinh", "01/02/2014"),
            ("gioi_tinh", "Nam"), ("lop", "6A1")
        ])
    ]
}
