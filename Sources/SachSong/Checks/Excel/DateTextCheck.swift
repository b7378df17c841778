/// A date typed as text in another form than the column's other dates (which Excel holds as
/// dates, or writes in one form): sorting, filtering and formulas treat it apart.
public struct DateTextCheck: ColumnCheck {
    public static let id = "excel.date-text"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Ngày được gõ dạng văn bản theo kiểu khác với các ngày còn lại trong cột (Excel không coi là ngày)."
    /// A single row has no neighbours: the invalid case is in the workbook fixture tests.
    public static let examples: [CheckExample] = [
        .valid([("ngay_sinh", "05/09/2012")]),
        .valid([("ngay_sinh", "2012-09-05")])
    ]

    /// Shapes of dates kept per column.
    private static let maxShapes = 16

    static func watches(_ type: FieldType) -> Bool { type == .date }

    static func watcher(of column: WatchedColumn, in sheet: WatchedSheet) -> ColumnWatcher {
        Watcher(column: column, shapes: DateShapeTally(maxShapes: maxShapes, maxExamples: sheet.maxExamples))
    }

    /// Tallies the forms of the column's dates; at the end, the cells typed in another form than
    /// the one most of the column has (at least 60 % of three or more) are reported.
    private final class Watcher: ColumnWatcher {
        let column: WatchedColumn
        var shapes: DateShapeTally

        init(column: WatchedColumn, shapes: DateShapeTally) {
            self.column = column
            self.shapes = shapes
        }

        override func observe(_ cell: WatchedCell, report: DamageReport) -> Bool {
            guard !cell.bytes.isEmpty else { return true }
            let shape = cell.kind == .date ? DateShape.excelDate : DateShape(cell.bytes)
            shapes.add(shape, row: cell.row, line: cell.line, value: String(decoding: cell.bytes, as: UTF8.self))
            return true
        }

        override func finish(report: DamageReport) {
            let total = shapes.total
            guard total >= 3, let entry = shapes.entries.max(by: { $0.count < $1.count }),
                Double(entry.count) >= 0.6 * Double(total)
            else { return }
            let dominant = entry.shape
            // In the order the shapes first appeared.
            for other in shapes.entries where other.shape != dominant && other.shape != .excelDate {
                // A value that is no date at all is the date checks' finding, not this one.
                for example in other.examples {
                    guard case .date(let date, _) = DateParser.parse(example.value) else { continue }
                    let form =
                        dominant == .excelDate
                        ? "các ô khác trong cột là ngày của Excel" : "các ô khác viết dạng «\(entry.examples.first?.value ?? dominant.description)»"
                    report.emit(
                        DateTextCheck.self, row: example.row, line: example.line, column: column, value: example.value,
                        message:
                            "Ngày «\(example.value)» được gõ dạng văn bản, khác kiểu với \(other.count == 1 ? "" : "\(other.count) ô như vậy và ")\(form) (\(entry.count)/\(total) ô).",
                        fix: date.description)
                }
            }
        }

        override func absorb(_ later: ColumnWatcher, at cut: PartCut) -> Bool {
            guard let later = later as? Watcher else { return false }
            return shapes.absorb(later.shapes, rowOffset: cut.rowOffset, lineOffset: cut.lineOffset)
        }
    }
}
