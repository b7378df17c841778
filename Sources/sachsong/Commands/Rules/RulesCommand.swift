import ArgumentParser

/// `sachsong rules`: list, explain and validate rule profiles.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Xem và kiểm tra bộ quy tắc.",
        subcommands: [RulesListCommand.self, RulesExplainCommand.self, RulesValidateCommand.self]
    )
}
