import CSVInput
import Foundation

/// What a workbook cell was before it became text: the reader writes every cell as text, and
/// these kinds tell which ones Excel held as numbers or dates (for the checks of Excel's damage).
public enum CellKind: UInt8, Sendable {
    case number
    case date
}

/// A record source read from a workbook sheet: rows are sheet rows (`line` = the sheet's row
/// number), fields are cells (gaps filled, so that field `i` is column letter `i`).
public protocol WorkbookSource: RecordSource {
    /// The sheet read.
    var sheetName: String { get }
    /// Every sheet of the workbook, in order.
    var sheetNames: [String] { get }
    /// The numeric and date cells of a sheet row delivered recently (the last few hundred rows
    /// are kept), as (0-based column, kind); text cells are not listed.
    func cellKinds(line: Int) -> [(column: Int, kind: CellKind)]
    /// Columns (0-based) whose text cells are styled with a legacy Vietnamese font, with the
    /// first such font, as seen so far.
    var legacyFonts: [Int: LegacyFont] { get }
    /// Rows after the last row with a value that still exist in the sheet (formatted but empty).
    var trailingEmptyRows: Int { get }
    /// Columns right of the last column with a value that hold only formatted empty cells.
    var trailingEmptyColumns: Int { get }
    /// Cells with a value far from the data (a typing slip at XFD1048576): left out of the
    /// records, listed here (the first few; ``strayCellCount`` counts them all).
    var strayCells: [(line: Int, column: Int)] { get }
    var strayCellCount: Int { get }
}

extension WorkbookSource {
    /// Cells arrive as text already decoded.
    public var encoding: TextEncoding { .utf8 }
    /// Written out as CSV when a workbook is copied to text.
    public var delimiter: UInt8 { UInt8(ascii: ",") }
    /// A sheet has rows, not line terminators.
    public var lineEnding: LineEnding? { nil }
}

/// The kinds of the cells of the last rows, by sheet row, in a fixed ring.
struct CellKindRing {
    private static let size = 1024
    private var lines = [Int](repeating: -1, count: size)
    private var entries = [[(column: Int, kind: CellKind)]](repeating: [], count: size)

    mutating func set(line: Int, _ kinds: [(column: Int, kind: CellKind)]) {
        let slot = line & (Self.size - 1)
        lines[slot] = line
        entries[slot] = kinds
    }

    func get(line: Int) -> [(column: Int, kind: CellKind)] {
        let slot = line & (Self.size - 1)
        return lines[slot] == line ? entries[slot] : []
    }
}

/// Why a workbook could not be read at all.
public enum ExcelInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a workbook (a zip without `xl/workbook.xml`, a broken zip or BIFF file).
    case notAWorkbook(path: String, reason: String)
    /// `--sheet` names no sheet.
    case noSuchSheet(path: String, sheet: String, available: [String])
    /// A part of the workbook is damaged.
    case corrupt(path: String, reason: String)
    /// A part inflates past a limit (``InputLimits``): `option` raises it.
    case tooLarge(path: String, part: String, limit: Int64, option: String)

    public var description: String {
        switch self {
        case .notAWorkbook(let path, let reason): return "\(path): không phải bảng tính Excel đọc được (\(reason))"
        case .noSuchSheet(let path, let sheet, let available):
            return "\(path): không có trang tính «\(sheet)» (có: \(available.map { "«\($0)»" }.joined(separator: ", ")))"
        case .corrupt(let path, let reason): return "\(path): bảng tính bị hỏng (\(reason))"
        case .tooLarge(let path, let part, let limit, let option):
            return "\(path): phần \(part) của bảng tính giải nén vượt giới hạn \(InputLimits.describe(limit)) (tăng bằng \(option)); dừng đọc"
        }
    }
}

/// Builds records of a sheet: cells placed at their columns (gaps empty), trailing empty cells
/// trimmed, rows padded to the width of the widest of the first rows (the header is among them),
/// missing rows delivered as blank rows so that line numbers stay the sheet's row numbers, and
/// empty rows at the end of the sheet dropped and counted.
struct SheetRecordBuilder {
    /// Rows looked at before the width is fixed (RecordTable looks for the header among 30).
    static let lookahead = 40
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private(set) var lastDelivered = 0
    private var held: [OwnedRecord] = []
    private var heldNonBlank = 0
    private(set) var width: Int?
    private(set) var maxValueColumn = -1
    private(set) var maxCellColumn = -1
    /// Stray cells (see ``WorkbookSource/strayCells``): the first few, and how many.
    private(set) var strays: [(line: Int, column: Int)] = []
    private(set) var strayCount = 0
    private var rowStrays: [Int] = []
    let deliver: (RawRecord) throws -> Void

    /// Empty columns between a row's cells, and empty rows after the data, beyond which a value
    /// is taken for a stray cell rather than data: no export leaves such gaps, and filling them
    /// would cost a field per empty cell and a record per empty row.
    static let columnGap = 256
    static let rowGap = 65_536
    /// Stray cells listed (all are counted).
    static let straysListed = 20

    init(deliver: @escaping (RawRecord) throws -> Void) { self.deliver = deliver }

