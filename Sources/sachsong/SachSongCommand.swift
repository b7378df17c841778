import ArgumentParser
import SachSong

@main
struct SachSongCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sachsong",
        abstract: "Kiểm tra dữ liệu trường học trước khi nộp: đúng, đủ, sạch, sống.",
        discussion: "Checks Vietnamese school data exports and computes the digital-data indicators 3.1–3.5.",
        version: SachSongInfo.version,
        subcommands: [InspectCommand.self, RulesCommand.self]
    )
}
