import CSVInput
import Foundation

/// Reads one sheet of a legacy `.xls` (BIFF) workbook. libfreexl does the reading, in a process
/// of its own (``XLSReaderProcess``) whenever the sachsong executable is at hand, so that a
/// damaged file ends as an error for that file and never as a crash. Text arrives as UTF-8 (freexl
/// converts from the workbook's code page); dates and date-times as dd/mm/yyyy.
/// `.xls` files are at most 65,536 rows.
public final class XLSReader: WorkbookSource {
    public let name: String
    public var format: String { "xls" }
    public private(set) var physicalLines = 0
    public var log: IssueLog
    public let sheetNames: [String]
    public let sheetName: String
    /// freexl does not expose fonts: legacy text is spotted from the cells alone.
    public var legacyFonts: [Int: LegacyFont] { [:] }
    public private(set) var trailingEmptyRows = 0
    public private(set) var trailingEmptyColumns = 0
    public private(set) var strayCells: [(line: Int, column: Int)] = []
    public private(set) var strayCellCount = 0
    /// Whether the sheet is read in a process of its own.
    public let isolated: Bool

    private let next: () -> XLSEvent?
    private let rows: Int
    private let columns: Int
    private var kinds = CellKindRing()
    private var used = false

    /// Opens `path`; `helper` is the executable serving `__read-xls` (nil reads in this process).
    public convenience init(
        path: String, sheet: String? = nil, options: CSVReadOptions = CSVReadOptions(),
        helper: String? = XLSReaderProcess.helper()
    ) throws {
        let events: () -> XLSEvent?
        if let helper {
            let process = try XLSReaderProcess(
                helper: helper, path: path, sheet: sheet,
                limits: XLSLimits(seconds: options.maxXLSSeconds, memoryBytes: options.maxXLSMemoryBytes))
            events = process.next
        } else {
            events = FreeXLSheet(path: path, sheet: sheet).next
        }
        try self.init(path: path, options: options, events: events, isolated: helper != nil)
    }

    /// Reads the sheet `events` describe (the reader process's stream, decoded; or freexl's own).
    public init(path: String, options: CSVReadOptions = CSVReadOptions(), events: @escaping () -> XLSEvent?, isolated: Bool) throws {
        name = path
        log = IssueLog(limitPerKind: options.maxIssuesPerKind)
        next = events
        self.isolated = isolated
        switch next() {
        case .sheet(let names, let chosen, let rows, let columns)?:
            sheetNames = names
            sheetName = names.indices.contains(chosen) ? names[chosen] : "Sheet\(chosen + 1)"
            self.rows = rows
            self.columns = columns
        case .failure(let failure)?:
            throw failure.error(path: path)
        default:
            throw ExcelInputError.notAWorkbook(path: path, reason: "trình đọc .xls không cho biết trang tính")
        }
    }

    public func cellKinds(line: Int) -> [(column: Int, kind: CellKind)] { kinds.get(line: line) }

    public func forEachRecord(_ body: (RawRecord) throws -> Void) throws {
        precondition(!used, "XLSReader reads its sheet once")
        used = true
        try withoutActuallyEscaping(body) { body in
            var builder = SheetRecordBuilder(deliver: body)
            var rowKinds: [(column: Int, kind: CellKind)] = []
            var lastRowWithCell = 0
            var pending = try nextCell()
            for row in 0..<rows {
                builder.beginRow()
                rowKinds.removeAll(keepingCapacity: true)
                var any = false
                while let cell = pending, cell.row <= row {
                    if cell.row == row, cell.column < columns {
                        switch cell.kind {
                        case .number: rowKinds.append((cell.column, .number))
                        case .date, .time: rowKinds.append((cell.column, .date))
                        case .text: break
                        }
                        any = true
                        builder.cell(column: cell.column, text: cell.text)
                    }
                    pending = try nextCell()
                }
                let line = row + 1
                if any { lastRowWithCell = line }
                kinds.set(line: line, rowKinds)
                try builder.endRow(line: line)
            }
            try builder.finish()
            strayCells = builder.strays
            strayCellCount = builder.strayCount
            physicalLines = max(lastRowWithCell, builder.lastDelivered)
            trailingEmptyRows = max(0, rows - builder.lastDelivered)
            if builder.maxValueColumn >= 0 { trailingEmptyColumns = max(0, columns - 1 - max(builder.maxValueColumn, (builder.width ?? 0) - 1)) }
        }
    }

    /// The next cell, nil at the end of the sheet; a failure of the reader is thrown.
    private func nextCell() throws -> (row: Int, column: Int, kind: XLSCellKind, text: [UInt8])? {
        switch next() {
        case .cell(let row, let column, let kind, let text)?: return (row, column, kind, text)
        case .end?: return nil
        case .failure(let failure)?: throw failure.error(path: name)
        case .sheet?, nil: throw ExcelInputError.notAWorkbook(path: name, reason: "trình đọc .xls trả về dữ liệu không theo thứ tự")
        }
    }
}
