/// How often each date shape occurs in one column, with the first cells of each, for
/// `ExcelDamage`. Shapes are kept in the order they first appear, up to a limit; a value's text
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

extension DateShapeTally {
    /// Takes the cells of `later` (the next part of the same column, rows and lines numbered from
    /// 1) as if this tally had counted on; false when that cannot be exact (`later` reached the
    /// shape limit, so it may have dropped cells of a shape kept here).
    mutating func absorb(_ later: DateShapeTally, rowOffset: Int, lineOffset: Int) -> Bool {
        if later.entries.count >= later.maxShapes { return false }
        for entry in later.entries {
            let moved = entry.examples.map { (row: $0.row + rowOffset, line: $0.line + lineOffset, value: $0.value) }
            if let found = entries.firstIndex(where: { $0.shape == entry.shape }) {
                entries[found].count += entry.count
                for example in moved where entries[found].examples.count < maxExamples {
                    entries[found].examples.append(example)
                }
            } else if entries.count < maxShapes {
                entries.append(Entry(shape: entry.shape, count: entry.count, examples: moved))
            }
        }
        return true
    }
}
