import ArgumentParser
import CSVInput
import ExcelInput
import ExcelOutput
import Foundation
import SachSong
import SachSongReport

/// `sachsong clean FILE`: safe automatic fixes, every change logged, the input never touched.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Tự động sửa những lỗi sửa được an toàn; ghi nhật ký từng ô thay đổi; không bao giờ sửa tệp gốc.",
        discussion: """
            Tệp CSV: kết quả ghi vào --output (mặc định TÊN.clean.csv cạnh tệp gốc), cùng số dòng, cùng cột, cùng thứ tự, \
            cùng dòng tiêu đề và bảng mã. Bảng tính .xlsx: kết quả (mặc định TÊN.clean.xlsx) là chính bảng tính đó, \
            chỉ các ô đã sửa đổi giá trị (ghi dạng văn bản, giữ số 0 đầu); mọi trang tính khác, định dạng, ô gộp, \
            độ rộng cột và tên vùng được giữ nguyên; --mark-changes tô màu và ghi chú các ô đã sửa. Ô có công thức \
            không bị sửa. Tệp .xls được ghi thành .xlsx chỉ có giá trị. Kết quả ghi vào tệp tạm rồi mới đổi tên khi xong. \
            Xem các sửa chữa bằng `sachsong rules list`. \
            Mã thoát: 0 thành công; 2 không đọc hoặc không ghi được tệp; 64 sai cú pháp.
            """
    )

    @Argument(help: "Tệp cần làm sạch: CSV, bảng tính .xlsx hoặc .xls.")
    var file: String

    @Option(help: "Tệp kết quả (mặc định: TÊN.clean.csv cạnh tệp gốc).")
    var output: String?

    @Option(help: "Nhật ký thay đổi (CSV UTF-8 có BOM): dòng, cột, ô (bảng tính), giá trị cũ, giá trị mới, mã quy tắc.")
    var changes: String?

    @Flag(name: .customLong("dry-run"), help: "Chỉ in nhật ký thay đổi, không ghi tệp kết quả.")
    var dryRun = false

    @Flag(name: .customLong("mark-changes"), help: "Với bảng tính .xlsx: tô màu các ô đã sửa và ghi chú giá trị cũ cùng mã quy tắc.")
    var markChanges = false

    @Option(parsing: .upToNextOption, help: "Chỉ áp dụng các sửa chữa này (mã quy tắc).")
    var only: [String] = []

    @Option(parsing: .upToNextOption, help: "Không áp dụng các sửa chữa này (mã quy tắc).")
    var except: [String] = []

    @Option(help: "Bắt buộc loại hồ sơ.")
    var type: String?

    @Option(help: "Trang tính của tệp Excel: tên hoặc số thứ tự (mặc định: trang đầu tiên có dữ liệu).")
    var sheet: String?

    @OptionGroup var ruleOption: RulesOption

    @OptionGroup var mapOption: MapOption

    @OptionGroup var limits: InputLimitOptions

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
        let compiled = try ruleOption.load(map: mapOption.map)
        var options = CleanOptions(asOf: Today.inVietnam())
        limits.apply(to: &options.read)
        options.only = Set(only)
        options.except = Set(except)
        options.recordType = type
        options.sheet = sheet
        let target = dryRun ? nil : (output ?? Self.defaultOutput(for: file))
        if let target, file != "-",
            URL(fileURLWithPath: target).resolvingSymlinksInPath().path == URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        {
            throw ExitWithMessage(code: 64, message: "Tệp kết quả trùng tệp gốc: sachsong không bao giờ ghi đè tệp gốc.")
        }
        let inPlace = CleanJob.editsInPlace(file: file, target: target)
        if markChanges && !inPlace && !dryRun {
            throw ExitWithMessage(code: 64, message: "--mark-changes chỉ dùng khi làm sạch một tệp .xlsx thành tệp .xlsx.")
        }
        do {
            let job = CleanJob(file: file, target: target, changes: changes, logToStandardOutput: dryRun, markChanges: markChanges)
            let outcome = try job.run(rules: compiled, options: options)
            let summary = summaryText(
                outcome.report, target: target, sheet: outcome.sheetName, inPlace: inPlace, formulaCells: outcome.formulaCells,
                xls: RecordSources.kind(of: file) == .xls && file != "-" && target != nil)
            if dryRun { Console.error(summary) } else { print(summary) }
        } catch let failure as ExitWithMessage {
            throw failure
        } catch {
            throw ExitWithMessage(code: 2, message: "\(error)")
        }
    }

    private func summaryText(_ report: CleanReport, target: String?, sheet: String?, inPlace: Bool, formulaCells: [CellEdit], xls: Bool) -> String {
        let source = sheet.map { "trang tính «\($0)»" } ?? "bảng mã \(report.encoding)"
        var lines = ["\(report.path): \(report.rows) dòng · loại hồ sơ \(report.recordType ?? "không nhận ra") · \(source)"]
        lines.append("  Đã sửa \(report.changedCells - formulaCells.count) ô ở \(report.changedRows) dòng.")
        for (rule, count) in report.changesByRule.sorted(by: { $0.key < $1.key }) { lines.append("    \(rule): \(count)") }
        if !formulaCells.isEmpty {
            let cells = formulaCells.prefix(10).map { CellText.reference(column: $0.column, row: $0.row) }.joined(separator: ", ")
            lines.append("  Không sửa \(formulaCells.count) ô có công thức (\(cells)\(formulaCells.count > 10 ? "…" : "")): sửa công thức trong Excel.")
        }
        for skipped in report.skippedRows.prefix(20) {
            lines.append("  Dòng dữ liệu \(skipped.row) (dòng \(skipped.line)): \(skipped.message).")
        }
        if let target {
            if inPlace {
                lines.append("  Kết quả: \(target) (bảng tính gốc, chỉ các ô đã sửa thay đổi\(markChanges ? "; ô đã sửa tô xanh, có ghi chú giá trị cũ" : ""))")
            } else if xls {
                lines.append("  Kết quả: \(target) (tệp .xls được ghi thành .xlsx chỉ có giá trị; định dạng của tệp .xls không giữ được)")
            } else {
                lines.append("  Kết quả: \(target)")
            }
        }
        if let changes { lines.append("  Nhật ký thay đổi: \(changes)") }
        return lines.joined(separator: "\n")
    }
}
