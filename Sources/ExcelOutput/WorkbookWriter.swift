import CSVInput
import CXLSXWriter
import Foundation

/// Why a workbook could not be written.
public struct WorkbookWriteError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): không ghi được bảng tính (\(reason))" }
}

/// Writes one sheet of an `.xlsx` workbook through libxlsxwriter, row by row in constant-memory
/// mode. Cells of the declared text columns, and any value that would not survive as a number
/// (a leading zero, more than 15 digits, a date), are written as text; plain numbers elsewhere as
/// numbers. The workbook is written beside the target and renamed onto it by ``commit()``.
public final class WorkbookWriter: RecordWriter {
    public let path: String
    private let temporary: String
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var sheet: UnsafeMutablePointer<lxw_worksheet>
    private let textFormat: UnsafeMutablePointer<lxw_format>
    private let boldFormat: UnsafeMutablePointer<lxw_format>
    private var textColumns: Set<Int> = []
    private var looks: [CellLook: UnsafeMutablePointer<lxw_format>] = [:]
    private var columnWidths: [Int: Double] = [:]
    private var row: UInt32 = 0
    private var width = 0
    /// Rows written.
    public var rows: Int { Int(row) }

    /// Starts a workbook at `path` with one sheet named `sheetName` (cut to Excel's 31
    /// characters, without the characters Excel forbids).
    public init(path: String, sheetName: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        var options = lxw_workbook_options()
        options.constant_memory = UInt8(LXW_TRUE.rawValue)
        guard let made = workbook_new_opt(temporary, &options) else {
            throw WorkbookWriteError(path: path, reason: "không tạo được tệp")
        }
        workbook = made
        TemporaryFiles.register(temporary)
        guard let added = workbook_add_worksheet(made, Self.sheetName(sheetName)) ?? workbook_add_worksheet(made, nil) else {
            throw WorkbookWriteError(path: path, reason: "không tạo được trang tính")
        }
        sheet = added
        textFormat = workbook_add_format(made)
        format_set_num_format(textFormat, "@")
        boldFormat = workbook_add_format(made)
        format_set_bold(boldFormat)
    }

    deinit { abort() }

