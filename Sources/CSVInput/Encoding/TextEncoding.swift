/// The text encodings sachsong can read. Everything is transcoded to UTF-8 before parsing.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-8 starting with the byte-order mark EF BB BF (Excel's "CSV UTF-8").
    case utf8BOM = "utf-8-bom"
    /// UTF-16 little-endian (Excel's "Unicode text"), with or without its BOM.
    case utf16LE = "utf-16le"
    /// UTF-16 big-endian, with or without its BOM.
    case utf16BE = "utf-16be"
    /// Windows-1258, the Vietnamese Windows code page (tone marks as combining characters).
    case windows1258 = "windows-1258"

    /// The name shown to users and written in JSON reports.
    public var displayName: String { rawValue }

    /// Parses a user-supplied name such as `utf8`, `UTF-8`, `cp1258` or `utf-16le`.
    public init?(userName: String) {
        let key = userName.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8": self = .utf8
        case "utf-8-bom", "utf8-bom", "utf-8-sig", "utf8bom": self = .utf8BOM
        case "utf-16le", "utf16le", "utf-16", "utf16", "unicode": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        case "windows-1258", "cp1258", "windows1258": self = .windows1258
        default: return nil
        }
    }
}
