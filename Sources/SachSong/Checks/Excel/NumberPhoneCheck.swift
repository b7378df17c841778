/// A phone number the spreadsheet held as a number: the leading 0 is gone.
public struct NumberPhoneCheck: ColumnCheck {
    public static let id = "excel.phone-number"
    public static let dimension = Dimension.sach
    public static let severity = Severity.warning
    public static let summary = "Số điện thoại được lưu dạng số trong Excel nên mất số 0 đầu: cần lưu dạng văn bản."
    public static let examples: [CheckExample] = [
        .valid([("so_dien_thoai", "0912345678")]),
        .invalid([("so_dien_thoai", "912345678.0")])
    ]

    static func watches(_ type: FieldType) -> Bool { type == .phone }

    static func watcher(of column: WatchedColumn, in sheet: WatchedSheet) -> ColumnWatcher { Watcher(column: column) }

    private final class Watcher: ColumnWatcher {
        let column: WatchedColumn

        init(column: WatchedColumn) { self.column = column }

        override func observe(_ cell: WatchedCell, report: DamageReport) -> Bool {
            guard !cell.bytes.isEmpty, ExcelNumberText.isPlainNumber(cell) else { return true }
            let value = String(decoding: cell.bytes, as: UTF8.self)
            let digits = String(value.prefix { $0.isNumber })
            let fix = digits.count == 9 ? "0" + digits : nil
            report.emit(
                NumberPhoneCheck.self, row: cell.row, line: cell.line, column: column, value: value,
                message: "Số điện thoại «\(value)» được lưu dạng số"
                    + (fix.map { ": mất số 0 đầu, đúng là «\($0)»." } ?? "; hãy định dạng cột là văn bản (Text)."),
                fix: fix)
            return true
        }
    }
}
