import CSVInput
import Foundation
import SachSong

// libFuzzer entry point: the input is a one-file export checked with the default rules, as by
// `sachsong check FILE --as-of 2026-06-01`. The last byte picks the file name (a record type hint
// or none), a forced record type, and one of: a forced header row; the run through RunChecker with
// the file given twice (cross-file duplicates); the file checked whole and cut in two parts
// (SegmentedFileCheck), which must give the same report — a difference is a crash.

private let defaultRules = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("rules").path

private let compiled: CompiledRules = {
    do { return CompiledRules(try RuleSetLoader.load(directory: defaultRules)) } catch {
        fatalError("default rules do not load: \(error)")
    }
}()

private let dir: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let dir = (base as NSString).appendingPathComponent("sachsong-fuzz-check-\(getpid())")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}()

private let names = [
    "hoc_sinh.csv", "nhan_su.csv", "truong.csv", "co_so_vat_chat.csv", "hoc_lieu_so.csv",
    "he_thong.csv", "hoat_dong.csv", "du_lieu.csv"
]
private let types: [String?] = [nil, nil, nil, nil, "hoc_sinh", "nhan_su", "hoat_dong", "truong"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheck(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let config = size > 0 ? Int(data[size - 1]) : 0
    let path = (dir as NSString).appendingPathComponent(names[config % names.count])
    guard FileManager.default.createFile(atPath: path, contents: Data(UnsafeBufferPointer(start: data, count: size))) else { return 0 }
    defer { try? FileManager.default.removeItem(atPath: path) }
    var options = CheckOptions(
        asOf: SimpleDate(year: 2026, month: 6, day: 1)!, recordType: types[(config >> 3) % types.count],
        maxFindingsPerRule: 50)
    if (config >> 6) == 1 { options.headerRow = 2 }
    if (config >> 6) == 2 {
        options.tallies = false
        options.readChunkBytes = 64
        options.segmentBytes = .max
        let whole = try? FileChecker(rules: compiled, options: options).check(path: path)
        options.segmentBytes = 1
        let cut = try? FileChecker(rules: compiled, options: options).check(path: path)
        guard let whole, let cut else {
            if (whole == nil) != (cut == nil) { fatalError("whole and cut: one failed, the other did not") }
            return 0
        }
        if whole.findings != cut.findings || whole.rows != cut.rows || whole.errors != cut.errors
            || whole.warnings != cut.warnings || whole.infos != cut.infos || whole.rowsWithErrors != cut.rowsWithErrors
            || whole.rowsIncomplete != cut.rowsIncomplete || whole.countsByRule != cut.countsByRule
        {
            fatalError("the file cut in two gives another report than the whole file")
        }
        return 0
    }
    if (config >> 6) == 3 {
        let report = RunChecker(rules: compiled, options: options).check(paths: [path, path])
        _ = (report.files.count, report.failures.count, report.worstSeverity)
        return 0
    }
    do {
        let report = try FileChecker(rules: compiled, options: options).check(path: path)
        _ = report.findings.map { "\($0.rule) \($0.message)" }
    } catch {
        _ = "\(error)"
    }
    return 0
}
