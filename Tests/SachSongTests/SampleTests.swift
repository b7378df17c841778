import CSVInput
import Foundation
import TestSupport
import SachSong
import SachSongSample
import Testing

/// `sachsong sample`: deterministic, valid when nothing is planted, and every planted problem is
/// found by the engine at its file, row, column and rule.
@Suite struct SampleTests {

    /// A fresh temporary folder.
    static func folder(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "sachsong-sample-\(name)-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    static func generate(
        _ name: String, schools: Int = 2, students: Int = 200, staff: Int = 20, rate: Double, seed: UInt64 = 7,
        variant: SampleVariant = .utf8
    ) throws -> (String, SampleSummary) {
        let dir = folder(name)
        let options = SampleOptions(
            schools: schools, students: students, staff: staff, defectRate: rate, seed: seed,
            asOf: FixtureSupport.asOf, variant: variant)
        let summary = try SampleGenerator(rules: FixtureSupport.rules.ruleSet, options: options).write(to: dir)
        return (dir, summary)
    }

    static func check(_ dir: String, _ summary: SampleSummary) -> RunReport {
        let paths = summary.files.map { dir + "/" + $0.path }
        return RunChecker(rules: FixtureSupport.rules, options: CheckOptions(asOf: FixtureSupport.asOf)).check(paths: paths)
    }

    /// Every file's bytes, by relative path.
    static func contents(_ dir: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = URL(fileURLWithPath: dir)
        for case let url as URL in FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)! {
            guard !url.hasDirectoryPath else { continue }
            result[String(url.path.dropFirst(base.path.count))] = try Data(contentsOf: url)
        }
        return result
    }

    @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
        let (a, _) = try Self.generate("a", students: 120, staff: 12, rate: 0.1, seed: 42, variant: .mixed)
        let (b, _) = try Self.generate("b", students: 120, staff: 12, rate: 0.1, seed: 42, variant: .mixed)
        let (c, _) = try Self.generate("c", students: 120, staff: 12, rate: 0.1, seed: 43, variant: .mixed)
        defer { for d in [a, b, c] { try? FileManager.default.removeItem(atPath: d) } }
        let ca = try Self.contents(a), cb = try Self.contents(b), cc = try Self.contents(c)
        #expect(ca.count == 2 * 7 + 1)
        #expect(ca == cb)
        #expect(ca.keys.sorted() == cc.keys.sorted())
        #expect(ca["/truong_001_thcs/hoc_sinh.csv"] != cc["/truong_001_thcs/hoc_sinh.csv"])
        #expect(ca["/planted.json"] != cc["/planted.json"])
    }

    @Test func noDefectsNoErrorsNorWarnings() throws {
        let (dir, summary) = try Self.generate("clean", rate: 0)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(summary.planted == 0)
        let report = Self.check(dir, summary)
        #expect(report.failures.isEmpty)
        #expect(report.files.count == 14)
        for file in report.files {
            #expect(file.recordType == URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent, "\(file.path)")
            #expect(file.rows > 0, "\(file.path)")
            let problems = file.findings.filter { $0.severity != .info }
            #expect(problems.isEmpty, "\(file.path): \(problems.prefix(5).map { "\($0.row ?? 0) \($0.column ?? "") \($0.rule) \($0.value ?? "")" })")
        }
    }

    @Test(arguments: [SampleVariant.utf8, .mixed])
    func everyPlantedProblemIsFound(_ variant: SampleVariant) throws {
        let (dir, summary) = try Self.generate("dirty-\(variant.rawValue)", rate: 0.05, variant: variant)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let key = try JSONDecoder().decode([SamplePlant].self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/planted.json")))
        #expect(key.count == summary.planted)
        #expect(key.count > 40)
        let report = Self.check(dir, summary)
        var found: Set<String> = []
        for file in report.files {
            let relative = String(file.path.dropFirst(dir.count + 1))
            for f in file.findings { found.insert("\(relative)|\(f.row ?? 0)|\(f.column ?? "")|\(f.rule)") }
        }
        let missed = key.filter { !found.contains("\($0.file)|\($0.row)|\($0.column)|\($0.rule)") }
        #expect(
            missed.isEmpty, "\(missed.count) of \(key.count) missed: \(missed.prefix(10).map { "\($0.file):\($0.row) \($0.column) \($0.rule) (\($0.kind))" })")
        // Most kinds appear at this size.
        #expect(Set(key.map(\.rule)).count >= 20)
    }

    @Test(arguments: [SampleVariant.utf8, .utf8BOM, .semicolon, .utf16, .aliases])
    func variantReadsBackAsDeclared(_ variant: SampleVariant) throws {
        let (dir, summary) = try Self.generate("v-\(variant.rawValue)", schools: 1, students: 60, staff: 8, rate: 0, variant: variant)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = Self.check(dir, summary)
        #expect(report.files.count == 7)
        for file in report.files {
            #expect(file.encoding == variant.encodingName, "\(file.path)")
            #expect(file.delimiter == String(UnicodeScalar(variant.delimiter)), "\(file.path)")
            #expect(file.recordType == URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent, "\(file.path)")
            #expect(file.errors == 0 && file.warnings == 0, "\(file.path): \(file.findings.prefix(3).map { "\($0.rule) \($0.column ?? "")" })")
        }
    }

    @Test func mixedVariantCyclesThroughTheForms() throws {
        let (_, summary) = try { () throws -> (String, SampleSummary) in
            let r = try Self.generate("mixed", schools: 1, students: 30, staff: 5, rate: 0, variant: .mixed)
            try? FileManager.default.removeItem(atPath: r.0)
            return r
        }()
        #expect(Set(summary.files.map(\.variant)) == [.utf8, .utf8BOM, .semicolon, .utf16, .aliases])
    }
}
