/// An identity number (citizen ID, student or school code) that the spreadsheet held as a
/// number: its leading zero may be gone, and it is one "Format cells" away from scientific
/// notation. In a workbook the cell itself says so; in a CSV the ".0" of a float export does.
public struct NumberIDCheck: ColumnCheck {
    public static let id = "excel.id-number"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Số định danh hoặc mã được lưu dạng số trong Excel (mất số 0 đầu, dễ thành dạng 7.9212E+10): cần lưu dạng văn bản."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321")]),
        .invalid([("so_dinh_danh", "79212004321.0")]),
        .invalid([("ma_moet", "7977085337.0")])
    ]

    static func watches(_ type: FieldType) -> Bool { type == .citizenID || type == .code }

    static func watcher(of column: WatchedColumn, in sheet: WatchedSheet) -> ColumnWatcher {
        Watcher(column: column, inWorkbook: sheet.workbook != nil)
    }

    private final class Watcher: ColumnWatcher {
        let column: WatchedColumn
        let inWorkbook: Bool

        init(column: WatchedColumn, inWorkbook: Bool) {
            self.column = column
            self.inWorkbook = inWorkbook
        }

        override func observe(_ cell: WatchedCell, report: DamageReport) -> Bool {
            guard !cell.bytes.isEmpty, ExcelNumberText.isPlainNumber(cell) else { return true }
            let value = String(decoding: cell.bytes, as: UTF8.self)
            let digits = value.prefix { $0.isNumber }
            let lost = column.type == .citizenID && digits.count == 11
            let place = inWorkbook ? "nằm trong ô kiểu số" : "được xuất từ một ô kiểu số (có đuôi «.0»)"
            report.emit(
                NumberIDCheck.self, row: cell.row, line: cell.line, column: column, value: value,
                message: "«\(value)» ở cột «\(column.header)» \(place)"
                    + (lost ? ": số 0 đầu đã mất (\(digits.count) chữ số)." : "; hãy định dạng cột là văn bản (Text) để giữ nguyên các chữ số."),
                fix: lost ? "0" + digits : (!inWorkbook && value.hasSuffix(".0") ? String(value.dropLast(2)) : nil))
            return true
        }
    }
}
