import Foundation

/// Messages to standard error, and whether standard output is a terminal.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
}

/// An error that prints its message on standard error and exits with its code.
struct ExitWithMessage: Error, CustomStringConvertible {
    let code: Int32
    let message: String
    var description: String { message }
}
