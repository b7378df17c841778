/// A number Excel wrote in scientific notation ("7.9212E+10"): the digits after the fifth are
/// lost and cannot be recovered from the file.
public struct ScientificNumberCheck: ColumnCheck {
    public static let id = "excel.scientific"
    public static let dimension = Dimension.dung
    public static let severity = Severity.error
    public static let summary = "Số định danh, mã hoặc số điện thoại bị Excel viết dạng khoa học (7.9212E+10): các chữ số đã mất, phải nhập lại."
    public static let examples: [CheckExample] = [
        .valid([("so_dinh_danh", "079212004321")]),
        .invalid([("so_dinh_danh", "7.9212E+10")]),
        .invalid([("so_dien_thoai", "9.12346E+08")])
    ]

    static func watches(_ type: FieldType) -> Bool { type == .citizenID || type == .code || type == .phone }

    static func watcher(of column: WatchedColumn, in sheet: WatchedSheet) -> ColumnWatcher { Watcher(column: column) }

    private final class Watcher: ColumnWatcher {
        let column: WatchedColumn

        init(column: WatchedColumn) { self.column = column }

        override func observe(_ cell: WatchedCell, report: DamageReport) -> Bool {
            guard !cell.bytes.isEmpty, ExcelNumberText.isScientific(cell.bytes) else { return true }
            let value = String(decoding: cell.bytes, as: UTF8.self)
            report.emit(
                ScientificNumberCheck.self, row: cell.row, line: cell.line, column: column, value: value,
                message:
                    "«\(value)» ở cột «\(column.header)» bị Excel viết dạng khoa học: các chữ số sau đã mất, không khôi phục được; cần nhập lại từ giấy tờ gốc."
            )
            return true
        }
    }
}
