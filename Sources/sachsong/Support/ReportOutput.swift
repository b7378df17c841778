import CSVInput
import Foundation
import SachSong
import SachSongReport

/// Writes a report to a file (atomically: a temporary file renamed when complete) or to
/// standard output.
enum ReportOutput {
    static func write(to path: String?, _ body: (OutputSink) throws -> Void) throws {
        guard let path else {
            try body(StandardOutput())
            return
        }
        let file: AtomicOutputFile
        do { file = try AtomicOutputFile(path: path) } catch {
            throw ExitWithMessage(code: 2, message: "\(error)")
        }
        do {
            try body(file)
            try file.commit()
        } catch {
            file.abort()
            throw ExitWithMessage(code: 2, message: "\(error)")
        }
    }

    static func write(_ report: RunReport, format: ReportFormat, to path: String?) throws {
        try write(to: path) { sink in
            switch format {
            case .text: try sink.write(text: TextRenderer(color: path == nil && Console.stdoutIsTerminal).render(report))
            case .json: try sink.write(text: JSONRenderer().render(report))
            case .csv: try FindingsCSVRenderer().write(report, to: sink)
            case .sarif:
                try sink.write(text: SARIFRenderer(baseDirectory: FileManager.default.currentDirectoryPath).render(report))
            case .github: try sink.write(text: GitHubAnnotationsRenderer().render(report))
            case .xlsx: throw ExitWithMessage(code: 64, message: "--format xlsx cần --output TỆP.xlsx.")
            }
        }
    }
}

extension OutputSink {
    /// Writes a string as UTF-8.
    func write(text: String) throws {
        try Array(text.utf8).withUnsafeBytes { try write($0) }
    }
}
