import Foundation

/// The `sachsong` executable run as a child by the command-line suites.
public enum ChildProcess {
    /// The executable built beside the tests, else the debug build of the package at `root`.
    public static func sachsong(root: URL) -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sachsong")
        return FileManager.default.fileExists(atPath: beside.path) ? beside : root.appendingPathComponent(".build/debug/sachsong")
    }

    /// Runs `executable` to its end in `directory` (with `environment`, or this one's) and
    /// returns its exit status and what it wrote.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL,
        environment: [String: String]? = nil
    ) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
