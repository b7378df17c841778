import ArgumentParser
import Foundation
import SachSong

/// `sachsong rules validate DIR`: loads a profile and reports every problem with file, line and column.
struct RulesValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Nạp một bộ quy tắc và báo mọi lỗi kèm tệp, dòng, cột."
    )

    @Argument(help: "Thư mục bộ quy tắc (mặc định: rules/ của sachsong).")
    var directory: String?

    func run() throws {
        let path = directory ?? DefaultRules.directory()
        do {
            let rules = try RuleSetLoader.load(directory: path)
            let fields = rules.recordTypes.reduce(0) { $0 + $1.fields.count }
            let indicators = rules.criteria.indicators.count
            print(
                "\(path): hợp lệ — \(rules.recordTypes.count) loại hồ sơ, \(fields) trường, \(rules.lists.count) danh mục, \(rules.criteria.criteria.count) tiêu chí, \(indicators) chỉ số."
            )
        } catch let errors as RuleErrors {
            FileHandle.standardError.write(Data((errors.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
