/// A value that is not in the field's code list (genders, ethnic groups, statuses, VNeID levels).
public struct AllowedValueCheck: Check {
    public static let id = "dung.value-not-allowed"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Giá trị không thuộc danh mục cho phép của trường (danh mục mở: chỉ ghi nhận, không phải lỗi)."
    public static let examples: [CheckExample] = [
        .valid([("gioi_tinh", "Nữ")]),
        .valid([("gioi_tinh", "nam")]),
        .invalid([("gioi_tinh", "Khác")]),
        .invalid([("muc_vneid", "Mức 3")]),
        .invalid([("gioi_tinh", "1")])
    ]

    /// Matches the value against the list; returns the entry, reporting unknown values and
    /// non-canonical spellings.
    static func evaluate(_ value: FieldValue, in ctx: CheckContext) -> Int? {
        guard let matcher = value.column.matcher else { return nil }
        return evaluate(value, matched: matcher.match(value.trimmed), matcher: matcher, in: ctx)
    }

    /// The same, with the value already matched against `matcher` (when the row was copied).
    static func evaluate(_ value: FieldValue, matched: ValueMatcher.Match, matcher: ValueMatcher, in ctx: CheckContext) -> Int? {
        switch matched {
        case .canonical(let entry):
            return entry
        case .synonym(let entry):
            ValueSynonymCheck.report(value, canonical: matcher.value(entry), in: ctx)
            return entry
        case .none:
            let sample = matcher.list.entries.prefix(6).map(\.value).joined(separator: ", ")
            let more = matcher.list.entries.count > 6 ? ", …" : ""
            if matcher.list.ambiguous.contains(value.trimmedText) {
                ctx.emit(
                    self, value,
                    message:
                        "«\(value.trimmedText)» ở «\(value.column.header)» là mã số mà mỗi hệ thống hiểu một khác (0/1, 1/2): không đọc được là giá trị nào của «\(matcher.list.name)»; ghi rõ giá trị, hoặc khai báo quy ước trong danh mục «\(matcher.list.id)».",
                    severity: .warning)
            } else if matcher.list.closed {
                ctx.emit(self, value, message: "«\(value.trimmedText)» không thuộc danh mục «\(matcher.list.name)» (\(sample)\(more)).")
            } else {
                // An open list only describes the usual values: another one is noted, not refused.
                ctx.emit(
                    self, value,
                    message:
                        "«\(value.trimmedText)» không có trong danh mục thường dùng «\(matcher.list.name)» (\(sample)\(more)); danh mục này mở, giá trị khác vẫn được chấp nhận.",
                    severity: .info)
            }
            return nil
        }
    }
}
