import ArgumentParser
import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import SachSong

@main
struct SachSongCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sachsong",
        abstract: "Kiểm tra dữ liệu trường học trước khi nộp: đúng, đủ, sạch, sống.",
        discussion: "Checks Vietnamese school data exports and computes the digital-data indicators 3.1–3.5.",
        version: SachSongInfo.version,
        subcommands: [
            CheckCommand.self, CleanCommand.self, IndicatorsCommand.self, ReportCommand.self, IdCommand.self, ReconcileCommand.self, InspectCommand.self,
            RulesCommand.self, SampleCommand.self, ServeCommand.self, ReadXLSCommand.self
        ]
    )

    /// Runs the command; `ExitWithMessage` prints its message on standard error and exits with its code.
    static func main() {
        Interrupts.install()
        // .xls files are read by this same executable in a process of its own (`__read-xls`),
        // whatever name it was installed under.
        if getenv("SACHSONG_XLS_READER") == nil, let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            setenv("SACHSONG_XLS_READER", path, 0)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as ExitWithMessage {
            Console.error(failure.message)
            Glibc.exit(failure.code)
        } catch {
            exit(withError: error)
        }
    }
}
