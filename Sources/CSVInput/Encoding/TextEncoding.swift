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
    /// TCVN3 (ABC, ".VnTime" fonts): one byte per letter, toned capitals read as lower case.
    case tcvn3 = "tcvn3"
    /// VNI-Windows ("VNI-Times" fonts): a base letter followed by a mark byte.
    case vni = "vni"
    /// VISCII (RFC 1456).
    case viscii = "viscii"

    /// The legacy font encoding this is, if any.
    public var legacy: LegacyEncoding? {
        switch self {
        case .tcvn3: return .tcvn3
        case .vni: return .vni
        case .viscii: return .viscii
        default: return nil
        }
    }

    /// The name written in JSON reports.
    public var displayName: String { rawValue }

    /// The name shown in messages.
    public var label: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf8BOM: return "UTF-8 (có BOM)"
        case .utf16LE: return "UTF-16 LE"
        case .utf16BE: return "UTF-16 BE"
        case .windows1258: return "Windows-1258"
        case .tcvn3: return "TCVN3 (ABC)"
        case .vni: return "VNI-Windows"
        case .viscii: return "VISCII"
        }
    }

    /// Parses a user-supplied name such as `utf8`, `UTF-8`, `cp1258` or `utf-16le`.
    public init?(userName: String) {
        let key = userName.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8": self = .utf8
        case "utf-8-bom", "utf8-bom", "utf-8-sig", "utf8bom": self = .utf8BOM
        case "utf-16le", "utf16le", "utf-16", "utf16", "unicode": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        case "windows-1258", "cp1258", "windows1258": self = .windows1258
        case "tcvn3", "tcvn", "abc", "tcvn-3": self = .tcvn3
        case "vni", "vni-windows": self = .vni
        case "viscii": self = .viscii
        default: return nil
        }
    }
}
