/// A person's name holding digits or symbols.
public struct NameCharactersCheck: FieldCheck {
    public static let id = "dung.name-characters"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Họ tên chứa chữ số hoặc ký hiệu không thuộc tên người."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Thị Ánh")]),
        .valid([("ho_ten", "Y' Bhăm")]),
        .invalid([("ho_ten", "Nguyễn Văn 2")]),
        .invalid([("ho_ten", "Trần@Bình")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { column.type == .personName }

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        if hasSymbol(value.trimmed) {
            ctx.emit(self, value, message: "Họ tên «\(value.trimmedText)» chứa chữ số hoặc ký hiệu.")
        }
    }

    /// ASCII bytes a name may hold, one bit per byte: space, apostrophe, hyphen, dot (0x00–0x3F)…
    private static let allowedBelow40: UInt64 = 1 << 0x20 | 1 << 0x27 | 1 << 0x2D | 1 << 0x2E
    /// …and the letters A–Z, a–z (0x40–0x7F, bit b − 0x40).
    private static let allowedFrom40: UInt64 = 0x07FF_FFFE_07FF_FFFE

    /// True when the bytes hold an ASCII byte that is no letter, space, apostrophe, hyphen or
    /// dot (bytes of 0x80 and above, parts of Vietnamese letters, pass). No branch per byte.
    @inline(__always)
    static func hasSymbol(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var bad: UInt64 = 0
        for b in bytes {
            let allowed = b < 0x40 ? allowedBelow40 : b < 0x80 ? allowedFrom40 : ~0
            bad |= ~(allowed >> UInt64(b & 63)) & 1
        }
        return bad != 0
    }
}
