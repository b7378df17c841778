/// A value that stands for "nothing": "N/A", "không có", "...", "-", a string of zeros.
public struct PlaceholderCheck: Check {
    public static let id = "du.placeholder"
    public static let dimension = Dimension.du
    public static let severity = Severity.error
    public static let summary = "Giá trị giữ chỗ (N/A, không có, ..., 0000000000) thay cho dữ liệu thật."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An")]),
        .invalid([("ho_ten", "N/A")]),
        .invalid([("ho_ten", "không có")]),
        .invalid([("ma_hoc_sinh", "0000000000")])
    ]

    /// True when the trimmed value is a placeholder of the profile or only zeros.
    static func isPlaceholder(_ value: FieldValue, in ctx: CheckContext) -> Bool {
        isPlaceholder(value.trimmed, placeholders: ctx.plan.placeholders)
    }

    /// The same test on trimmed bytes (any thread).
    @inline(__always)
    static func isPlaceholder(_ t: UnsafeBufferPointer<UInt8>, placeholders: ValueMatcher) -> Bool {
        if t.count >= 3, t.allSatisfy({ $0 == 0x30 }) { return true }
        guard t.count <= placeholders.longestKey + 4, placeholders.mayMatch(t) else { return false }
        return placeholders.match(t) != .none
    }

    static func report(_ value: FieldValue, in ctx: CheckContext) {
        let required = value.field.required != .optional
        ctx.emit(
            self, value, message: "«\(value.trimmedText)» là giá trị giữ chỗ, không phải dữ liệu thật ở «\(value.column.header)».",
            severity: required ? .error : .warning)
    }
}
