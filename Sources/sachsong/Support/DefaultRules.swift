import Foundation

/// Where the default profile lives: `$SACHSONG_RULES`; else, going up from the executable's real
/// location (symbolic links followed, so a link on PATH to `.build/release/sachsong` works),
/// `rules/` or `share/sachsong/rules/` (an installed layout: `bin/sachsong` beside
/// `share/sachsong/rules`); else `rules/` of the package the executable was built from; else
/// `rules/` in the current directory.
enum DefaultRules {
    static func directory() -> String {
        if let path = ProcessInfo.processInfo.environment["SACHSONG_RULES"], !path.isEmpty { return path }
        let manager = FileManager.default
        // argv[0] is a bare name when the program was found through PATH: ask for the real file.
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var url = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for relative in ["rules", "share/sachsong/rules"] {
                let candidate = url.appendingPathComponent(relative)
                if manager.fileExists(atPath: candidate.appendingPathComponent("profile.yaml").path) { return candidate.path }
            }
            url = url.deletingLastPathComponent()
        }
        // Sources/sachsong/Support/DefaultRules.swift → the package root.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("rules")
        if manager.fileExists(atPath: source.appendingPathComponent("profile.yaml").path) { return source.path }
        return "rules"
    }
}
