import ExcelOutput
import Foundation
import SachSong

/// `check --format xlsx`: the findings as a workbook people can read — one per row with the
/// columns of the CSV report and the workbook cell ("C12"), columns sized to fit, messages
/// wrapped, the severity coloured, the header frozen with an autofilter, and the cell a link to
/// the same cell in the source workbook where there is one.
public enum FindingsWorkbook {
    static let header: [String] = {
        var names = FindingsCSVRenderer.header
        names.insert("Ô", at: 4)
        return names
    }()

    /// The widest a column gets, in characters (longer text wraps or is cut by the next cell).
    static let caps: [Int] = [50, 16, 14, 8, 8, 28, 30, 28, 10, 11, 80, 30]

    /// Widths that fit the header and the values, up to the caps.
    static func widths(_ rows: [[String]]) -> [Double] {
        var widest = header.map { $0.count + 2 }
        for row in rows {
            for (column, text) in row.enumerated() where column < widest.count {
                widest[column] = max(widest[column], (text.split(separator: "\n").map(\.count).max() ?? 0) + 1)
            }
        }
        return widest.enumerated().map { Double(min($0.element, caps[$0.offset])) }
    }

    /// Writes the workbook to `path`; on failure nothing is left there, and the error is thrown.
    public static func write(_ report: RunReport, to path: String) throws {
        let writer: WorkbookWriter
        do {
            writer = try WorkbookWriter(path: path, sheetName: "Phát hiện")
        } catch {
            throw error
        }
        do {
            writer.headerRow = true
            let findings = report.files.flatMap(\.findings)
            let sizes = widths(
                findings.map {
                    [
                        $0.file, $0.recordType ?? "", $0.row.map(String.init) ?? "", $0.line.map(String.init) ?? "",
                        $0.cell ?? "", $0.column ?? "", $0.value ?? "", $0.rule, $0.dimension.label,
                        $0.severity.label, $0.message, $0.fix ?? ""
                    ]
                })
            for (column, width) in sizes.enumerated() {
                writer.setColumn(column, width: width, look: column == 10 || column == 6 ? .wrapped : .text)
            }
            try writer.write(header)
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
            for file in report.files {
                let link = file.sheet.map { sheet in
                    (target: RelativePath.of(URL(fileURLWithPath: file.path).standardizedFileURL.path, from: directory), sheet: sheet)
                }
                for f in file.findings {
                    let cells: [(text: String, look: WorkbookWriter.CellLook)] = [
                        (f.file, .text), (f.recordType ?? "", .text), (f.row.map(String.init) ?? "", .number),
                        (f.line.map(String.init) ?? "", .number), (f.cell ?? "", .text), (f.column ?? "", .text),
                        (f.value ?? "", .wrapped), (f.rule, .text), (f.dimension.label, .text),
                        (f.severity.label, .severity(CellMark(f.severity))), (f.message, .wrapped), (f.fix ?? "", .wrapped)
                    ]
                    var url: (column: Int, url: String)?
                    if let cell = f.cell, let link {
                        url = (4, "external:\(link.target)#'\(link.sheet.replacingOccurrences(of: "'", with: "''"))'!\(cell)")
                    }
                    try writer.write(cells, link: url)
                }
            }
            try writer.commit()
        } catch {
            writer.abort()
            throw error
        }
    }
}
