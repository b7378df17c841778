import CSVInput
import Foundation
import Testing
@testable import SachSong

/// Every check's own examples, run through the whole engine (reader, header mapping, field and
/// row checks) with the default profile: a valid example must not trigger the check, an invalid
/// one must.
@Suite("Check examples")
struct CheckExampleTests {
    static let rules: CompiledRules = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return CompiledRules(try! RuleSetLoader.load(directory: root.appendingPathComponent("rules").path))
    }()

    static let cases: [(id: String, index: Int)] = CheckCatalog.all.flatMap { check in
        check.examples.indices.map { (check.id, $0) }
    }

    /// Writes the example as a one-row CSV whose header uses each field's canonical header.
    static func findings(for example: CheckExample) throws -> [Finding] { try report(for: example).findings }

    /// The report of the example's one-row file, with `adjust` applied to the options.
    static func report(for example: CheckExample, _ adjust: (inout CheckOptions) -> Void = { _ in }) throws -> FileReport {
        let type = try #require(rules.ruleSet.recordType(example.recordType))
        let header = example.fields.map { id, _ in type.field(id)?.header ?? id }
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("sachsong-example-\(UUID().uuidString).csv").path
        let file = try AtomicOutputFile(path: path)
        let writer = CSVWriter(sink: file)
        try writer.write(header)
        try writer.write(example.fields.map(\.1))
        try writer.flush()
        try file.commit()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = CheckOptions(asOf: example.asOf, recordType: example.recordType)
        adjust(&options)
        return try FileChecker(rules: rules, options: options).check(path: path)
    }

    @Test("Every check has a summary, a known dimension and examples", arguments: CheckCatalog.all.map { $0.id })
    func metadata(id: String) throws {
        let check = try #require(CheckCatalog.check(id))
        #expect(!check.summary.isEmpty)
        #expect(check.summary.precomposedStringWithCanonicalMapping == check.summary)
        #expect(id.allSatisfy { $0.isASCII })
        if id != UnrecognisedFileCheck.id { #expect(!check.examples.isEmpty) }
    }

    @Test("Rule ids are unique")
    func uniqueIDs() {
        let ids = CheckCatalog.all.map { $0.id }
        #expect(Set(ids).count == ids.count)
    }

    @Test("Examples behave as declared", arguments: cases)
    func example(id: String, index: Int) throws {
        let check = try #require(CheckCatalog.check(id))
        let example = check.examples[index]
        let found = try Self.findings(for: example).filter { $0.rule == id }
        let fields = example.fields.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
        if example.triggers {
            #expect(!found.isEmpty, "\(id) should fire on \(fields)")
            for finding in found {
                #expect(finding.message.precomposedStringWithCanonicalMapping == finding.message)
            }
        } else {
            #expect(found.isEmpty, "\(id) should not fire on \(fields): \(found.map(\.message))")
        }
    }

    @Test(
        "Every rule fires on its example with every other rule disabled: what it needs runs for it",
        arguments: CheckCatalog.all.filter { $0.examples.contains(where: { $0.triggers }) }.map { $0.id })
    func alone(id: String) throws {
        let check = try #require(CheckCatalog.check(id))
        let others = Set(RuleCatalogue.entries.map(\.id)).subtracting([id])
        for example in check.examples where example.triggers {
            let report = try Self.report(for: example) { $0.disabled = others }
            let fields = example.fields.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
            #expect(report.findings.contains { $0.rule == id }, "\(id) alone should fire on \(fields)")
            #expect(report.findings.allSatisfy { $0.rule == id }, "only \(id) reported: \(report.findings.map(\.rule))")
        }
    }

    @Test(
        "Every rule goes through the one policy: it can be disabled, re-levelled and limited, and is counted",
        arguments: CheckCatalog.all.filter { $0.examples.contains(where: { $0.triggers }) }.map { $0.id })
    func policy(id: String) throws {
        let check = try #require(CheckCatalog.check(id))
        let example = try #require(check.examples.first(where: { $0.triggers }))
        let plain = try Self.report(for: example)
        #expect(plain.findings.contains { $0.rule == id }, "\(id) fires on its own example")
        let disabled = try Self.report(for: example) { $0.disabled = [id] }
        #expect(!disabled.findings.contains { $0.rule == id }, "\(id) disabled")
        #expect(disabled.countsByRule[id, default: 0] == 0, "\(id) disabled is not counted")
        let relevelled = try Self.report(for: example) { $0.severities[id] = .info }
        let mine = relevelled.findings.filter { $0.rule == id }
        #expect(!mine.isEmpty && mine.allSatisfy { $0.severity == .info }, "\(id) re-levelled to info")
        for limit in [(rule: 0, file: Int.max), (rule: 10_000, file: 0)] {
            let limited = try Self.report(for: example) {
                $0.maxFindingsPerRule = limit.rule
                $0.maxFindingsPerFile = limit.file
            }
            #expect(!limited.findings.contains { $0.rule == id }, "\(id) under \(limit)")
            #expect(limited.countsByRule[id] == plain.countsByRule[id], "\(id) counted under \(limit)")
            // Two findings on one cell fold into one (SameCellFindings) only when both are kept:
            // with one of them over a limit, the other stands and is counted on its own.
            let folds = SameCellFindings.pairs.contains { $0.keep == id || $0.fold == id }
            if folds {
                #expect(limited.errors + limited.warnings >= plain.errors + plain.warnings, "\(id) totals under \(limit)")
            } else {
                #expect(limited.errors == plain.errors && limited.warnings == plain.warnings, "\(id) totals under \(limit)")
            }
        }
    }
}
