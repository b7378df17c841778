/// Where a line of the input landed as a sheet row: the same unless records spanned lines or
/// blank lines were skipped; kept as the points where the offset changes.
struct LineToRow {
    private var lines: [Int] = []
    private var offsets: [Int] = []

    static let identity = LineToRow()

    mutating func note(line: Int, row: Int) {
        let offset = row - line
        if (offsets.last ?? 0) != offset {
            lines.append(line)
            offsets.append(offset)
        }
    }

    func row(_ line: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid] <= line { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? line : line + offsets[low - 1]
    }
}