    /// Starts a row.
    mutating func beginRow() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        rowStrays.removeAll(keepingCapacity: true)
    }

    /// Columns filled so far in the current row.
    var filled: Int { ends.count }

    /// Places a cell's text at `column` (cells out of order are dropped).
    mutating func cell(column: Int, text: UnsafeBufferPointer<UInt8>) {
        guard column >= ends.count, !text.isEmpty else {
            maxCellColumn = max(maxCellColumn, column)
            return
        }
        if column - ends.count > Self.columnGap {
            rowStrays.append(column)
            return
        }
        maxCellColumn = max(maxCellColumn, column)
        maxValueColumn = max(maxValueColumn, column)
        while ends.count < column { ends.append(bytes.count) }
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
    }

    mutating func cell(column: Int, text: [UInt8]) {
        text.withUnsafeBufferPointer { cell(column: column, text: $0) }
    }

    /// Ends sheet row `line`; returns whether it had a value.
    @discardableResult
    mutating func endRow(line: Int) throws -> Bool {
        // A row far below the data is stray as a whole.
        if !ends.isEmpty, line - lastDelivered > Self.rowGap {
            rowStrays.insert(contentsOf: Array(0..<ends.count).filter { ends[$0] > ($0 == 0 ? 0 : ends[$0 - 1]) }, at: 0)
            ends.removeAll(keepingCapacity: true)
        }
        for column in rowStrays {
            strayCount += 1
            if strays.count < Self.straysListed { strays.append((line, column)) }
        }
        rowStrays.removeAll(keepingCapacity: true)
        guard !ends.isEmpty, line > lastDelivered else { return false }
        // Rows skipped since the last one with a value are blank rows.
        for blank in (lastDelivered + 1)..<line { try emit(bytes: [], ends: [], line: blank) }
        try emit(bytes: bytes, ends: ends, line: line)
        lastDelivered = line
        return true
    }

    /// Ends the sheet: rows still held are delivered.
    mutating func finish() throws {
        if width == nil { try fixWidth() }
    }

    private mutating func emit(bytes: [UInt8], ends: [Int], line: Int) throws {
        if width == nil {
            held.append(OwnedRecord(bytes: bytes, ends: ends, line: line))
            if !ends.isEmpty { heldNonBlank += 1 }
            if heldNonBlank >= Self.lookahead { try fixWidth() }
            return
        }
        try send(bytes: bytes, ends: ends, line: line)
    }

    private mutating func fixWidth() throws {
        width = held.map(\.ends.count).max() ?? 0
        Self.joinTwoRowHeader(&held, width: width ?? 0)
        let records = held
        held = []
        for record in records { try send(bytes: record.bytes, ends: record.ends, line: record.line) }
    }

    /// A header of two rows whose first row has group labels merged over several columns
    /// ("Chỗ ở hiện nay" over "Xã/Phường", "Tỉnh/Tp") and single labels merged down over both
    /// rows: the two rows become one header row, "Chỗ ở hiện nay – Xã/Phường", and the second row
    /// is left blank (so that line numbers stay the sheet's).
    static func joinTwoRowHeader(_ rows: inout [OwnedRecord], width: Int) {
        guard rows.count >= 2 else { return }
        func isNumber(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy { $0.isNumber || $0 == "." || $0 == "," } }
        for i in 0..<(rows.count - 1) where rows[i + 1].line == rows[i].line + 1 {
            var a = rows[i].strings(), b = rows[i + 1].strings()
            a += Array(repeating: "", count: max(0, width - a.count))
            b += Array(repeating: "", count: max(0, width - b.count))
            let filledA = a.filter { !$0.isEmpty }
            guard filledA.count >= 3, !filledA.contains(where: isNumber), b.contains(where: { !$0.isEmpty }),
                !b.contains(where: isNumber)
            else { continue }
            // Every sub-label sits under an empty cell of the first row, or under a group label
            // whose right neighbour is empty; and one group has at least two sub-labels.
            var groupWithTwo = false
            var fits = true
            for c in 0..<width where !b[c].isEmpty {
                let underEmpty = a[c].isEmpty
                let underGroup = !a[c].isEmpty && c + 1 < width && a[c + 1].isEmpty && !b[c + 1].isEmpty
                guard underEmpty || underGroup, a[...c].contains(where: { !$0.isEmpty }) else { fits = false; break }
                if underGroup { groupWithTwo = true }
            }
            guard fits, groupWithTwo else { continue }
            var names: [String] = []
            var group = ""
            for c in 0..<width {
                if !a[c].isEmpty { group = a[c] }
                if b[c].isEmpty { names.append(a[c]) } else { names.append(group + " – " + b[c]) }
            }
            rows[i] = OwnedRecord(fields: names, line: rows[i].line)
            rows[i + 1] = OwnedRecord(bytes: [], ends: [], line: rows[i + 1].line)
            return
        }
    }

    private func send(bytes: [UInt8], ends: [Int], line: Int) throws {
        var ends = ends
        let width = self.width ?? 0
        if ends.count < width {
            let total = ends.last ?? 0
            while ends.count < width { ends.append(total) }
        }
        try OwnedRecord(bytes: bytes, ends: ends, line: line).withRaw { try deliver($0) }
    }
}
