import ArgumentParser
import CSVInput
import ExcelInput
import Foundation
import SachSongReport

/// `sachsong inspect`: what the reader sees in each file — encoding, delimiter, rows, columns,
/// structural problems — and how each column is read (the field it holds, and how it matched).
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Tóm tắt cấu trúc từng tệp CSV hoặc Excel: bảng mã, dấu phân cách, trang tính, số dòng, số cột, lỗi cấu trúc."
    )

    @Argument(help: "Tệp CSV, thư mục, hoặc - cho đầu vào chuẩn.")
    var paths: [String]

    @Option(help: "Dấu phân cách bắt buộc: , ; tab |")
    var delimiter: String?

    @Option(help: "Bảng mã bắt buộc: utf-8, utf-16le, utf-16be, windows-1258.")
    var encoding: String?

    @Option(help: "Trang tính của tệp Excel: tên hoặc số thứ tự (mặc định: trang đầu tiên có dữ liệu).")
    var sheet: String?

    @Option(help: "Bắt buộc loại hồ sơ.")
    var type: String?

    @OptionGroup var ruleOption: RulesOption

    @OptionGroup var mapOption: MapOption

    @OptionGroup var limits: InputLimitOptions

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
        limits.apply(to: &options)
        var failed = false
        let compiled = try ruleOption.load(map: mapOption.map)
        for path in try InputFiles.expand(paths) {
            do {
                let table = RecordTable(
                    reader: try RecordSources.open(path: path, options: options, sheet: sheet),
                    headerPolicy: compiled.headerPolicy())
                try table.read(onHeader: { _ in }, onRow: { _ in })
                print(FileSummary(table: table).text)
                if let names = table.header?.names {
                    print(ColumnListing(compiled.columns(header: names, fileName: (path as NSString).lastPathComponent, type: type)).text)
                }
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}
