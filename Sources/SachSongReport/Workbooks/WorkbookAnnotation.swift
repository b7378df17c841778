import CSVInput
import ExcelInput
import ExcelOutput
import Foundation
import SachSong

/// `check FILE --annotate OUT.xlsx`: the user's own workbook with the findings on it — a fill by
/// severity and a comment on each cell with a finding, and a first sheet "Kết quả kiểm tra"
/// listing them with links to their cells. A CSV or `.xls` input is first written as an `.xlsx`
/// of its values (BIFF is not written), then marked the same way.
public enum WorkbookAnnotation {
    public static let sheetName = "Kết quả kiểm tra"

    /// Marks `report`'s file into `target`; returns lines to tell the user.
    public static func write(_ report: FileReport, options: CheckOptions, to target: String) throws -> [String] {
        var notes: [String] = []
        let kind = RecordSources.kind(of: report.path)
        var workbook = report.path
        var sheet = report.sheet ?? ""
        var rows = LineToRow.identity
        var converted: String?
        defer { if let converted { unlink(converted); TemporaryFiles.unregister(converted) } }
        if kind != .xlsx {
            let directory = (target as NSString).deletingLastPathComponent
            let (fd, path) = TemporaryFiles.create(template: Array("\(directory.isEmpty ? "." : directory)/.sachsong-annotate-XXXXXX".utf8CString))
            guard fd >= 0 else { throw WorkbookOutputFailure("\(target): không tạo được tệp tạm.") }
            close(fd)
            converted = path
            sheet = kind == .xls ? (report.sheet ?? "Sheet1") : "Dữ liệu"
            rows = try convert(report.path, options: options, sheet: kind == .xls ? report.sheet : nil, to: path, sheetName: sheet)
            workbook = path
            notes.append(
                kind == .xls
                    ? "Tệp .xls được ghi thành .xlsx (sachsong không ghi định dạng .xls): giữ giá trị, không giữ định dạng của tệp gốc."
                    : "Tệp CSV được ghi thành bảng tính .xlsx (trang «\(sheet)») với cùng giá trị, rồi đánh dấu.")
        }
        let firstColumn = report.columns.map(\.index).min() ?? 0
        let edits = CellEdit.merged(
            report.findings.compactMap { finding -> CellEdit? in
                guard let line = finding.line, finding.row != nil else { return nil }
                return CellEdit(
                    row: rows.row(line), column: finding.columnIndex ?? firstColumn, mark: CellMark(finding.severity),
                    comment: ["[\(finding.severity.label)] \(finding.message) (\(finding.rule))"])
            })
        let added = summary(report, sheet: sheet, rows: rows, firstColumn: firstColumn, notes: notes)
        let outcome: WorkbookEditor.Outcome
        do {
            outcome = try WorkbookEditor.edit(source: workbook, target: target, sheet: sheet, edits: edits, added: added)
        } catch {
            throw WorkbookOutputFailure("\(error)")
        }
        if let reason = outcome.commentsLeftOut { notes.append("Không thêm ghi chú: \(reason).") }
        notes.append(
            "Đã đánh dấu \(edits.count) ô\(outcome.comments > 0 ? ", \(outcome.comments) ghi chú" : "") vào \(target) (trang «\(sheetName)» liệt kê các phát hiện)."
        )
        return notes
    }

