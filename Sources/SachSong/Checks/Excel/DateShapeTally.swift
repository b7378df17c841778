/// How often each date shape occurs in one column, with the first cells of each, for
/// `SheetDamage`. Shapes are kept in the order they first appear, up to a limit; a value's text
/// is made only while its shape still wants examples.
struct DateShapeTally {
    struct Entry {
        let shape: DateShape
        var count: Int
        var examples: [(row: Int, line: Int, value: String)]
    }

    /// Distinct shapes kept; later new ones are not counted.
    let maxShapes: Int
    /// Examples kept per shape (the first cell of a shape is always kept).
    let maxExamples: Int
    private(set) var entries: [Entry] = []
    /// The entry of the shape seen last (most cells of a column share one shape).
    private var last = -1

    init(maxShapes: Int, maxExamples: Int) {
        self.maxShapes = maxShapes
        self.maxExamples = maxExamples
    }

    /// Counts one cell of `shape`; `value` is its text.
    @inline(__always)
    mutating func add(_ shape: DateShape, row: Int, line: Int, value: @autoclosure () -> String) {
        let found = last >= 0 && entries[last].shape == shape ? last : entries.firstIndex { $0.shape == shape }
        if let found {
            last = found
            entries[found].count += 1
            if entries[found].examples.count < maxExamples {
                entries[found].examples.append((row, line, value()))
            }
        } else if entries.count < maxShapes {
            last = entries.count
            entries.append(Entry(shape: shape, count: 1, examples: [(row, line, value())]))
        }
    }

    /// Cells counted.
    var total: Int { entries.reduce(0) { $0 + $1.count } }
}
