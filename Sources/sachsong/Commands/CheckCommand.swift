import ArgumentParser
import CSVInput
import Foundation
import SachSong
import SachSongReport

/// `sachsong check`: every record of every file checked for đúng, đủ, sạch, sống.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra tệp dữ liệu: đúng, đủ, sạch, sống.",
        discussion: """
            Mã thoát: 0 không có phát hiện từ mức --fail-on trở lên; 1 có; 2 không đọc được tệp \
            hoặc bộ quy tắc lỗi; 64 sai cú pháp lệnh.

            Baseline: --write-baseline FILE ghi mọi phát hiện hiện có (không ghi giá trị, chỉ dấu vân tay) \
            và thoát 0; --baseline FILE bỏ qua các phát hiện đã ghi trong đó, chỉ báo phát hiện mới.
            """
    )

    @Argument(help: "Tệp CSV hoặc Excel (.xlsx, .xls), thư mục (đọc mọi tệp .csv/.tsv/.txt/.xlsx/.xls bên trong), hoặc - cho đầu vào chuẩn.")
    var paths: [String]

    @OptionGroup var common: CommonCheckOptions

    @Option(help: "Định dạng báo cáo: text, json, csv, sarif (SARIF 2.1.0), github (chú thích GitHub Actions), xlsx (bảng tính Excel, cần --output).")
    var format: ReportFormat = .text

    @Option(help: "Ghi báo cáo vào tệp thay vì màn hình.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Mức gây mã thoát 1: error, warning, never.")
    var failOn: FailLevel = .error

    @Option(help: "Tệp baseline: các phát hiện đã ghi trong đó được chấp nhận, không tính vào mã thoát và không in ra.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Ghi mọi phát hiện của lần chạy này vào tệp baseline (rồi thoát 0).")
    var writeBaseline: String?

    @Option(
        help:
            "Ghi bảng tính của chính tệp này kèm đánh dấu: ô có phát hiện được tô màu theo mức độ và có ghi chú, trang đầu «Kết quả kiểm tra» liệt kê phát hiện kèm liên kết tới ô. Giá trị các ô giữ nguyên. Tệp CSV/.xls cho ra một bảng tính .xlsx mới."
    )
    var annotate: String?

    func validate() throws {
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx cần --output TỆP.xlsx.") }
        if let annotate {
            guard paths.count == 1, paths[0] != "-" else { throw ValidationError("--annotate cần đúng một tệp (không đọc từ đầu vào chuẩn).") }
            guard (annotate as NSString).pathExtension.lowercased() == "xlsx" else {
                throw ValidationError("--annotate ghi một bảng tính: tên tệp phải có đuôi .xlsx.")
            }
        }
    }

    func run() throws {
        let rules = try common.loadRules()
        var options = try common.checkOptions()
        options.tallies = false
        let accepted = try baseline.map(BaselineFiles.read)
        // A baseline needs every finding, not the first N; the limits are applied after it.
        let limits = (perRule: options.maxFindingsPerRule, perFile: options.maxFindingsPerFile)
        let keepAll = baseline != nil || writeBaseline != nil
        if keepAll {
            options.maxFindingsPerRule = .max
            options.maxFindingsPerFile = .max
        }
        let files = try InputFiles.expand(paths)
        if files.isEmpty {
            throw ExitWithMessage(code: 2, message: "Không có tệp CSV nào để kiểm tra trong: \(paths.joined(separator: ", "))")
        }
        var report = RunChecker(rules: rules, options: options).check(paths: files)
        let here = FileManager.default.currentDirectoryPath
        if let writeBaseline {
            let written = Baseline(accepting: report, baseDirectory: here)
            try ReportOutput.write(to: writeBaseline) { sink in try sink.write(text: written.encoded()) }
            Console.error("Đã ghi \(written.entries.count) phát hiện vào baseline \(writeBaseline).")
        }
        if let accepted { report = accepted.filter(report, baseDirectory: here) }
        if keepAll { report = report.limitingFindings(perRule: limits.perRule, perFile: limits.perFile) }
        if format == .xlsx, let output {
            do { try FindingsWorkbook.write(report, to: output) } catch { throw ExitWithMessage(code: 2, message: "\(error)") }
        } else {
            try ReportOutput.write(report, format: format, to: output)
        }
        for failure in report.failures { Console.error(failure.message) }
        if !report.failures.isEmpty { throw ExitCode(2) }
        if let annotate, let file = report.files.first {
            if URL(fileURLWithPath: annotate).resolvingSymlinksInPath().path == URL(fileURLWithPath: file.path).resolvingSymlinksInPath().path {
                throw ExitWithMessage(code: 64, message: "Tệp đánh dấu trùng tệp gốc: sachsong không bao giờ ghi đè tệp gốc.")
            }
            do {
                for line in try WorkbookAnnotation.write(file, options: options, to: annotate) { Console.error(line) }
            } catch let failure as WorkbookOutputFailure {
                throw ExitWithMessage(code: 2, message: failure.description)
            }
        }
        if writeBaseline != nil { return }
        if failOn.fails(report.worstSeverity) { throw ExitCode(1) }
    }
}

/// Reading a baseline file for `check --baseline`; exits 2 naming the file when it cannot be used.
enum BaselineFiles {
    static func read(_ path: String) throws -> Baseline {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ExitWithMessage(code: 2, message: "\(path): không đọc được tệp baseline (\(error.localizedDescription)).")
        }
        do { return try Baseline.decode(data) } catch {
            throw ExitWithMessage(code: 2, message: "\(path): \(error)")
        }
    }
}

/// The severity from which `check` exits with 1.
enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, never

    func fails(_ worst: Severity?) -> Bool {
        guard let worst else { return false }
        switch self {
        case .error: return worst == .error
        case .warning: return worst >= .warning
        case .never: return false
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
