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
        """
    )

    @Argument(help: "Tệp CSV, thư mục (đọc mọi tệp .csv/.tsv/.txt bên trong), hoặc - cho đầu vào chuẩn.")
    var paths: [String]

    @OptionGroup var common: CommonCheckOptions

    @Option(help: "Định dạng báo cáo: text, json, csv.")
    var format: ReportFormat = .text

    @Option(help: "Ghi báo cáo vào tệp thay vì màn hình.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Mức gây mã thoát 1: error, warning, never.")
    var failOn: FailLevel = .error

    func run() throws {
        let rules = try common.loadRules()
        let options = try common.checkOptions()
        let files = try InputFiles.expand(paths)
        if files.isEmpty {
            throw ExitWithMessage(code: 2, message: "Không có tệp CSV nào để kiểm tra trong: \(paths.joined(separator: ", "))")
        }
        let report = RunChecker(rules: rules, options: options).check(paths: files)
        try ReportOutput.write(report, format: format, to: output)
        for failure in report.failures { Console.error(failure.message) }
        if !report.failures.isEmpty { throw ExitCode(2) }
        if failOn.fails(report.worstSeverity) { throw ExitCode(1) }
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
