#if canImport(Glibc)
    import Glibc
#endif

/// One benchmark mode: a subcommand of `sachsong-bench`.
protocol BenchMode: Sendable {
    /// The subcommand (`reader`, later `check`, `clean`, `indicators`).
    static var name: String { get }
    /// One line of usage, arguments after the mode's name.
    static var usage: String { get }
    /// Runs with the arguments after the mode's name; returns the exit status.
    static func run(_ arguments: [String]) throws -> Int32
}

/// The modes this executable knows.
enum BenchModes {
    static let all: [any BenchMode.Type] = [ReaderMode.self, CheckMode.self, CleanMode.self, IndicatorsMode.self, ReconcileMode.self]

    static func printUsage() {
        print("usage: sachsong-bench MODE ARGS...")
        for mode in all { print("  sachsong-bench \(mode.name) \(mode.usage)") }
    }

    static func fail(_ message: String) -> Never {
        let text = "sachsong-bench: \(message)\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        exit(64)
    }
}

/// Arguments of a mode: positionals and `--name value` options.
struct BenchArguments {
    private(set) var positionals: [String] = []
    private var options: [String: String] = [:]

    init(_ arguments: [String], options known: Set<String>) {
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument.hasPrefix("--") {
                let key = String(argument.dropFirst(2))
                guard known.contains(key) else { BenchModes.fail("unknown option \(argument)") }
                guard i + 1 < arguments.count else { BenchModes.fail("\(argument) needs a value") }
                options[key] = arguments[i + 1]
                i += 2
            } else {
                positionals.append(argument)
                i += 1
            }
        }
    }

    func string(_ key: String) -> String? { options[key] }

    func int(_ key: String, default value: Int) -> Int {
        guard let text = options[key] else { return value }
        guard let number = Int(text), number > 0 else { BenchModes.fail("--\(key) wants a positive integer, got '\(text)'") }
        return number
    }
}
