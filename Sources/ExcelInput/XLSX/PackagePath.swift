/// Paths inside an `.xlsx` package: a relationship's target made a part name, never one that
/// leaves the package.
package enum PackagePath {
    /// `target` resolved against the folder `directory` ("xl"), with "." and ".." applied; nil
    /// when it climbs out of the package ("../../etc/passwd").
    package static func resolve(_ target: String, from directory: String) -> String? {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : (directory.isEmpty ? "" : directory + "/") + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
