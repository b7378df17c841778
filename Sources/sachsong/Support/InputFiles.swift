import ExcelInput
import Foundation

/// Expands command-line paths: files as given, directories recursively into their CSV files and
/// workbooks (sorted; hidden files and Excel's `~$` lock files skipped), `-` for standard input.
enum InputFiles {
    static let extensions: Set<String> = RecordSources.extensions

    static func expand(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let base = URL(fileURLWithPath: path)
                guard
                    let walker = manager.enumerator(
                        at: base, includingPropertiesForKeys: nil,
                        options: [.skipsHiddenFiles])
                else { continue }
                var found: [String] = []
                for case let url as URL in walker
                where extensions.contains(url.pathExtension.lowercased())
                    && !url.lastPathComponent.hasPrefix("~$")
                {
                    found.append(url.path)
                }
                result.append(contentsOf: found.sorted())
            } else {
                result.append(path)
            }
        }
        return result
    }
}
