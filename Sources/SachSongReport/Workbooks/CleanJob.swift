import CSVInput
import ExcelInput
import ExcelOutput
import Foundation
import SachSong

/// `clean`'s work on one file, for the command line and the service alike: the cleaned copy
/// (an `.xlsx` cleaned into an `.xlsx` is the same workbook with only the changed cells edited),
/// and the change log as CSV. Every output is written to a temporary file and renamed when
/// whole; on failure nothing is left. The input is never written.
public struct CleanJob {
    public var file: String
    /// The cleaned copy; nil writes none (a dry run).
    public var target: String?
    /// The change log (CSV, UTF-8 with BOM); nil writes none.
    public var changes: String?
    /// Without a change log file, print the log on standard output (the command's dry run).
    public var logToStandardOutput: Bool
    /// Fill and comment the changed cells (in-place workbooks only).
    public var markChanges: Bool

    public init(file: String, target: String?, changes: String?, logToStandardOutput: Bool = false, markChanges: Bool = false) {
        self.file = file
        self.target = target
        self.changes = changes
        self.logToStandardOutput = logToStandardOutput
        self.markChanges = markChanges
    }

    /// What was done.
    public struct Outcome {
        public let report: CleanReport
        /// The sheet read, for a workbook.
        public let sheetName: String?
        /// Cells left as they were because they hold formulas.
        public let formulaCells: [CellEdit]
    }

    /// Whether cleaning `file` into `target` edits the workbook itself (an `.xlsx` into an `.xlsx`).
    public static func editsInPlace(file: String, target: String?) -> Bool {
        file != "-" && RecordSources.kind(of: file) == .xlsx && target.map { ($0 as NSString).pathExtension.lowercased() == "xlsx" } ?? false
    }

    /// The header of the change log.
    public static let changeLogHeader = ["Dòng dữ liệu", "Dòng", "Cột", "Ô", "Giá trị cũ", "Giá trị mới", "Mã quy tắc"]

    public func run(rules: CompiledRules, options: CleanOptions) throws -> Outcome {
        let inputKind = file == "-" ? RecordSources.Kind.csv : RecordSources.kind(of: file)
        let inPlace = Self.editsInPlace(file: file, target: target)
        let markChanges = markChanges && inPlace
        var outputFile: AtomicOutputFile?
        var outputWorkbook: WorkbookWriter?
        var changesFile: AtomicOutputFile?
        var changeLog: CSVWriter?
        var held: [CellChange] = []
        var sheetName: String?
        do {
            if let changes {
                changesFile = try AtomicOutputFile(path: changes)
            }
            if let changesFile {
                changeLog = CSVWriter(sink: changesFile, options: .excelReport)
            } else if logToStandardOutput {
                // On a terminal: plain lines, no byte-order mark.
                changeLog = CSVWriter(sink: StandardOutput(), options: CSVWriteOptions(lineEnding: .lf, byteOrderMark: false, neutraliseFormulas: true))
            }
            try changeLog?.write(Self.changeLogHeader)
            let workbookInput = inputKind != .csv
            let logChange: (CellChange) throws -> Void = { change in
                let cell = workbookInput ? CellText.reference(column: change.columnIndex, row: change.line) : ""
                try changeLog?.write([String(change.row), String(change.line), change.column, cell, change.old, change.new, change.rule])
            }
            let target = target
            let report = try Cleaner(rules: rules, options: options).clean(
                path: file,
                makeWriter: { reader -> any RecordWriter in
                    sheetName = (reader as? any WorkbookSource)?.sheetName
                    if inPlace { return DiscardingWriter() }
                    // Another workbook target is written as a new workbook: same sheet name, same columns.
                    if let target, (target as NSString).pathExtension.lowercased() == "xlsx" {
                        let made = try WorkbookWriter(path: target, sheetName: sheetName ?? "Sheet1")
                        outputWorkbook = made
                        return made
                    }
                    let sink: OutputSink
                    if let target {
                        let made = try AtomicOutputFile(path: target)
                        outputFile = made
                        sink = made
                    } else {
                        sink = NullOutput()
                    }
                    let bom = reader.encoding == .utf8BOM || reader.encoding == .utf16LE || reader.encoding == .utf16BE
                    return CSVWriter(
                        sink: sink,
                        options: CSVWriteOptions(
                            delimiter: reader.delimiter,
                            lineEnding: reader.lineEnding ?? .crlf,
                            byteOrderMark: bom))
                },
                onChange: { change in
                    if inPlace { held.append(change) } else { try logChange(change) }
                })
            guard report.recordType != nil else {
                // Nothing was recognised, so nothing was cleaned: writing a copy would only transcode
                // (or garble) a file sachsong cannot read as an export.
                throw WorkbookOutputFailure("\(file): không nhận ra loại hồ sơ từ dòng tiêu đề (dùng --type); không ghi tệp kết quả.")
            }
            var formulaCells: [CellEdit] = []
            if inPlace, let target, let sheetName {
                let edits = CellEdit.merged(
                    held.map { change in
                        CellEdit(
                            row: change.line, column: change.columnIndex, text: change.new, mark: markChanges ? .changed : nil,
                            comment: markChanges ? ["Giá trị cũ: «\(change.old)»", "Sửa bởi sachsong (\(change.rule))."] : [])
                    })
                let outcome = try WorkbookEditor.edit(source: file, target: target, sheet: sheetName, edits: edits)
                formulaCells = outcome.skipped
                let left = Set(outcome.skipped.map { "\($0.row):\($0.column)" })
                for change in held where !left.contains("\(change.line):\(change.columnIndex)") { try logChange(change) }
            }
            try changeLog?.flush()
            try outputFile?.commit()
            try outputWorkbook?.commit()
            try changesFile?.commit()
            return Outcome(report: report, sheetName: sheetName, formulaCells: formulaCells)
        } catch {
            outputFile?.abort()
            outputWorkbook?.abort()
            changesFile?.abort()
            throw error
        }
    }
}
