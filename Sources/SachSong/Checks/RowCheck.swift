/// A check of a whole row, run once its values have been read (``RowState`` holds the dates,
/// list entries, grades and citizen ID the field readers left).
protocol RowCheck {
    /// The rules it may report: it runs while any of them is enabled.
    static var rules: [String] { get }
    static func evaluate(_ ctx: CheckContext)
}

extension RowCheck where Self: Check {
    static var rules: [String] { [id] }
}
