import Foundation
import TestSupport
import Testing
import SachSong

/// The rules of the 2026 legal review, one fixture row each (`fixtures/law_2026`): the ID number
/// from birth, foreigners, phone numbering, over-age, card renewal, VNeID and the card, the ID's
/// province against the place of birth registration.
@Suite("Law as it stands in 2026")
struct LawTests {
    struct Expected: Decodable {
        struct Planted: Decodable {
            let file: String
            let row: Int
            let column: String
            let rule: String
            let severity: String?
        }
        struct Absent: Decodable {
            let file: String
            let row: Int
            let rulePrefix: String
        }
        struct Counts: Decodable {
            let numerator: Int
            let denominator: Int
        }
        let findings: [Planted]
        let noRule: [Absent]
        let indicators: [String: Counts]
    }

    static let folder = FixtureSupport.path("law_2026/truong_luat")
    static let expected = try! JSONDecoder().decode(
        Expected.self, from: Data(contentsOf: FixtureSupport.fixtures.appendingPathComponent("law_2026/expected.json")))

    @Test("Every rule's row gives its finding at its severity; the rows of foreigners and merged provinces give no cccd finding")
    func findings() throws {
        let report = FixtureSupport.check(["hoc_sinh.csv", "nhan_su.csv"].map { "\(Self.folder)/\($0)" })
        for file in report.files {
            let name = (file.path as NSString).lastPathComponent
            let planted = Self.expected.findings.filter { $0.file == name }
            for p in planted {
                let hit = file.findings.first { $0.rule == p.rule && $0.row == p.row && $0.column == p.column }
                #expect(
                    hit != nil,
                    "\(name): \(p.rule) at row \(p.row) «\(p.column)» not found: \(file.findings.filter { $0.row == p.row }.map(FixtureSupport.describe))")
                if let severity = p.severity { #expect(hit?.severity.rawValue == severity, "\(p.rule) row \(p.row)") }
            }
            for absent in Self.expected.noRule where absent.file == name {
                let found = file.findings.filter { $0.row == absent.row && $0.rule.hasPrefix(absent.rulePrefix) }
                #expect(found.isEmpty, "\(name) row \(absent.row): \(found.map(FixtureSupport.describe))")
            }
            let plantedRows = Set(planted.map(\.row))
            let stray = file.findings.filter { $0.severity == .error && !plantedRows.contains($0.row ?? -1) }
            #expect(stray.isEmpty, "\(name): \(stray.map(FixtureSupport.describe))")
        }
    }

    @Test("Foreigners are outside the 3.2 denominators; a 7-year-old without an ID number is incomplete")
    func indicators() throws {
        let options = CheckOptions(asOf: FixtureSupport.asOf)
        let school = try #require(IndicatorRunner(rules: FixtureSupport.rules, options: options).run(path: Self.folder).schools.first)
        for (id, counts) in Self.expected.indicators {
            #expect(school.ratios[id] == Ratio(numerator: counts.numerator, denominator: counts.denominator), "\(id): \(String(describing: school.ratios[id]))")
        }
        #expect(school.nonCitizens["hoc_sinh_xac_thuc"] == 1)
        #expect(school.ratios["hoc_sinh"]?.numerator == 7 && school.ratios["hoc_sinh"]?.denominator == 8)
    }
}
