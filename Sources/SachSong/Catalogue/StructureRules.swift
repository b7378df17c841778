import CSVInput

/// The reader's structural problems as rules: the dimension, severity and Vietnamese summary of
/// each, as `check` reports them and `rules list` lists them.
extension InputIssue.Kind {
    /// An empty file, or one with a header and no data, is incomplete (đủ); the rest is untidy (sạch).
    public var dimension: Dimension { self == .emptyFile || self == .noDataRows ? .du : .sach }

    public var severity: Severity { isError ? .error : (self == .titleRowsSkipped ? .info : .warning) }

    public var summary: String {
        switch self {
        case .invalidUTF8: return "Tệp có byte không phải UTF-8; đọc theo bảng mã cũ (Windows-1258, TCVN3, VNI, VISCII)."
        case .invalidUTF16: return "Ký tự UTF-16 hỏng (nửa cặp thay thế, thiếu byte cuối)."
        case .strayQuote: return "Dấu ngoặc kép lạc chỗ trong trường."
        case .unterminatedQuote: return "Dấu ngoặc kép mở không được đóng đến cuối tệp."
        case .nulByte: return "Trường chứa ký tự NUL (byte 0)."
        case .fieldTooLong: return "Trường dài quá giới hạn."
        case .tooManyFields: return "Dòng có nhiều trường hơn dòng tiêu đề."
        case .tooFewFields: return "Dòng có ít trường hơn dòng tiêu đề."
        case .blankHeader: return "Ô tiêu đề cột để trống."
        case .duplicateHeader: return "Tiêu đề cột lặp lại."
        case .emptyFile: return "Tệp rỗng."
        case .headerNotFound: return "Không có dòng tiêu đề ở vị trí --header-row chỉ định."
        case .noDataRows: return "Tệp chỉ có dòng tiêu đề."
        case .titleRowsSkipped: return "Các dòng tiêu đề văn bản phía trên dòng tiêu đề cột được bỏ qua."
        }
    }
}
