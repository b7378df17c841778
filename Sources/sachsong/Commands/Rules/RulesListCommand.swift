import ArgumentParser
import CSVInput
import SachSong
import SachSongReport

/// `sachsong rules list`: every rule id with its dimension, severity and description.
struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Liệt kê mọi quy tắc: mã, khía cạnh, mức độ, mô tả."
    )

    @Option(help: "Định dạng: text hoặc json.")
    var format: ListFormat = .text

    enum ListFormat: String, ExpressibleByArgument { case text, json }

    func run() throws {
        let entries = RuleCatalogue.entries
        switch format {
        case .json:
            let q = JSONRenderer().quote
            print(
                "["
                    + entries.map {
                        "{\"id\":\(q($0.id)),\"dimension\":\(q($0.dimension.rawValue)),\"severity\":\(q($0.severity.rawValue)),\"description\":\(q($0.summary))}"
                    }.joined(separator: ",") + "]")
        case .text:
            let width = entries.map(\.id.count).max() ?? 0
            for entry in entries {
                print(
                    "\(entry.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(entry.dimension.label.padding(toLength: 4, withPad: " ", startingAt: 0))  \(entry.severity.label.padding(toLength: 9, withPad: " ", startingAt: 0))  \(entry.summary)"
                )
            }
        }
    }
}
