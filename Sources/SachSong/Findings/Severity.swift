/// How serious a finding is.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error

    /// The Vietnamese word.
    public var label: String {
        switch self {
        case .info: return "thông tin"
        case .warning: return "cảnh báo"
        case .error: return "lỗi"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
