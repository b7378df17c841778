/// Why an input could not be read at all. Problems inside a readable file are `InputIssue`s instead.
public enum CSVInputError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case isDirectory(path: String)
    case readFailed(path: String, reason: String)
    case parserFailure(path: String, line: Int, reason: String)
    /// The input passed a limit (``InputLimits``): `option` raises it.
    case inputTooLarge(path: String, limit: Int64, option: String)
    /// Not a table at all (mostly NUL bytes: a disk image, a device, a binary file).
    case notATable(path: String, reason: String)

    /// A Vietnamese message naming the file (and line where known).
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "\(path): không mở được tệp (\(reason))"
        case .isDirectory(let path): return "\(path): là một thư mục, không phải tệp"
        case .readFailed(let path, let reason): return "\(path): lỗi khi đọc tệp (\(reason))"
        case .parserFailure(let path, let line, let reason): return "\(path):\(line): không đọc được CSV (\(reason))"
        case .inputTooLarge(let path, let limit, let option):
            return "\(path): dừng đọc khi vượt giới hạn \(InputLimits.describe(limit)) (tăng bằng \(option)); tệp hoặc luồng dữ liệu quá lớn"
        case .notATable(let path, let reason): return "\(path): không phải bảng dữ liệu (\(reason))"
        }
    }
}
