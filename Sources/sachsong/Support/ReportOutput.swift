import CSVInput
import Foundation
import SachSong
import SachSongReport

/// Writes a run report in the chosen format to a file (atomically) or to standard output.
enum ReportOutput {
    static func write(_ report: RunReport, format: ReportFormat, to path: String?) throws {
        let sink: OutputSink
        var file: AtomicOutputFile?
        if let path {
            do { file = try AtomicOutputFile(path: path) } catch {
                throw ExitWithMessage(code: 2, message: "\(error)")
            }
            sink = file!
        } else {
            sink = StandardOutput()
        }
        switch format {
        case .text:
            let text = TextRenderer(color: path == nil && Console.stdoutIsTerminal).render(report)
            try Array(text.utf8).withUnsafeBytes { try sink.write($0) }
        case .json:
            try Array(JSONRenderer().render(report).utf8).withUnsafeBytes { try sink.write($0) }
        case .csv:
            try FindingsCSVRenderer().write(report, to: sink)
        }
        try file?.commit()
    }
}
