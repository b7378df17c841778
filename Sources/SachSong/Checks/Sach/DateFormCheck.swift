/// A real date written in another form than the profile's dd/mm/yyyy ("2012-09-05", "5/9/2012").
public struct DateFormCheck: Check {
    public static let id = "sach.date-format"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Ngày đúng nhưng không viết theo dạng chuẩn dd/mm/yyyy."
    public static let examples: [CheckExample] = [
        .valid([("ngay_sinh", "05/09/2012")]),
        .invalid([("ngay_sinh", "2012-09-05")]),
        .invalid([("ngay_sinh", "5/9/2012")])
    ]

    static func report(_ value: FieldValue, date: SimpleDate, in ctx: CheckContext) {
        ctx.emit(self, value, message: "Ngày «\(value.trimmedText)» nên viết dạng dd/mm/yyyy: «\(date)».", fix: date.description)
    }
}
