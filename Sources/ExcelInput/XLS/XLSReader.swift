import CFreeXL
import CSVInput
import Foundation

/// Reads one sheet of a legacy `.xls` (BIFF) workbook through libfreexl. Text arrives as UTF-8
/// (freexl converts from the workbook's code page); dates and date-times as dd/mm/yyyy.
/// freexl loads the workbook whole: `.xls` files are at most 65,536 rows.
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

    private var handle: UnsafeRawPointer?
    private let sheetIndex: UInt16
    private var kinds = CellKindRing()
    private var used = false

    public init(path: String, sheet: String? = nil, options: CSVReadOptions = CSVReadOptions()) throws {
        name = path
        log = IssueLog(limitPerKind: options.maxIssuesPerKind)
        var opened: UnsafeRawPointer?
        let status = freexl_open(path, &opened)
        guard status == FREEXL_OK, let opened else {
            if let opened { freexl_close(opened) }
            throw ExcelInputError.notAWorkbook(path: path, reason: "tệp .xls hỏng hoặc không đọc được (freexl mã \(status))")
        }
        handle = opened
        var count: UInt32 = 0
        var password: UInt32 = 0
        if freexl_get_info(opened, UInt16(FREEXL_BIFF_PASSWORD), &password) == FREEXL_OK, password == UInt32(FREEXL_BIFF_OBFUSCATED) {
            freexl_close(opened)
            throw ExcelInputError.notAWorkbook(path: path, reason: "tệp .xls có mật khẩu")
        }
        guard freexl_get_info(opened, UInt16(FREEXL_BIFF_SHEET_COUNT), &count) == FREEXL_OK, count > 0 else {
            freexl_close(opened)
            throw ExcelInputError.notAWorkbook(path: path, reason: "bảng tính không có trang tính nào")
        }
        var names: [String] = []
        for i in 0..<UInt16(min(count, UInt32(UInt16.max))) {
            var text: UnsafePointer<CChar>?
            if freexl_get_worksheet_name(opened, i, &text) == FREEXL_OK, let text {
                names.append(String(cString: text))
            } else {
                names.append("Sheet\(i + 1)")
            }
        }
        sheetNames = names
        let chosen: Int
        if let sheet {
            if let exact = names.firstIndex(of: sheet) {
                chosen = exact
            } else if let folded = names.firstIndex(where: { $0.lowercased() == sheet.lowercased() }) {
                chosen = folded
            } else if let number = Int(sheet), number >= 1, number <= names.count {
                chosen = number - 1
            } else {
                freexl_close(opened)
                throw ExcelInputError.noSuchSheet(path: path, sheet: sheet, available: names)
            }
        } else {
            chosen = names.indices.first { Self.hasValue(opened, sheet: UInt16($0)) } ?? 0
        }
        sheetIndex = UInt16(chosen)
        sheetName = names[chosen]
    }

    deinit {
        if let handle { freexl_close(handle) }
    }

    public func cellKinds(line: Int) -> [(column: Int, kind: CellKind)] { kinds.get(line: line) }

    private static func dimensions(_ handle: UnsafeRawPointer, sheet: UInt16) -> (rows: UInt32, columns: UInt16)? {
        guard freexl_select_active_worksheet(handle, sheet) == FREEXL_OK else { return nil }
        var rows: UInt32 = 0
        var columns: UInt16 = 0
        guard freexl_worksheet_dimensions(handle, &rows, &columns) == FREEXL_OK else { return nil }
        return (rows, columns)
    }

    private static func hasValue(_ handle: UnsafeRawPointer, sheet: UInt16) -> Bool {
        guard let (rows, columns) = dimensions(handle, sheet: sheet) else { return false }
        for row in 0..<min(rows, 200) {
            for column in 0..<columns {
                var value = FreeXL_CellValue()
                if freexl_get_cell_value(handle, row, column, &value) == FREEXL_OK, Int32(value.type) != FREEXL_CELL_NULL { return true }
            }
        }
        return false
    }

    public func forEachRecord(_ body: (RawRecord) throws -> Void) throws {
        precondition(!used, "XLSReader reads its sheet once")
        used = true
        guard let handle else { return }
        guard let (rows, columns) = Self.dimensions(handle, sheet: sheetIndex) else {
            throw ExcelInputError.corrupt(path: name, reason: "không chọn được trang tính «\(sheetName)»")
        }
        try withoutActuallyEscaping(body) { body in
            var builder = SheetRecordBuilder(deliver: body)
            var rowKinds: [(column: Int, kind: CellKind)] = []
            var lastRowWithCell = 0
            for row in 0..<rows {
                builder.beginRow()
                rowKinds.removeAll(keepingCapacity: true)
                var any = false
                for column in 0..<columns {
                    var value = FreeXL_CellValue()
                    guard freexl_get_cell_value(handle, row, column, &value) == FREEXL_OK else { continue }
                    let c = Int(column)
                    let text: String
                    switch Int32(value.type) {
                    case FREEXL_CELL_INT:
                        text = String(value.value.int_value)
                        rowKinds.append((c, .number))
                    case FREEXL_CELL_DOUBLE:
                        text = CellText.number(value.value.double_value)
                        rowKinds.append((c, .number))
                    case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
                        text = value.value.text_value.map { String(cString: $0) } ?? ""
                    case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME:
                        text = CellText.isoDate(value.value.text_value.map { String(cString: $0) } ?? "")
                        rowKinds.append((c, .date))
                    case FREEXL_CELL_TIME:
                        text = value.value.text_value.map { String(cString: $0) } ?? ""
                        rowKinds.append((c, .date))
                    default:
                        continue
                    }
                    any = true
                    builder.cell(column: c, text: Array(text.utf8))
                }
                let line = Int(row) + 1
                if any { lastRowWithCell = line }
                kinds.set(line: line, rowKinds)
                try builder.endRow(line: line)
            }
            try builder.finish()
            strayCells = builder.strays
            strayCellCount = builder.strayCount
            physicalLines = max(lastRowWithCell, builder.lastDelivered)
            trailingEmptyRows = max(0, Int(rows) - builder.lastDelivered)
            if builder.maxValueColumn >= 0 { trailingEmptyColumns = max(0, Int(columns) - 1 - max(builder.maxValueColumn, (builder.width ?? 0) - 1)) }
        }
    }
}
