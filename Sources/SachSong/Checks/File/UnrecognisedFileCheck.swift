/// A file whose header matches no record type of the profile: it is not checked.
public struct UnrecognisedFileCheck: Check {
    public static let id = "schema.unrecognised"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Không nhận ra loại hồ sơ của tệp từ dòng tiêu đề (dùng --type để chỉ định)."
    public static let examples: [CheckExample] = []
}
