import Foundation
import TestSupport
import Testing
import SachSong

/// Exports worded and shaped as other school systems write them (`fixtures/other_systems`,
/// written by its own script, not by `sample`): each file is taken for its record type, no
/// renamed column is called unknown, every planted problem is found at its row and column,
/// other rows carry no error, and the indicators equal those the script computed on its own.
@Suite("Exports of other systems")
struct OtherSystemsTests {
    struct Expected: Decodable {
        struct Planted: Decodable {
            let file: String
            let row: Int
            let column: String
            let rule: String
        }
        struct Counts: Decodable {
            let numerator: Int
            let denominator: Int
        }
        let recordTypes: [String: String]
        let findings: [Planted]
        let indicators: [String: Counts]
        /// Indicators that cannot be counted, with a word their reason must give.
        let null: [String: String]?
    }

    static let expected: [String: Expected] = {
        let url = FixtureSupport.fixtures.appendingPathComponent("other_systems/expected.json")
        return try! JSONDecoder().decode([String: Expected].self, from: Data(contentsOf: url))
    }()

    static let schools = expected.keys.sorted()

    static func folder(_ school: String) -> String { FixtureSupport.path("other_systems/\(school)") }

    static func files(_ school: String) -> [String] {
        expected[school]!.recordTypes.keys.sorted().map { "\(folder(school))/\($0)" }
    }

    @Test("Every file is taken for its record type and every column is recognised", arguments: schools)
    func recognised(school: String) throws {
        let report = FixtureSupport.check(Self.files(school))
        #expect(report.failures.isEmpty)
        for file in report.files {
            let name = (file.path as NSString).lastPathComponent
            #expect(file.recordType == Self.expected[school]!.recordTypes[name], "\(name)")
            let unknown = file.columns.filter { $0.how == .generic }.map(\.header)
            #expect(unknown.isEmpty, "\(name): columns called unknown: \(unknown)")
            #expect(!file.findings.contains { $0.rule == "schema.unknown-header" || $0.rule == "du.missing-column" })
        }
    }

    @Test("Every planted problem is found; rows without one carry no error", arguments: schools)
    func findings(school: String) throws {
        let expected = Self.expected[school]!
        let report = FixtureSupport.check(Self.files(school))
        for file in report.files {
            let name = (file.path as NSString).lastPathComponent
            let planted = expected.findings.filter { $0.file == name }
            for problem in planted {
                let hit = file.findings.contains { $0.rule == problem.rule && $0.row == problem.row && $0.column == problem.column }
                #expect(
                    hit,
                    "\(school)/\(name): not found \(problem.rule) at row \(problem.row) «\(problem.column)»\n\(file.findings.filter { $0.row == problem.row }.map(FixtureSupport.describe))"
                )
            }
            let plantedRows = Set(planted.map(\.row))
            let stray = file.findings.filter { $0.severity == .error && !plantedRows.contains($0.row ?? -1) }
            #expect(stray.isEmpty, "\(school)/\(name): errors on clean rows:\n\(stray.map(FixtureSupport.describe).joined(separator: "\n"))")
        }
    }

    @Test("Indicators equal the independent computation; those without data say what is missing", arguments: schools)
    func indicators(school: String) throws {
        let expected = Self.expected[school]!
        let report = IndicatorRunner(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf))
            .run(path: Self.folder(school))
        let figures = try #require(report.schools.first)
        for (id, counts) in expected.indicators {
            let ratio = figures.ratios[id]
            #expect(
                ratio?.numerator == counts.numerator && ratio?.denominator == counts.denominator && ratio?.known == true,
                "\(school) \(id): \(String(describing: ratio)) ≠ \(counts.numerator)/\(counts.denominator)")
        }
        for (id, word) in expected.null ?? [:] {
            let ratio = figures.ratios[id]
            #expect(ratio?.rate == nil, "\(school) \(id) should have no rate")
            #expect(ratio?.missing?.contains(word) == true, "\(school) \(id): \(ratio?.missing ?? "no reason") lacks «\(word)»")
        }
    }
}