    /// A name Excel takes: without `[]:*?/\`, at most 31 characters.
    static func sheetName(_ raw: String) -> String {
        var name = String(raw.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) })
        if name.isEmpty { name = "Sheet1" }
        if name.count > 31 { name = String(name.prefix(31)) }
        return name
    }

    /// Ends the current sheet and goes on in a new one named `name` (same header settings).
    public func addSheet(_ name: String) throws {
        guard let made = workbook else { return }
        finishSheet()
        guard let added = workbook_add_worksheet(made, Self.sheetName(name)) else {
            throw WorkbookWriteError(path: path, reason: "không tạo được trang tính «\(name)»")
        }
        sheet = added
        row = 0
        width = 0
        columnWidths = [:]
        if headerRow { worksheet_freeze_panes(sheet, 1, 0) }
    }

    private func finishSheet() {
        if headerRow, row > 1, width > 0 {
            worksheet_autofilter(sheet, 0, 0, row - 1, lxw_col_t(width - 1))
        }
    }

    public func declareTextColumns(_ columns: Set<Int>) {
        textColumns = columns
        for column in columns where column < Int(UInt16.max) {
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), LXW_DEF_COL_WIDTH, textFormat)
        }
    }

    /// The first row written is a header: bold, frozen, with an autofilter over the data.
    public var headerRow: Bool = false {
        didSet { if headerRow { worksheet_freeze_panes(sheet, 1, 0) } }
    }

    public func write(_ fields: [String]) throws {
        guard workbook != nil else { return }
        guard row < 1_048_576 else { throw WorkbookWriteError(path: path, reason: "quá 1.048.576 dòng của một trang tính") }
        width = max(width, fields.count)
        for (column, value) in fields.enumerated() where !value.isEmpty && column < 16_384 {
            let c = lxw_col_t(column)
            let bold = headerRow && row == 0
            let status: lxw_error
            if !bold, !textColumns.contains(column), let number = Self.number(value) {
                status = worksheet_write_number(sheet, row, c, number, nil)
            } else {
                let text = value.utf8.count > 32_767 ? String(value.prefix(32_000)) : value
                status = worksheet_write_string(sheet, row, c, text, bold ? boldFormat : (textColumns.contains(column) ? textFormat : nil))
            }
            if status != LXW_NO_ERROR {
                throw WorkbookWriteError(path: path, reason: String(cString: lxw_strerror(status)))
            }
        }
        row += 1
    }

    public func write(_ record: RawRecord) throws { try write(record.strings()) }

    /// How a cell of a report sheet looks.
    public enum CellLook: Hashable, Sendable {
        /// Text, top-aligned.
        case text
        /// Text wrapped in its column, top-aligned.
        case wrapped
        /// A number, top-aligned.
        case number
        /// A rate from 0 to 1 shown as a percentage.
        case percent
        /// Text on the fill of a severity.
        case severity(CellMark)
        /// A link.
        case link
    }

    /// Sets a column's width (in characters) and its cells' look.
    public func setColumn(_ column: Int, width: Double, look: CellLook = .text) {
        guard column < 16_384 else { return }
        columnWidths[column] = width
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, format(look))
    }

    /// Writes one row of a report: each cell with its look, and a link on one cell where given
    /// (`url` as libxlsxwriter takes it: `external:path#'Sheet'!C12`, `internal:…`).
    public func write(_ cells: [(text: String, look: CellLook)], link: (column: Int, url: String)? = nil) throws {
        guard workbook != nil else { return }
        guard row < 1_048_576 else { throw WorkbookWriteError(path: path, reason: "quá 1.048.576 dòng của một trang tính") }
        width = max(width, cells.count)
        // Rows grow to show their wrapped text (neither Excel nor LibreOffice always does it on opening).
        let wrapped = cells.enumerated().filter { $0.element.look == .wrapped }
            .map { (text: $0.element.text, width: columnWidths[$0.offset] ?? LXW_DEF_COL_WIDTH) }
        if let height = RowHeight.points(wrapped) { worksheet_set_row(sheet, row, height, nil) }
        for (column, cell) in cells.enumerated() where !cell.text.isEmpty && column < 16_384 {
            let c = lxw_col_t(column)
            let status: lxw_error
            if let link, link.column == column, link.url.utf8.count < 2_000 {
                status = worksheet_write_url_opt(sheet, row, c, link.url, format(.link), cell.text, nil)
            } else if cell.look == .number || cell.look == .percent, let number = Double(cell.text) {
                status = worksheet_write_number(sheet, row, c, number, format(cell.look))
            } else {
                let text = cell.text.utf8.count > 32_767 ? String(cell.text.prefix(32_000)) : cell.text
                status = worksheet_write_string(sheet, row, c, text, format(cell.look))
            }
            if status != LXW_NO_ERROR {
                throw WorkbookWriteError(path: path, reason: String(cString: lxw_strerror(status)))
            }
        }
        row += 1
    }

    private func format(_ look: CellLook) -> UnsafeMutablePointer<lxw_format>? {
        if let known = looks[look] { return known }
        guard let workbook, let made = workbook_add_format(workbook) else { return nil }
        format_set_align(made, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        switch look {
        case .text: format_set_num_format(made, "@")
        case .wrapped:
            format_set_num_format(made, "@")
            format_set_text_wrap(made)
        case .number: break
        case .percent: format_set_num_format(made, "0.0%")
        case .severity(let mark):
            format_set_num_format(made, "@")
            format_set_pattern(made, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(made, lxw_color_t(UInt32(mark.argb.suffix(6), radix: 16) ?? 0xFFFFFF))
        case .link:
            format_set_underline(made, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
            format_set_font_color(made, 0x0563C1)
        }
        looks[look] = made
        return made
    }

    public func flush() throws {}

    /// Closes the workbook and renames it onto the target (readable by its owner only).
    public func commit() throws {
        guard let made = workbook else { return }
        finishSheet()
        workbook = nil
        defer { TemporaryFiles.unregister(temporary) }
        let status = workbook_close(made)
        guard status == LXW_NO_ERROR else {
            unlink(temporary)
            throw WorkbookWriteError(path: path, reason: String(cString: lxw_strerror(status)))
        }
        chmod(temporary, 0o600)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WorkbookWriteError(path: path, reason: reason)
        }
    }

    /// Drops the workbook (nothing is left behind).
    public func abort() {
        guard let made = workbook else { return }
        workbook = nil
        _ = workbook_close(made)
        unlink(temporary)
        TemporaryFiles.unregister(temporary)
    }

    /// A value that is a plain number and stays the same when Excel holds it as one: no leading
    /// zero, at most 15 significant digits, a dot as the decimal mark.
    static func number(_ value: String) -> Double? {
        let bytes = Array(value.utf8)
        guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
        var i = bytes[0] == UInt8(ascii: "-") ? 1 : 0
        guard i < bytes.count else { return nil }
        let start = i
        var dots = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: ".") { dots += 1 } else if !(b >= 0x30 && b <= 0x39) { return nil }
            i += 1
        }
        guard dots <= 1, bytes[start] != UInt8(ascii: "."), bytes.last != UInt8(ascii: ".") else { return nil }
        // "0123" would lose its zero; "0" and "0.5" are fine.
        if bytes[start] == UInt8(ascii: "0"), bytes.count > start + 1, bytes[start + 1] != UInt8(ascii: ".") { return nil }
        return Double(value)
    }
}
