import CFreeXL
import Foundation

/// One sheet of a `.xls` workbook read through libfreexl in this process, as ``XLSEvent``s.
/// libfreexl 1.0.6 can crash or loop on a damaged file, so sachsong runs this in a reader process
/// of its own (``XLSReaderProcess``); it runs here only inside that process, or where no such
/// process can be started.
public final class FreeXLSheet {
    private var handle: UnsafeRawPointer?
    private var pending: [XLSEvent] = []
    private var rows: UInt32 = 0
    private var columns: UInt16 = 0
    private var row: UInt32 = 0
    private var column: UInt16 = 0
    private var done = false

    /// Opens `path` and chooses `sheet` (a name, any case, or a 1-based number), or the first
    /// sheet with a value.
    public init(path: String, sheet: String?) {
        var opened: UnsafeRawPointer?
        let status = freexl_open(path, &opened)
        guard status == FREEXL_OK, let opened else {
            if let opened { freexl_close(opened) }
            fail(.notAWorkbook(reason: "tệp .xls hỏng hoặc không đọc được (freexl mã \(status))"))
            return
        }
        handle = opened
        var count: UInt32 = 0
        var password: UInt32 = 0
        if freexl_get_info(opened, UInt16(FREEXL_BIFF_PASSWORD), &password) == FREEXL_OK, password == UInt32(FREEXL_BIFF_OBFUSCATED) {
            fail(.notAWorkbook(reason: "tệp .xls có mật khẩu"))
            return
        }
        guard freexl_get_info(opened, UInt16(FREEXL_BIFF_SHEET_COUNT), &count) == FREEXL_OK, count > 0 else {
            fail(.notAWorkbook(reason: "bảng tính không có trang tính nào"))
            return
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
        let chosen: Int
        if let sheet {
            if let exact = names.firstIndex(of: sheet) {
                chosen = exact
            } else if let folded = names.firstIndex(where: { $0.lowercased() == sheet.lowercased() }) {
                chosen = folded
            } else if let number = Int(sheet), number >= 1, number <= names.count {
                chosen = number - 1
            } else {
                fail(.noSuchSheet(sheet: sheet, available: names))
                return
            }
        } else {
            chosen = names.indices.first { Self.hasValue(opened, sheet: UInt16($0)) } ?? 0
        }
        guard let (rows, columns) = Self.dimensions(opened, sheet: UInt16(chosen)) else {
            fail(.corrupt(reason: "không chọn được trang tính «\(names[chosen])»"))
            return
        }
        guard rows <= 1 << 20, columns <= 1 << 14 else {
            fail(.corrupt(reason: "trang tính «\(names[chosen])» khai báo \(rows) dòng × \(columns) cột, quá giới hạn của Excel"))
            return
        }
        self.rows = rows
        self.columns = columns
        pending = [.sheet(names: names, chosen: chosen, rows: Int(rows), columns: Int(columns))]
    }

    deinit {
        if let handle { freexl_close(handle) }
    }

    private func fail(_ failure: XLSFailure) {
        pending = [.failure(failure)]
        done = true
    }

    /// The next event; nil after `.end` or `.failure`.
    public func next() -> XLSEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard !done, let handle else { return nil }
        while row < rows {
            while column < columns {
                let c = column
                column += 1
                var value = FreeXL_CellValue()
                guard freexl_get_cell_value(handle, row, c, &value) == FREEXL_OK else { continue }
                let kind: XLSCellKind
                let text: String
                switch Int32(value.type) {
                case FREEXL_CELL_INT:
                    kind = .number
                    text = String(value.value.int_value)
                case FREEXL_CELL_DOUBLE:
                    kind = .number
                    text = CellText.number(value.value.double_value)
                case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
                    kind = .text
                    text = value.value.text_value.map { String(cString: $0) } ?? ""
                case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME:
                    kind = .date
                    text = CellText.isoDate(value.value.text_value.map { String(cString: $0) } ?? "")
                case FREEXL_CELL_TIME:
                    kind = .time
                    text = value.value.text_value.map { String(cString: $0) } ?? ""
                default:
                    continue
                }
                return .cell(row: Int(row), column: Int(c), kind: kind, text: Array(text.utf8))
            }
            row += 1
            column = 0
        }
        done = true
        return .end
    }

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
}
