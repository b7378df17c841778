import Foundation
import Testing
@testable import SachSong

/// Disabling rules skips the work only they need (`CheckSwitches`); it must never change what
/// the rules still enabled find.
@Suite("Disabled rules")
struct DisabledRulesTests {
    static func findings(_ path: String, disabled: Set<String>) -> [Finding] {
        var options = CheckOptions(asOf: FixtureSupport.asOf, disabled: disabled)
        options.tallies = false
        return RunChecker(rules: FixtureSupport.rules, options: options).check(paths: [path]).files.flatMap(\.findings)
    }

    @Test("Every dirty fixture, with random halves of the rules disabled: the others' findings unchanged",
          arguments: FixtureSupport.recordTypes)
    func othersUnchanged(type: String) {
        let path = FixtureSupport.path("\(type)/dirty.csv")
        let all = Self.findings(path, disabled: [])
        #expect(!all.isEmpty)
        let ids = CheckCatalog.all.map { $0.id } + ["excel.id-number", "excel.scientific", "excel.phone-number",
                                                        "excel.date-text", "excel.trailing-empty", "sach.legacy-font"]
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
