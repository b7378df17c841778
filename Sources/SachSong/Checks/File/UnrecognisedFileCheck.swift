/// A file whose header matches no record type of the profile: it is not checked.
struct UnrecognisedFileCheck: Check {
    static let id = "schema.unrecognised"
    static let dimension = Dimension.sach
    static let severity = Severity.warning
    static let summary = "Không nhận ra loại hồ sơ của tệp từ dòng tiêu đề (dùng --type để chỉ định)."
    static let examples: [CheckExample] = []
}
