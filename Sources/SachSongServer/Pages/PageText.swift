import Foundation
import SachSong

/// How the pages write values: times in Vietnam's time, rates as percentages, file names
/// without the server's folders.
enum PageText {
    /// An ISO 8601 instant as `dd/MM/yyyy HH:mm` in Vietnam.
    static func time(_ iso: String?) -> String {
        guard let iso, let date = ISO8601DateFormatter().date(from: iso) else { return iso ?? "" }
        return time(date)
    }

    /// An instant as `dd/MM/yyyy HH:mm` in Vietnam.
    static func time(_ date: Date) -> String {
        let day = ReferenceDate.day(of: date)
        let (hour, minute) = ReferenceDate.clock(of: date)
        return String(format: "%02d/%02d/%04d %02d:%02d", day.day, day.month, day.year, hour, minute)
    }

    /// A date `2026-06-01` as `01/06/2026`.
    static func day(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3 else { return iso }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// A rate as `74,5 %` (Vietnamese decimal comma), or `—` without one.
    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        return String(format: "%.1f", rate * 100).replacingOccurrences(of: ".", with: ",") + "\u{00A0}%"
    }

    /// A text for a `{{#section}}`: false when empty or absent, so the section is skipped.
    static func some(_ text: String?) -> Any {
        guard let text, !text.isEmpty else { return false }
        return text
    }

    static func fileName(_ path: String) -> String { (path as NSString).lastPathComponent }

    /// How a column was recognised, in words.
    static func match(_ kind: String?) -> String {
        switch kind {
        case "exact": return "đúng tên trường"
        case "phrase": return "tiêu đề chứa tên trường"
        case "forced": return "theo ánh xạ cột"
        case "generic": return "không gán trường (kiểm tra chung)"
        case "second": return "cột thứ hai của trường"
        case nil: return ""
        default: return kind ?? ""
        }
    }
}
