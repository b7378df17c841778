/// A number whose encoded birth year is 20–50 years before the person's: most likely a
/// parent's or guardian's number typed into the child's row.
public struct ParentNumberCheck: Check {
    public static let id = "cccd.parent-number"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Số định danh thuộc người lớn hơn 20–50 tuổi: có lẽ là số của cha, mẹ hoặc người giám hộ."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321"), ("ngay_sinh", "05/05/2012")]),
        .invalid([("so_dinh_danh", "079185004321"), ("ngay_sinh", "05/05/2012")])
    ]

    /// True when the gap between the encoded and the real birth year fits a parent.
    static func fitsParent(encoded: Int, birth: Int) -> Bool { (20...50).contains(birth - encoded) }

    static func message(id: CitizenID, birth: SimpleDate) -> String {
        "Số «\(id.digits)» thuộc người sinh năm \(id.birthYear), lớn hơn \(birth.year - id.birthYear) tuổi: có lẽ là số của cha, mẹ hoặc người giám hộ."
    }
}
