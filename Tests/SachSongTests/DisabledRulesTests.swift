import Foundation
import TestSupport
import Testing
@testable import SachSong
import SachSongSample

/// Disabling rules skips the work only they need (`CheckDispatch`); it must never change what
/// the rules still enabled find.
@Suite("Disabled rules")
struct DisabledRulesTests {
    /// The findings of a run, as comparable across settings: a finding that names another rule's
    /// aspect of the same cell ("(Cùng ô: …)") is compared without that note, and the findings
    /// folded into another one (`SameCellFindings`) are left out, as they stand alone only when
    /// the rule they fold into is disabled.
    static func findings(_ path: String, disabled: Set<String>) -> [Finding] {
        var options = CheckOptions(asOf: FixtureSupport.asOf, disabled: disabled)
        options.tallies = false
        let folded = Set(SameCellFindings.pairs.map(\.fold))
        return RunChecker(rules: FixtureSupport.rules, options: options).check(paths: [path]).files.flatMap(\.findings)
            .filter { !folded.contains($0.rule) }
            .map { finding in
                var plain = finding
                if let note = plain.message.range(of: " (Cùng ô: ") { plain.message = String(plain.message[..<note.lowerBound]) }
                return plain
            }
    }

    @Test(
        "Every dirty fixture, with random halves of the rules disabled: the others' findings unchanged",
        arguments: FixtureSupport.recordTypes)
    func othersUnchanged(type: String) {
        let path = FixtureSupport.path("\(type)/dirty.csv")
        let all = Self.findings(path, disabled: [])
        #expect(!all.isEmpty)
        let ids =
            CheckCatalog.all.map { $0.id } + [
                "excel.id-number", "excel.scientific", "excel.phone-number",
                "excel.date-text", "excel.trailing-empty", "sach.legacy-font"
            ]
        var generator = SplitMix64(seed: UInt64(type.utf8.count))
        for _ in 0..<6 {
            let disabled = Set(ids.filter { _ in Bool.random(using: &generator) })
            let kept = Self.findings(path, disabled: disabled)
            #expect(kept == all.filter { !disabled.contains($0.rule) }, "disabled: \(disabled.sorted())")
        }
        // Everything but one rule: the run that skips the most.
        for id in Set(all.map(\.rule)) {
            let kept = Self.findings(path, disabled: Set(ids).subtracting([id]))
            #expect(kept == all.filter { $0.rule == id || !ids.contains($0.rule) }, "only \(id)")
        }
    }
}

/// Duplicates across files go through the same settings as every other finding.
@Suite("Rule settings across files")
struct CrossFileSettingsTests {
    static func run(_ options: CheckOptions) -> RunReport {
        let files = ["truong_thcs_an_phu/hoc_sinh.csv", "truong_thcs_hoa_binh/hoc_sinh.csv", "truong_thcs_hoa_binh/hoc_sinh_bo_sung.csv"]
        return RunChecker(rules: FixtureSupport.rules, options: options).check(paths: files.map { FixtureSupport.path("district/\($0)") })
    }

    @Test("--disable sach.duplicate-key silences a code repeated in two files, and the run passes")
    func disabledAcrossFiles() {
        let on = Self.run(CheckOptions(asOf: FixtureSupport.asOf))
        #expect(on.files.flatMap(\.findings).contains { $0.rule == "sach.duplicate-key" })
        let off = Self.run(CheckOptions(asOf: FixtureSupport.asOf, disabled: ["sach.duplicate-key"]))
        #expect(!off.files.flatMap(\.findings).contains { $0.rule == "sach.duplicate-key" })
        #expect(off.errors == 0)
    }

    @Test("--severity sach.duplicate-key=info re-levels a repeat across files")
    func relevelledAcrossFiles() {
        var options = CheckOptions(asOf: FixtureSupport.asOf)
        options.severities = ["sach.duplicate-key": .info]
        let run = Self.run(options)
        let repeats = run.files.flatMap(\.findings).filter { $0.rule == "sach.duplicate-key" }
        #expect(repeats.count == 4)
        #expect(repeats.allSatisfy { $0.severity == .info })
        #expect(run.errors == 0)
    }

    @Test("--max-findings-per-rule 0 keeps no repeat across files but counts them all")
    func limitedAcrossFiles() {
        var options = CheckOptions(asOf: FixtureSupport.asOf)
        options.maxFindingsPerRule = 0
        let run = Self.run(options)
        #expect(run.files.flatMap(\.findings).isEmpty)
        #expect(run.errors == 4)
    }

    @Test("--max-findings keeps at most that many findings per file, repeats across files included, and counts them all")
    func perFileLimitAcrossFiles() {
        let all = Self.run(CheckOptions(asOf: FixtureSupport.asOf))
        for limit in [0, 1] {
            var options = CheckOptions(asOf: FixtureSupport.asOf)
            options.maxFindingsPerFile = limit
            let run = Self.run(options)
            for (file, full) in zip(run.files, all.files) {
                #expect(file.findings.count <= limit, "\(file.path): \(file.findings.map(\.rule))")
                #expect(file.errors == full.errors && file.warnings == full.warnings, "\(file.path)")
                #expect(file.countsByRule == full.countsByRule, "\(file.path)")
            }
        }
    }
}

/// Excel's own findings are counted whatever the per-rule limit keeps, as every other finding is.
@Suite("Excel findings under the limits")
struct ExcelLimitTests {
    @Test("--max-findings-per-rule 0: a workbook whose only error is excel.scientific still fails")
    func scientificCountedUnderZero() throws {
        let others: Set<String> = ["cccd.lost-zero", "dung.phone", "sach.date-format", "cccd.format"]
        func run(_ limit: Int) throws -> FileReport {
            var options = CheckOptions(asOf: FixtureSupport.asOf, disabled: others)
            options.maxFindingsPerRule = limit
            return try FileChecker(rules: FixtureSupport.rules, options: options).check(path: FixtureSupport.path("xlsx/hoc_sinh.xlsx"))
        }
        let all = try run(10_000)
        #expect(all.findings.filter { $0.severity == .error }.map(\.rule) == ["excel.scientific"])
        let none = try run(0)
        #expect(none.findings.filter { $0.row != nil }.isEmpty)
        #expect(none.errors == all.errors && none.warnings == all.warnings)
        #expect(none.countsByRule["excel.scientific"] == 1)
    }

    @Test("--max-findings 0: a workbook keeps none of Excel's findings, file-level ones included, and counts them all")
    func perFileLimitZero() throws {
        func run(_ limit: Int) throws -> FileReport {
            var options = CheckOptions(asOf: FixtureSupport.asOf)
            options.maxFindingsPerFile = limit
            return try FileChecker(rules: FixtureSupport.rules, options: options).check(path: FixtureSupport.path("xlsx/hoc_sinh.xlsx"))
        }
        let all = try run(.max)
        #expect(all.findings.contains { $0.rule.hasPrefix("excel.") && $0.row == nil })
        let none = try run(0)
        #expect(none.findings.isEmpty, "kept: \(none.findings.map(\.rule))")
        // Excel's own rules are counted as when kept. (Findings that fold into another on the
        // same cell when both are kept — SameCellFindings — are counted apart when neither is.)
        for (rule, count) in all.countsByRule where rule.hasPrefix("excel.") { #expect(none.countsByRule[rule] == count, "\(rule)") }
        #expect(none.errors >= all.errors && none.warnings >= all.warnings)
    }
}
