import CSVInput
import SachSong

/// Findings as CSV, one per line, UTF-8 with BOM and CRLF so that Excel opens Vietnamese text
/// correctly.
public struct FindingsCSVRenderer {
    public static let header = [
        "Tệp", "Loại hồ sơ", "Dòng dữ liệu", "Dòng", "Cột", "Giá trị", "Mã quy tắc", "Khía cạnh",
        "Mức độ", "Mô tả", "Đề xuất sửa"
    ]

    public init() {}

    public func write(_ run: RunReport, to sink: OutputSink) throws {
        try write(findings: run.files.flatMap(\.findings), to: sink)
    }

    /// Writes any list of findings (reconciliation, indicators' explanations).
    public func write(findings: [Finding], to sink: OutputSink) throws {
        let writer = CSVWriter(sink: sink, options: .excelReport)
        try writer.write(Self.header)
        do {
            for f in findings {
                try writer.write([
                    f.file, f.recordType ?? "", f.row.map(String.init) ?? "", f.line.map(String.init) ?? "",
                    f.column ?? "", f.value ?? "", f.rule, f.dimension.label, f.severity.label, f.message, f.fix ?? ""
                ])
            }
        }
        try writer.flush()
    }
}
