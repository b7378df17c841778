import CSVInput
import ExcelInput

/// A check of the damage a spreadsheet does to an export, which watches the cells of one column
/// through the whole file — on the reading thread, beside the row checks — and reports as it
/// goes (a number cell) or when the file ends (the dominant form of a date column). Which
/// columns it watches is decided once per file (`ExcelDamage`).
protocol ColumnCheck: Check {
    /// Whether it watches a column holding values of `type`.
    static func watches(_ type: FieldType) -> Bool
    /// A new watcher of one column.
    static func watcher(of column: WatchedColumn, in sheet: WatchedSheet) -> ColumnWatcher
}

/// The watcher of one column, for one file (or one part of a file read in two). A class to
/// subclass rather than a protocol: `ExcelDamage` calls its watchers on every row without
/// reference counting (through `Unmanaged`), which an existential does not allow.
class ColumnWatcher {
    /// One cell of the column, empty ones included. Returns false when the watcher needs no
    /// more cells (it is then not called again, and is still finished).
    func observe(_ cell: WatchedCell, report: DamageReport) -> Bool { false }
    /// The file is read: reports what only the whole column shows.
    func finish(report: DamageReport) {}
    /// Takes what the watcher of the same column in `later` (the next part of the file, its rows
    /// and lines numbered from 1) saw. False when the parts cannot be joined exactly.
    func absorb(_ later: ColumnWatcher, at cut: PartCut) -> Bool { true }
    /// For the later part of a file read in two: the watcher decides nothing on its own that
    /// needs the part before it (legacy fonts are sampled in the first part only).
    func startsLater() {}
}

/// A watched column: its place, its header and the type of its field.
struct WatchedColumn {
    let index: Int
    let header: String
    let type: FieldType
}

/// What the watchers know of the file: the workbook it was read from, if any.
struct WatchedSheet {
    let workbook: (any WorkbookSource)?
    /// Examples of a date column's odd forms kept (the per-rule limit, at most 1,000).
    let maxExamples: Int
}

/// One cell as a watcher sees it.
struct WatchedCell {
    let bytes: UnsafeBufferPointer<UInt8>
    let row: Int
    let line: Int
    /// What the workbook stored the cell as (nil in a CSV, or for a text cell).
    let kind: CellKind?
}
