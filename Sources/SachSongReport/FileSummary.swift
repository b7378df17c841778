import CSVInput
import ExcelInput

/// The plain-text summary of one file as the reader saw it.
public struct FileSummary {
    public let table: RecordTable

    public init(table: RecordTable) { self.table = table }

    public var text: String {
        let reader = table.reader
        var lines: [String] = []
        lines.append("\(reader.name)")
        if let workbook = reader as? any WorkbookSource {
            lines.append("  bảng tính \(reader.format): trang «\(workbook.sheetName)» (trong \(workbook.sheetNames.map { "«\($0)»" }.joined(separator: ", ")))")
        }
        lines.append(
            "  bảng mã: \(reader.encoding.displayName) · phân cách: \(Delimiters.name(reader.delimiter)) · xuống dòng: \(reader.lineEnding?.rawValue ?? "-")")
        let columns = table.header?.names.count ?? 0
        lines.append("  dòng dữ liệu: \(table.rowCount) (trống: \(table.blankRows)) · cột: \(columns) · dòng vật lý: \(reader.physicalLines)")
        let log = table.log
        if log.total == 0 {
            lines.append("  không có lỗi cấu trúc")
        } else {
            lines.append("  lỗi cấu trúc: \(log.total)")
            for issue in log.issues.prefix(20) {
                let place = issue.line.map { "dòng \($0)" } ?? issue.byteOffset.map { "byte \($0)" } ?? "tệp"
                lines.append("    [\(issue.kind.rawValue)] \(place): \(issue.message)")
            }
            if log.issues.count > 20 { lines.append("    … và \(log.total - 20) lỗi khác") }
        }
        return lines.joined(separator: "\n")
    }
}
