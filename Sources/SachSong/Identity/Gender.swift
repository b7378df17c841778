/// Sex as recorded in identity documents.
public enum Gender: String, Sendable, Codable {
    case male = "Nam"
    case female = "Nữ"

    /// Reads the canonical spelling of the `gioi_tinh` list ("Nam" / "Nữ").
    public init?(canonical: String) {
        switch canonical {
        case "Nam": self = .male
        case "Nữ": self = .female
        default: return nil
        }
    }
}
