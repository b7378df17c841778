import Dispatch
import Foundation

/// Checks many files: each file on its own (in parallel, one per core), then the keys of all
/// files together so that a student code or citizen ID repeated across files is found.
public final class RunChecker: @unchecked Sendable {
    public let rules: CompiledRules
    public let options: CheckOptions

    public init(rules: CompiledRules, options: CheckOptions) {
        self.rules = rules
        self.options = options
    }

    /// Checks `paths` (files or `-`), in parallel; results keep the given order.
    public func check(paths: [String]) -> RunReport {
        let checker = FileChecker(rules: rules, options: options)
        let results = ConcurrentMap.map(paths) { path, _ in try checker.check(path: path) }
        var files: [FileReport] = []
        var failures: [(String, String)] = []
        for (i, result) in results.enumerated() {
            switch result {
            case .success(let report): files.append(report)
            case .failure(let error): failures.append((paths[i], "\(error)"))
            }
        }
        CrossFileDuplicates.find(in: &files, options: options)
        return RunReport(asOf: options.asOf, files: files, failures: failures)
    }
}

/// The cross-file pass: a unique key already seen in an earlier file of the same record type
/// is reported in the later file, and at its first occurrence in the earlier file, each naming
/// the other. `--disable` and `--severity` apply as to every other finding.
enum CrossFileDuplicates {
    static func find(in files: inout [FileReport], options: CheckOptions) {
        let rule = DuplicateKeyCheck.self
        let policy = FindingPolicy(options)
        guard let severity = policy.severity(rule.id, base: rule.severity) else { return }
        var seen: [String: [KeyFingerprint: (file: Int, place: KeyPlace)]] = [:]
        // Only record types with more than one file can repeat a key across files.
        var filesByType: [String: Int] = [:]
        for file in files { if let type = file.recordType { filesByType[type, default: 0] += 1 } }
        // First occurrences in earlier files: (file, row, column) → the later places.
        var firsts: [String: (file: Int, place: KeyPlace, field: String, later: [String])] = [:]
        var firstOrder: [String] = []
        for f in files.indices {
            guard let type = files[f].recordType, filesByType[type, default: 0] > 1 else { continue }
            var additions: [Finding] = []
            for (field, index) in files[f].keys.sorted(by: { $0.key < $1.key }) {
                var scope = type + "/" + field
                if files[f].keyScopes[field] == .folder {
                    scope += "@" + (files[f].path as NSString).deletingLastPathComponent
                }
                var known = seen[scope] ?? [:]
                index.forEach { key, place in
                    if let earlier = known[key] {
                        let column = files[f].keyColumns[field]
                        additions.append(
                            Finding(
                                file: files[f].path, recordType: type, row: Int(place.row), line: Int(place.line),
                                column: column?.header, columnIndex: column?.index, value: nil,
                                rule: rule.id, dimension: rule.dimension, severity: severity,
                                message:
                                    "«\(column?.header ?? field)» trùng với tệp \(files[earlier.file].path), dòng dữ liệu \(earlier.place.row) (dòng \(earlier.place.line))."
                            ))
                        let id = "\(earlier.file)|\(earlier.place.row)|\(field)"
                        if firsts[id] == nil {
                            firsts[id] = (earlier.file, earlier.place, field, [])
                            firstOrder.append(id)
                        }
                        firsts[id]!.later.append("tệp \(files[f].path) dòng dữ liệu \(place.row) (dòng \(place.line))")
                    } else {
                        known[key] = (f, place)
                    }
                }
                seen[scope] = known
            }
            files[f].append(additions, policy: policy)
            files[f].findings.sort(by: FileChecker.order)
        }
        var byFile: [Int: [Finding]] = [:]
        for id in firstOrder {
            let first = firsts[id]!
            let file = first.file
            let column = files[file].keyColumns[first.field]
            let listed = FirstOccurrences.listing(first.later, other: "nơi")
            byFile[file, default: []].append(
                Finding(
                    file: files[file].path, recordType: files[file].recordType, row: Int(first.place.row), line: Int(first.place.line),
                    column: column?.header, columnIndex: column?.index, value: nil,
                    rule: rule.id, dimension: rule.dimension, severity: severity,
                    message: "«\(column?.header ?? first.field)» cũng có ở \(listed)."))
        }
        for (file, batch) in byFile {
            files[file].append(batch, policy: policy)
            files[file].findings.sort(by: FileChecker.order)
        }
    }
}
