import ExcelOutput
import Foundation
import SachSong
import SachSongReport

/// `check --format xlsx`: the findings as a workbook, one per row, with the columns of the CSV
/// report and the workbook cell ("C12"); the header row frozen and an autofilter on.
enum FindingsWorkbook {
    static let header: [String] = {
        var names = FindingsCSVRenderer.header
        names.insert("Ô", at: 4)
        return names
    }()

    static func write(_ report: RunReport, to path: String) throws {
        let writer: WorkbookWriter
        do {
            writer = try WorkbookWriter(path: path, sheetName: "Phát hiện")
        } catch {
            throw ExitWithMessage(code: 2, message: "\(error)")
        }
        do {
            writer.headerRow = true
            // Values, cells and fixes stay text: a citizen ID must not turn into 7.9212E+10.
            writer.declareTextColumns([0, 1, 4, 5, 6, 7, 8, 9, 10, 11])
            try writer.write(header)
            for f in report.files.flatMap(\.findings) {
                try writer.write([f.file, f.recordType ?? "", f.row.map(String.init) ?? "", f.line.map(String.init) ?? "",
                                  f.cell ?? "", f.column ?? "", f.value ?? "", f.rule, f.dimension.label, f.severity.label,
                                  f.message, f.fix ?? ""])
            }
            try writer.commit()
        } catch {
            writer.abort()
            throw ExitWithMessage(code: 2, message: "\(error)")
        }
    }
}
