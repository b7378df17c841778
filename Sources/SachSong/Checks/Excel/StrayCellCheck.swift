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
