/// The four qualities criterion 3 asks of school data.
public enum Dimension: String, Sendable, Codable, CaseIterable, Comparable {
    /// Đúng — correct: values match reality and each other.
    case dung
    /// Đủ — complete: every required field is filled.
    case du
    /// Sạch — clean: standard form, no duplicates, no stray characters.
    case sach
    /// Sống — live: up to date, statuses reflect the present.
    case song

    /// The Vietnamese word.
    public var label: String {
        switch self {
        case .dung: return "đúng"
        case .du: return "đủ"
        case .sach: return "sạch"
        case .song: return "sống"
        }
    }

    public static func < (a: Dimension, b: Dimension) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
