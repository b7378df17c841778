import CSVInput
import Foundation
import SachSong
#if canImport(Glibc)
    import Glibc
#endif

/// Shared set-up of the modes that run the engine: the rule profile (`--rules`, default
/// `rules/` of the current directory) and the reference date (`--as-of`, default 2026-06-01,
/// the date `bench.mk` generates its data for).
enum EngineBench {
    static let options: Set<String> = ["rules", "as-of"]

    static func rules(_ arguments: BenchArguments) -> CompiledRules {
        let directory = arguments.string("rules") ?? "rules"
        do {
            return CompiledRules(try RuleSetLoader.load(directory: directory))
        } catch {
            BenchModes.fail("rules \(directory): \(error)")
        }
    }

    static func asOf(_ arguments: BenchArguments) -> SimpleDate {
        let text = arguments.string("as-of") ?? "2026-06-01"
        guard let date = DateParser.parseISO(text) else { BenchModes.fail("--as-of wants YYYY-MM-DD, got '\(text)'") }
        return date
    }

    /// Bytes of a file, or of every file under a folder.
    static func bytes(_ path: String) -> Int {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return 0 }
        if !isDirectory.boolValue {
            return ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        }
        var total = 0
        for case let url as URL in FileManager.default.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: nil)!
        where url.pathExtension == "csv" {
            total += ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
        }
        return total
    }

    static func report(_ name: String, bytes: Int, rows: Int, seconds: Double, extra: String = "") {
        print(
            "name=\(name) bytes=\(bytes) rows=\(rows) seconds=\(seconds) peak_kib=\(Measure.peakResidentKiB())"
                + (extra.isEmpty ? "" : " " + extra))
    }
}

/// `check PATH... [--rules DIR] [--as-of D]`: the default rules over files, as `sachsong check`
/// runs them (RunChecker: files in parallel, then duplicates across files), without rendering.
enum CheckMode: BenchMode {
    static let name = "check"
    static let usage = "PATH... [--rules DIR] [--as-of YYYY-MM-DD]   check files with RunChecker"

    static func run(_ arguments: [String]) throws -> Int32 {
        let parsed = BenchArguments(arguments, options: EngineBench.options)
        guard !parsed.positionals.isEmpty else { BenchModes.fail("check wants at least one FILE") }
        let rules = EngineBench.rules(parsed)
        var options = CheckOptions(asOf: EngineBench.asOf(parsed))
        options.tallies = false  // as `sachsong check`: indicator tallies are for `indicators`
        let start = Measure.now()
        let report = RunChecker(rules: rules, options: options).check(paths: parsed.positionals)
        let seconds = Measure.now() - start
        if let failure = report.failures.first { BenchModes.fail("check: \(failure.path): \(failure.message)") }
        EngineBench.report(
            "check", bytes: parsed.positionals.reduce(0) { $0 + EngineBench.bytes($1) }, rows: report.rows,
            seconds: seconds, extra: "errors=\(report.errors) warnings=\(report.warnings)")
        return 0
    }
}

/// Discards what is written.
final class DiscardingSink: OutputSink {
    private(set) var bytes = 0
    func write(_ buffer: UnsafeRawBufferPointer) throws { bytes += buffer.count }
}

/// `clean FILE [--rules DIR]`: the safe fixes over FILE with Cleaner; the cleaned CSV is
/// serialised by CSVWriter into a sink that only counts the bytes (no disk in the figure).
enum CleanMode: BenchMode {
    static let name = "clean"
    static let usage = "FILE [--rules DIR] [--as-of YYYY-MM-DD]   clean FILE with Cleaner, output discarded"

    static func run(_ arguments: [String]) throws -> Int32 {
        let parsed = BenchArguments(arguments, options: EngineBench.options)
        guard parsed.positionals.count == 1 else { BenchModes.fail("clean wants one FILE") }
        let path = parsed.positionals[0]
        let rules = EngineBench.rules(parsed)
        let sink = DiscardingSink()
        var changes = 0
        let start = Measure.now()
        let report = try Cleaner(rules: rules, options: CleanOptions(asOf: EngineBench.asOf(parsed))).clean(
            path: path,
            makeWriter: { reader in
                CSVWriter(sink: sink, options: CSVWriteOptions(delimiter: reader.delimiter, lineEnding: reader.lineEnding ?? .crlf))
            }, onChange: { _ in changes += 1 })
        let seconds = Measure.now() - start
        EngineBench.report(
            "clean", bytes: EngineBench.bytes(path), rows: report.rows, seconds: seconds,
            extra: "changed_cells=\(changes) written=\(sink.bytes)")
        return 0
    }
}

/// `indicators DIR`: criteria 3.1–3.5 for every school folder under DIR and the district.
enum IndicatorsMode: BenchMode {
    static let name = "indicators"
    static let usage = "DIR [--rules DIR] [--as-of YYYY-MM-DD]   IndicatorRunner over a district folder"

    static func run(_ arguments: [String]) throws -> Int32 {
        let parsed = BenchArguments(arguments, options: EngineBench.options)
        guard parsed.positionals.count == 1 else { BenchModes.fail("indicators wants one DIR") }
        let path = parsed.positionals[0]
        let rules = EngineBench.rules(parsed)
        let options = CheckOptions(asOf: EngineBench.asOf(parsed))
        let rows = dataRows(under: path)  // counted before the clock starts
        let start = Measure.now()
        let report = IndicatorRunner(rules: rules, options: options).run(path: path)
        let seconds = Measure.now() - start
        if let failure = report.failures.first { BenchModes.fail("indicators: \(failure.path): \(failure.message)") }
        EngineBench.report(
            "indicators", bytes: EngineBench.bytes(path), rows: rows, seconds: seconds,
            extra: "schools=\(report.schools.count)")
        return 0
    }

    /// Records minus one header per CSV file (sample data has no line breaks inside fields).
    static func dataRows(under path: String) -> Int {
        var rows = 0
        for case let url as URL in FileManager.default.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: nil)!
        where url.pathExtension == "csv" {
            guard let data = try? Data(contentsOf: url) else { continue }
            var lines = 0
            data.withUnsafeBytes { raw in for b in raw where b == 0x0A { lines += 1 } }
            rows += max(0, lines - 1)
        }
        return rows
    }
}

/// `reconcile SCHOOL AUTHORITATIVE [--key FIELD]`: Reconciler on two files.
enum ReconcileMode: BenchMode {
    static let name = "reconcile"
    static let usage = "SCHOOL AUTHORITATIVE [--key FIELD] [--rules DIR]   Reconciler on two files"

    static func run(_ arguments: [String]) throws -> Int32 {
        let parsed = BenchArguments(arguments, options: EngineBench.options.union(["key"]))
        guard parsed.positionals.count == 2 else { BenchModes.fail("reconcile wants SCHOOL and AUTHORITATIVE") }
        let rules = EngineBench.rules(parsed)
        let start = Measure.now()
        let report = try Reconciler(rules: rules).reconcile(
            school: parsed.positionals[0], authoritative: parsed.positionals[1],
            key: parsed.string("key") ?? "so_dinh_danh")
        let seconds = Measure.now() - start
        EngineBench.report(
            "reconcile", bytes: EngineBench.bytes(parsed.positionals[0]) + EngineBench.bytes(parsed.positionals[1]),
            rows: report.schoolRows + report.authoritativeRows, seconds: seconds,
            extra: "matched=\(report.matched) consistent=\(report.consistent) mismatched=\(report.mismatched)")
        return 0
    }
}
