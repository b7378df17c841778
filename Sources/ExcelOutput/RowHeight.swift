/// The height a row needs to show its wrapped cells: neither Excel nor LibreOffice reliably
/// grows a row when it opens a file, so writers set it, from character counts.
enum RowHeight {
    /// Points for `cells` (text and column width in characters), or nil for one line.
    static func points(_ cells: [(text: String, width: Double)]) -> Double? {
        var lines = 1
        for cell in cells {
            let fits = max(4, cell.width - 1)
            lines = max(
                lines,
                cell.text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { max(1, Int((Double($0.count) / fits).rounded(.up))) }.reduce(0, +))
        }
        return lines > 1 ? Double(min(409, lines * 15)) : nil
    }
}
