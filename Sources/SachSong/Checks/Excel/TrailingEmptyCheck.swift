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
