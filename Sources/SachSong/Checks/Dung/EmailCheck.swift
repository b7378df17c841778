/// An e-mail address that is not of the form name@domain.tld.
public struct EmailCheck: FieldCheck {
    public static let id = "dung.email"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Địa chỉ email không hợp lệ."
    public static let examples: [CheckExample] = [
        .valid([("email", "an.nguyen@hcm.edu.vn")]),
        .invalid([("email", "an.nguyen@")]),
        .invalid([("email", "an nguyen@hcm.edu.vn")]),
        .invalid([("email", "an.nguyen.hcm.edu.vn")])
    ]

    static func reads(_ column: ColumnPlan) -> Bool { column.type == .email }

    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var at = -1
        for (i, b) in bytes.enumerated() {
            if b == 0x40 { if at >= 0 { return false }; at = i; continue }
            let ok =
                (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
                || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x2B
            if !ok { return false }
        }
        guard at > 0, at < bytes.count - 1 else { return false }
        let domain = bytes[(at + 1)...]
        guard let dot = domain.lastIndex(of: 0x2E), dot > at + 1, dot < bytes.count - 2 else { return false }
        return bytes[at - 1] != 0x2E && bytes[at + 1] != 0x2E && bytes[bytes.count - 1] != 0x2E
    }

    static func evaluate(_ value: FieldValue, in ctx: CheckContext) {
        if !isValid(value.trimmed) {
            ctx.emit(self, value, message: "«\(value.trimmedText)» không phải địa chỉ email hợp lệ.")
        }
    }
}
