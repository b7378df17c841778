import ArgumentParser
import CSVInput
import Foundation

/// `sachsong inspect`: what the reader sees in each file — encoding, delimiter, rows, columns,
/// structural problems.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Tóm tắt cấu trúc từng tệp CSV: bảng mã, dấu phân cách, số dòng, số cột, lỗi cấu trúc."
    )

    @Argument(help: "Tệp CSV, thư mục, hoặc - cho đầu vào chuẩn.")
    var paths: [String]

    @Option(help: "Dấu phân cách bắt buộc: , ; tab |")
    var delimiter: String?

    @Option(help: "Bảng mã bắt buộc: utf-8, utf-16le, utf-16be, windows-1258.")
    var encoding: String?

    func validate() throws {
        if let delimiter, Delimiters.parse(delimiter) == nil {
            throw ValidationError("Dấu phân cách không hợp lệ: \(delimiter)")
        }
        if let encoding, TextEncoding(userName: encoding) == nil {
            throw ValidationError("Bảng mã không hỗ trợ: \(encoding)")
        }
    }

    func run() throws {
        var options = CSVReadOptions()
        options.delimiter = delimiter.flatMap(Delimiters.parse)
        options.encoding = encoding.flatMap(TextEncoding.init(userName:))
        var failed = false
        for path in try InputFiles.expand(paths) {
            do {
                let table = try CSVTable(path: path, options: options)
                try table.read(onHeader: { _ in }, onRow: { _ in })
                print(FileSummary(table: table).text)
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}