    /// The first sheet: every kept finding with a link to its cell, then counts by rule and by
    /// dimension, then what the user should know.
    private static func summary(_ report: FileReport, sheet: String, rows: LineToRow, firstColumn: Int, notes: [String]) -> AddedSheet {
        var table: [[AddedSheet.Cell]] = [
            [
                "Mức độ", "Ô", "Dòng dữ liệu", "Cột", "Giá trị", "Mã quy tắc", "Khía cạnh", "Thông báo", "Giá trị đề xuất"
            ].map { AddedSheet.Cell($0, style: .header) }
        ]
        let ordered = report.findings.filter { $0.line == nil || $0.row == nil } + report.findings.filter { $0.line != nil && $0.row != nil }
        for finding in ordered {
            var place = AddedSheet.Cell("cả tệp")
            if let line = finding.line, finding.row != nil {
                let reference = CellText.reference(column: finding.columnIndex ?? firstColumn, row: rows.row(line))
                place = AddedSheet.Cell(reference, style: .link, link: AddedSheet.location(sheet: sheet, reference: reference))
            }
            table.append([
                AddedSheet.Cell(finding.severity.label, style: .severity(CellMark(finding.severity))), place,
                AddedSheet.Cell(finding.row.map(String.init) ?? "", style: .number), AddedSheet.Cell(finding.column ?? ""),
                AddedSheet.Cell(finding.value ?? "", style: .wrapped), AddedSheet.Cell(finding.rule),
                AddedSheet.Cell(finding.dimension.label), AddedSheet.Cell(finding.message, style: .wrapped),
                AddedSheet.Cell(finding.fix ?? "", style: .wrapped)
            ])
        }
        let total = report.countsByRule.values.reduce(0, +)
        table.append([])
        if total > report.findings.count {
            table.append([
                AddedSheet.Cell("Lưu ý", style: .header), AddedSheet.Cell(""), AddedSheet.Cell(""), AddedSheet.Cell(""), AddedSheet.Cell(""),
                AddedSheet.Cell(""), AddedSheet.Cell(""),
                AddedSheet.Cell(
                    "Liệt kê \(report.findings.count) trong \(total) phát hiện (giới hạn số phát hiện giữ lại); các số đếm dưới đây tính đủ.", style: .wrapped)
            ])
        }
        for note in notes {
            table.append(
                [AddedSheet.Cell("Lưu ý", style: .header)] + Array(repeating: AddedSheet.Cell(""), count: 6) + [AddedSheet.Cell(note, style: .wrapped)])
        }
        table.append([])
        // The counts sit under the list's rule, dimension and message columns, which are wide.
        let pad = Array(repeating: AddedSheet.Cell(""), count: 5)
        table.append(pad + ["Mã quy tắc", "Khía cạnh", "Số phát hiện"].map { AddedSheet.Cell($0, style: .header) })
        var dimensions: [String: Int] = [:]
        let known = Dictionary(report.findings.map { ($0.rule, $0.dimension.label) }, uniquingKeysWith: { a, _ in a })
        for (rule, count) in report.countsByRule.sorted(by: { $0.key < $1.key }) {
            let dimension = known[rule] ?? Dimension(rawValue: String(rule.prefix { $0 != "." }))?.label ?? ""
            dimensions[dimension, default: 0] += count
            table.append(pad + [AddedSheet.Cell(rule), AddedSheet.Cell(dimension), AddedSheet.Cell(String(count), style: .number)])
        }
        table.append([])
        table.append(pad + ["Khía cạnh", "", "Số phát hiện"].map { AddedSheet.Cell($0, style: .header) })
        for (dimension, count) in dimensions.sorted(by: { $0.key < $1.key }) {
            table.append(pad + [AddedSheet.Cell(dimension.isEmpty ? "khác" : dimension), AddedSheet.Cell(""), AddedSheet.Cell(String(count), style: .number)])
        }
        return AddedSheet(name: sheetName, widths: [11, 9, 12, 22, 24, 26, 10, 60, 20], rows: table)
    }

    /// Writes a CSV or `.xls` file's records as a workbook; returns where each line landed.
    private static func convert(_ path: String, options: CheckOptions, sheet: String?, to target: String, sheetName: String) throws -> LineToRow {
        let readOptions = options.readOptions(chunkSize: 1 << 20)
        let reader = try RecordSources.open(path: path, options: readOptions, sheet: sheet)
        let writer = try WorkbookWriter(path: target, sheetName: sheetName)
        var map = LineToRow.identity
        do {
            try reader.forEachRecord { record in
                map.note(line: record.line, row: writer.rows + 1)
                try writer.write(record.strings())
            }
            try writer.commit()
        } catch {
            writer.abort()
            throw error
        }
        return map
    }
}
