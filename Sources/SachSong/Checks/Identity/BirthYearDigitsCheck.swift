/// Digits 5–6 disagree with the birth year.
public struct BirthYearDigitsCheck: Check {
    public static let id = "cccd.birth-year"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Chữ số thứ 5–6 của số định danh không khớp năm sinh."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079312004321"), ("ngay_sinh", "05/05/2012")]),
        .invalid([("so_dinh_danh", "079313004321"), ("ngay_sinh", "05/05/2012")]),
        .invalid([("so_dinh_danh", "079321004321"), ("ngay_sinh", "05/05/2012")])
    ]

    static func message(id: CitizenID, birth: SimpleDate) -> String {
        "Số «\(id.digits)» mã hóa năm sinh \(id.birthYear), nhưng ngày sinh là \(birth) (có thể gõ nhầm hoặc đảo chữ số)."
    }
}
