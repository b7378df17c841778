import Foundation
import SachSong

/// Locates the package's fixtures and runs the default rule profile over them, as the command
/// line does (`sachsong check … --as-of 2026-06-01`).
public enum FixtureSupport {
    /// The package root, found from this source file: Tests/TestSupport/FixtureSupport.swift.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    /// `fixtures/` in the package.
    public static let fixtures: URL = packageRoot.appendingPathComponent("fixtures")

    /// The reference date every fixture is written for.
    /// The one reference date of the tests (as the command line writes it: ``asOfText``).
    public static let asOf = SimpleDate(year: 2026, month: 6, day: 1)!
    public static let asOfText = "2026-06-01"

    /// The seven record types of the default profile, each with a clean and a dirty export.
    public static let recordTypes = ["hoc_sinh", "nhan_su", "truong", "co_so_vat_chat", "hoc_lieu_so", "he_thong", "hoat_dong"]

    /// The default profile (`rules/`), loaded once.
    public static let rules: CompiledRules = {
        do {
            return CompiledRules(try RuleSetLoader.load(directory: packageRoot.appendingPathComponent("rules").path))
        } catch {
            fatalError("the default rules do not load: \(error)")
        }
    }()

    /// Checks files together (duplicates across them included).
    public static func check(_ paths: [String]) -> RunReport {
        RunChecker(rules: rules, options: CheckOptions(asOf: asOf)).check(paths: paths)
    }

    /// The path of `fixtures/<relative>`.
    public static func path(_ relative: String) -> String { fixtures.appendingPathComponent(relative).path }

    /// The CSV files under a folder, recursively and sorted, as `sachsong check FOLDER` takes them.
    public static func csvFiles(under relative: String) -> [String] {
        let base = fixtures.appendingPathComponent(relative)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else {
            return []
        }
        var found: [String] = []
        for case let url as URL in walker where url.pathExtension.lowercased() == "csv" { found.append(url.path) }
        return found.sorted()
    }

    /// Decodes a JSON file of the fixtures.
    public static func decode<T: Decodable>(_ type: T.Type, from relative: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: fixtures.appendingPathComponent(relative)))
    }

    /// A finding in one line, for failure messages.
    public static func describe(_ f: Finding) -> String {
        "\(f.severity) \(f.rule) row \(f.row.map(String.init) ?? "-") «\(f.column ?? "-")» \(f.value.map { "value «\($0)» " } ?? "")— \(f.message)"
    }
}

/// One problem planted in a dirty export (`fixtures/<type>/planted.json`).
public struct PlantedProblem: Decodable, CustomStringConvertible {
    /// 1-based data row, header excluded.
    public let row: Int
    /// Column header as written in the file.
    public let column: String
    /// Rule id expected at that place.
    public let rule: String
    public let note: String

    public var description: String { "row \(row) «\(column)» \(rule) (\(note))" }
}

/// A value repeated across two files of the district (`fixtures/district/planted.json`).
public struct PlantedRepeat: Decodable {
    public struct Place: Decodable {
        /// Path relative to `fixtures/district`.
        public let file: String
        public let row: Int
        public let column: String
    }
    public let rule: String
    /// Where the value is first seen (in path order).
    public let first: Place
    /// Where it is seen again: the place the finding belongs to.
    public let repeatPlace: Place
    public let value: String
    public let note: String

    public enum CodingKeys: String, CodingKey {
        case rule, first, value, note
        case repeatPlace = "repeat"
    }
}
