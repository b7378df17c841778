import ExcelOutput
import SachSong

/// `indicators --format xlsx`: the figures as a workbook, one sheet per level (schools, each
/// level of groups, the total), numerators and denominators as numbers and rates as
/// percentages; a rate that cannot be counted is left empty, never 0.
public enum IndicatorsWorkbook {
    /// Writes the workbook to `path`; on failure nothing is left there, and the error is thrown.
    public static func write(_ report: IndicatorReport, to path: String) throws {
        let table = IndicatorTable(report)
        let writer: WorkbookWriter
        do {
            writer = try WorkbookWriter(path: path, sheetName: table.levels.first?.name ?? "Trường")
        } catch {
            throw error
        }
        do {
            writer.headerRow = true
            for (index, level) in table.levels.enumerated() {
                if index > 0 { try writer.addSheet(level.name) }
                for (column, title) in table.header.enumerated() {
                    writer.setColumn(column, width: column == 2 ? 36 : Double(min(max(title.count + 2, 10), 22)), look: column < 3 ? .text : .number)
                }
                try writer.write(table.header)
                for row in level.rows {
                    try writer.write(
                        row.map { value -> (text: String, look: WorkbookWriter.CellLook) in
                            switch value {
                            case .text(let text): return (text, .text)
                            case .count(let count): return (String(count), .number)
                            case .rate(let rate): return (rate.map { String($0) } ?? "", .percent)
                            case .points(let points): return (points.map { String($0) } ?? "", .number)
                            }
                        })
                }
            }
            try writer.commit()
        } catch {
            writer.abort()
            throw error
        }
    }
}
