import ArgumentParser
import SachSong

/// `sachsong rules explain ID`: a rule's description and the examples its tests run.
struct RulesExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Giải thích một quy tắc: mô tả và ví dụ hợp lệ, không hợp lệ."
    )

    @Argument(help: "Mã quy tắc, ví dụ cccd.birth-year.")
    var id: String

    func run() throws {
        guard let entry = RuleCatalogue.entry(id) else {
            throw ExitWithMessage(code: 64, message: "Không có quy tắc «\(id)» (xem `sachsong rules list`).")
        }
        print("\(entry.id) — \(entry.dimension.label), mức \(entry.severity.label)")
        print(entry.summary)
        guard let check = CheckCatalog.check(id), !check.examples.isEmpty else { return }
        for example in check.examples {
            let fields = example.fields.map { "\($0.0) = «\($0.1)»" }.joined(separator: ", ")
            print("  \(example.triggers ? "✗ vi phạm" : "✓ hợp lệ"): \(fields) [\(example.recordType), ngày \(example.asOf)]")
        }
    }
}
