/// Why an input could not be read at all. Problems inside a readable file are `InputIssue`s instead.
public enum CSVInputError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case isDirectory(path: String)
    case readFailed(path: String, reason: String)
    case parserFailure(path: String, line: Int, reason: String)

    /// A Vietnamese message naming the file (and line where known).
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "\(path): không mở được tệp (\(reason))"
        case .isDirectory(let path): return "\(path): là một thư mục, không phải tệp"
        case .readFailed(let path, let reason): return "\(path): lỗi khi đọc tệp (\(reason))"
        case .parserFailure(let path, let line, let reason): return "\(path):\(line): không đọc được CSV (\(reason))"
        }
    }
}
