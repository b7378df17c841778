import ArgumentParser
import CSVInput
import ExcelInput
import ExcelOutput
import Foundation
import SachSong

/// `sachsong clean FILE`: safe automatic fixes, every change logged, the input never touched.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Tự động sửa những lỗi sửa được an toàn; ghi nhật ký từng ô thay đổi; không bao giờ sửa tệp gốc.",
        discussion: """
        Kết quả ghi vào --output (mặc định TÊN.clean.csv cạnh tệp gốc): cùng số dòng, cùng cột, cùng thứ tự, \
        cùng dòng tiêu đề; ghi vào tệp tạm rồi mới đổi tên khi xong. Xem các sửa chữa bằng `sachsong rules list`. \
        Mã thoát: 0 thành công; 2 không đọc hoặc không ghi được tệp; 64 sai cú pháp.
        """
    )

    @Argument(help: "Tệp CSV cần làm sạch.")
    var file: String

    @Option(help: "Tệp kết quả (mặc định: TÊN.clean.csv cạnh tệp gốc).")
    var output: String?

    @Option(help: "Nhật ký thay đổi (CSV UTF-8 có BOM): dòng, cột, giá trị cũ, giá trị mới, mã quy tắc.")
    var changes: String?

    @Flag(name: .customLong("dry-run"), help: "Chỉ in nhật ký thay đổi, không ghi tệp kết quả.")
    var dryRun = false

    @Option(parsing: .upToNextOption, help: "Chỉ áp dụng các sửa chữa này (mã quy tắc).")
    var only: [String] = []

    @Option(parsing: .upToNextOption, help: "Không áp dụng các sửa chữa này (mã quy tắc).")
    var except: [String] = []

    @Option(help: "Bắt buộc loại hồ sơ.")
    var type: String?

    @Option(help: "Trang tính của tệp Excel: tên hoặc số thứ tự (mặc định: trang đầu tiên có dữ liệu).")
    var sheet: String?

    @Option(help: "Thư mục bộ quy tắc.")
    var rules: String?

    @Option(parsing: .singleValue, help: "Gán cột cho trường, bất kể tiêu đề: 'TIÊU ĐỀ=mã_trường' (lặp lại được).")
    var map: [String] = []

    func validate() throws {
        let known = Set(CellFix.allCases.map(\.rawValue))
        for id in only + except where !known.contains(id) {
            throw ValidationError("«\(id)» không phải một sửa chữa của clean (có: \(known.sorted().joined(separator: ", "))).")
        }
        if file == "-" && output == nil && !dryRun { throw ValidationError("Đọc từ đầu vào chuẩn cần --output.") }
    }

    /// NAME.clean.csv beside the input (NAME.clean.xlsx for a workbook).
    static func defaultOutput(for input: String) -> String {
        let url = URL(fileURLWithPath: input)
        let workbook = RecordSources.kind(of: input) != .csv
        return url.deletingPathExtension().appendingPathExtension("clean").appendingPathExtension(workbook ? "xlsx" : "csv").path
    }

    func run() throws {
        let compiled = try RulesLoading.load(rules, map: map)
        var options = CleanOptions(asOf: Today.inVietnam())
        options.only = Set(only)
        options.except = Set(except)
        options.recordType = type
        options.sheet = sheet
        let target = dryRun ? nil : (output ?? Self.defaultOutput(for: file))
        if let target, file != "-",
           URL(fileURLWithPath: target).resolvingSymlinksInPath().path == URL(fileURLWithPath: file).resolvingSymlinksInPath().path {
            throw ExitWithMessage(code: 64, message: "Tệp kết quả trùng tệp gốc: sachsong không bao giờ ghi đè tệp gốc.")
        }
        var outputFile: AtomicOutputFile?
        var outputWorkbook: WorkbookWriter?
        var changesFile: AtomicOutputFile?
        var changeLog: CSVWriter?
        do {
            if let changes {
                changesFile = try AtomicOutputFile(path: changes)
            }
            let changeSink: OutputSink? = changesFile ?? (dryRun ? StandardOutput() : nil)
            if let changeSink {
                changeLog = CSVWriter(sink: changeSink, options: .excelReport)
                try changeLog!.write(["Dòng dữ liệu", "Dòng", "Cột", "Giá trị cũ", "Giá trị mới", "Mã quy tắc"])
            }
            let report = try Cleaner(rules: compiled, options: options).clean(path: file, makeWriter: { reader -> any RecordWriter in
                // A workbook target is written as a workbook: same sheet name, same columns.
                if let target, (target as NSString).pathExtension.lowercased() == "xlsx" {
                    let made = try WorkbookWriter(path: target, sheetName: (reader as? any WorkbookSource)?.sheetName ?? "Sheet1")
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
                return CSVWriter(sink: sink, options: CSVWriteOptions(delimiter: reader.delimiter,
                                                                      lineEnding: reader.lineEnding ?? .crlf,
                                                                      byteOrderMark: bom))
            }, onChange: { change in
                try changeLog?.write([String(change.row), String(change.line), change.column, change.old, change.new, change.rule])
            })
            guard report.recordType != nil else {
                // Nothing was recognised, so nothing was cleaned: writing a copy would only transcode
                // (or garble) a file sachsong cannot read as an export.
                throw ExitWithMessage(code: 2, message: "\(file): không nhận ra loại hồ sơ từ dòng tiêu đề (dùng --type); không ghi tệp kết quả.")
            }
            try changeLog?.flush()
            try outputFile?.commit()
            try outputWorkbook?.commit()
            try changesFile?.commit()
            let summary = summaryText(report, target: target)
            if dryRun { Console.error(summary) } else { print(summary) }
        } catch {
            outputFile?.abort()
            outputWorkbook?.abort()
            changesFile?.abort()
            if let failure = error as? ExitWithMessage { throw failure }
            throw ExitWithMessage(code: 2, message: "\(error)")
        }
    }

    private func summaryText(_ report: CleanReport, target: String?) -> String {
        var lines = ["\(report.path): \(report.rows) dòng · loại hồ sơ \(report.recordType ?? "không nhận ra") · bảng mã \(report.encoding)"]
        lines.append("  Đã sửa \(report.changedCells) ô ở \(report.changedRows) dòng.")
        for (rule, count) in report.changesByRule.sorted(by: { $0.key < $1.key }) { lines.append("    \(rule): \(count)") }
        for skipped in report.skippedRows.prefix(20) {
            lines.append("  Dòng dữ liệu \(skipped.row) (dòng \(skipped.line)): \(skipped.message).")
        }
        if let target { lines.append("  Kết quả: \(target)") }
        if let changes { lines.append("  Nhật ký thay đổi: \(changes)") }
        return lines.joined(separator: "\n")
    }
}

/// Discards what is written (dry runs).
final class NullOutput: OutputSink {
    func write(_ bytes: UnsafeRawBufferPointer) throws {}
}
