import Foundation

/// Where the default profile lives: `$SACHSONG_RULES`, else `rules/` next to the package the
/// executable was built in, else `rules/` in the current directory.
enum DefaultRules {
    static func directory() -> String {
        if let path = ProcessInfo.processInfo.environment["SACHSONG_RULES"], !path.isEmpty { return path }
        let manager = FileManager.default
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("rules/profile.yaml")
            if manager.fileExists(atPath: candidate.path) { return url.appendingPathComponent("rules").path }
            url = url.deletingLastPathComponent()
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("rules")
        if manager.fileExists(atPath: source.appendingPathComponent("profile.yaml").path) { return source.path }
        return "rules"
    }
}
