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
    static func findings(for example: CheckExample) throws -> [Finding] {
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
        let options = CheckOptions(asOf: example.asOf, recordType: example.recordType)
        return try FileChecker(rules: rules, options: options).check(path: path).findings
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
}
