import Foundation
@testable import SachSong

// libFuzzer entry point: the input is YAML text given to the rule loader. The last byte picks the
// file it stands for: a record type, profile.yaml, a code list or criteria.yaml read alone (fast),
// or one file of a copy of the default profile loaded whole (cross-file validation, criteria,
// compilation of the rules). Only thrown RuleError/RuleErrors are acceptable outcomes.

private let defaultRules = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("rules").path

private let work: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let dir = (base as NSString).appendingPathComponent("sachsong-fuzz-rules-\(getpid())")
    try? FileManager.default.removeItem(atPath: dir)
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let copy = (dir as NSString).appendingPathComponent("rules")
    do { try FileManager.default.copyItem(atPath: defaultRules, toPath: copy) } catch {
        fatalError("cannot copy \(defaultRules): \(error)")
    }
    return dir
}()

private let baseRuleSet: RuleSet = {
    do { return try RuleSetLoader.load(directory: (work as NSString).appendingPathComponent("rules")) } catch {
        fatalError("default rules do not load: \(error)")
    }
}()

private let replaceable = ["hoc_sinh.yaml", "profile.yaml", "criteria.yaml", "lists/gioi_tinh.yaml", "nhan_su.yaml"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let selector = size > 0 ? Int(data[size - 1]) % 10 : 0
    let rules = (work as NSString).appendingPathComponent("rules")
    _ = baseRuleSet
    do {
        switch selector {
        case 0...4:
            let single = (work as NSString).appendingPathComponent("single.yaml")
            FileManager.default.createFile(atPath: single, contents: bytes)
            switch selector {
            case 0, 1: _ = try RuleSetLoader.loadRecordType(path: single)
            case 2: _ = try RuleSetLoader.loadSettings(path: single)
            case 3: _ = try RuleSetLoader.loadList(path: single)
            default: _ = try CriteriaLoader.load(path: single, ruleSet: baseRuleSet)
            }
        default:
            let target = (rules as NSString).appendingPathComponent(replaceable[selector - 5])
            let original = FileManager.default.contents(atPath: target)!
            FileManager.default.createFile(atPath: target, contents: bytes)
            defer { FileManager.default.createFile(atPath: target, contents: original) }
            let loaded = try RuleSetLoader.load(directory: rules)
            let compiled = CompiledRules(loaded)
            _ = compiled.ruleSet.recordTypes.count
        }
    } catch let error as RuleError {
        _ = error.description
    } catch let errors as RuleErrors {
        _ = errors.description
    } catch {
        // Any other error escaping the loader is a bug: messages must name the file and line.
        fatalError("rule loader threw a foreign error: \(error)")
    }
    return 0
}
