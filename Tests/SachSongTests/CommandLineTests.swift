import CSVInput
import Foundation
import TestSupport
import Testing
@testable import SachSong
@testable import SachSongReport

/// The `sachsong` executable end to end: arguments, output, exit codes.
@Suite("Command line")
struct CommandLineTests {
    static var root: URL { ReconcileTests.root }

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try ChildProcess.run(ChildProcess.sachsong(root: root), arguments, in: root)
    }

    @Test("id: exit 0 when consistent, 1 when not, with the parts explained")
    func id() throws {
        let ok = try Self.run(["id", "079 212 004 321", "--dob", "05/05/2012", "--gender", "nam"])
        #expect(ok.status == 0)
        #expect(ok.out.contains("Hồ Chí Minh"))
        #expect(ok.out.contains("năm 2012"))
        let parent = try Self.run(["id", "079185004321", "--dob", "05/05/2012"])
        #expect(parent.status == 1)
        #expect(parent.out.contains("cccd.parent-number"))
        let cmnd = try Self.run(["id", "023456789"])
        #expect(cmnd.status == 1)
        #expect(cmnd.out.contains("CMND"))
        let lostZero = try Self.run(["id", "79212004321"])
        #expect(lostZero.status == 1)
        let bad = try Self.run(["id", "079212004321", "--dob", "31/02/2012"])
        #expect(bad.status == 64)
    }

    @Test("reconcile: JSON summary on the fixtures, exit 1 while records disagree")
    func reconcile() throws {
        let result = try Self.run([
            "reconcile", "fixtures/reconcile/truong_hoc_sinh.csv", "fixtures/reconcile/xac_thuc_dan_cu.txt",
            "--format", "json"
        ])
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        let summary = try #require(json?["summary"] as? [String: Any])
        #expect(summary["consistent"] as? Int == 2)
        #expect(summary["schoolRows"] as? Int == 7)
        let missing = try Self.run(["reconcile", "fixtures/reconcile/truong_hoc_sinh.csv", "does-not-exist.csv"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("does-not-exist.csv"))
    }

    @Test("check: exit codes 0, 1, 2 and 64, and the JSON keys other tools rely on")
    func check() throws {
        let clean = try Self.run(["check", "fixtures/hoc_sinh/clean.csv", "--as-of", FixtureSupport.asOfText])
        #expect(clean.status == 0, "\(clean.out)")
        let dirty = try Self.run(["check", "fixtures/hoc_sinh/dirty.csv", "--as-of", FixtureSupport.asOfText, "--format", "json"])
        #expect(dirty.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dirty.out.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["tool", "asOf", "files", "summary"])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(Set(file.keys) == ["path", "recordType", "encoding", "delimiter", "rows", "columns", "findings", "summary"])
        let column = try #require((file["columns"] as? [[String: Any]])?.first)
        #expect(Set(column.keys) == ["index", "header", "field", "match"])
        let finding = try #require((file["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys) == ["rule", "dimension", "severity", "row", "line", "column", "value", "message"])
        let never = try Self.run(["check", "fixtures/hoc_sinh/dirty.csv", "--as-of", FixtureSupport.asOfText, "--fail-on", "never"])
        #expect(never.status == 0)
        let unreadable = try Self.run(["check", "no-such-file.csv"])
        #expect(unreadable.status == 2)
        #expect(unreadable.err.contains("no-such-file.csv"))
        let usage = try Self.run(["check", "fixtures/hoc_sinh/clean.csv", "--fail-on", "sometimes"])
        #expect(usage.status == 64)
        let badRule = try Self.run(["check", "fixtures/hoc_sinh/clean.csv", "--disable", "no.such-rule"])
        #expect(badRule.status == 64)
    }

    @Test("rules validate: a broken profile names file, line and column")
    func rulesValidate() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("rules"), to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let ok = try Self.run(["rules", "validate", dir.path])
        #expect(ok.status == 0)
        let path = dir.appendingPathComponent("hoc_sinh.yaml")
        var text = try String(contentsOf: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "    type: person_name\n    required: true", with: "    type: person_nam\n    required: true")
        try text.write(to: path, atomically: true, encoding: .utf8)
        let broken = try Self.run(["rules", "validate", dir.path])
        #expect(broken.status == 2)
        #expect(broken.err.contains("hoc_sinh.yaml:"))
        #expect(broken.err.contains("person_nam"))
    }

    @Test("indicators --explain masks identity numbers unless --show-personal-data")
    func explainMasking() throws {
        let args = [
            "indicators", "fixtures/indicators", "--as-of", FixtureSupport.asOfText, "--explain", "3.2.hoc_sinh_can_cuoc",
            "--school", "7900000100"
        ]
        let masked = try Self.run(args)
        #expect(masked.status == 0)
        #expect(masked.out.contains("790****002"))
        #expect(!masked.out.contains("7900000002"))
        let shown = try Self.run(args + ["--show-personal-data"])
        #expect(shown.out.contains("7900000002"))
    }

    @Test("Ctrl-C during clean: exit 130, the input untouched, nothing under the final name, no temporary file left")
    func interruptedClean() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-sigint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.csv")
        var text = "Mã định danh Bộ GD&ĐT,Họ và tên,Ngày sinh,Giới tính,Lớp,Trạng thái\n"
        for i in 0..<300_000 { text += "79\(String(format: "%08d", i)),NGUYỄN VĂN AN,01/02/2014,nu,6A1,Đang học\n" }
        try text.write(to: input, atomically: true, encoding: .utf8)
        let original = try Data(contentsOf: input)
        let output = dir.appendingPathComponent("out.csv")
        let process = Process()
        process.executableURL = ChildProcess.sachsong(root: Self.root)
        process.arguments = ["clean", input.path, "--output", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the temporary output exists, then interrupt.
        var started = false
        for _ in 0..<600 where !started {
            started = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.contains { $0.hasPrefix(".out.csv.tmp") } ?? false
            if !started { usleep(10_000) }
        }
        try #require(started, "clean never started writing")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left == ["in.csv"], "\(left)")
        #expect(try Data(contentsOf: input) == original)
    }

    @Test("Files sachsong writes (cleaned export, change log, report, findings) are readable by their owner only")
    func ownerOnlyFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-modes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("clean.csv").path, log = dir.appendingPathComponent("changes.csv").path
        let findings = dir.appendingPathComponent("findings.json").path, html = dir.appendingPathComponent("report.html").path
        _ = try Self.run(["clean", "fixtures/hoc_sinh/dirty.csv", "--output", out, "--changes", log])
        _ = try Self.run(["check", "fixtures/hoc_sinh/dirty.csv", "--as-of", FixtureSupport.asOfText, "--format", "json", "--output", findings])
        _ = try Self.run(["report", "fixtures/indicators", "--as-of", FixtureSupport.asOfText, "--output", html])
        for path in [out, log, findings, html] {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
            #expect(mode == 0o600, "\(path) has mode \(String(mode, radix: 8))")
        }
    }

    @Test("Progress and errors on standard error carry no identity number")
    func nothingPersonalOnStderr() throws {
        for args in [
            ["check", "fixtures/hoc_sinh/dirty.csv", "--as-of", FixtureSupport.asOfText],
            ["clean", "fixtures/hoc_sinh/dirty.csv", "--dry-run"],
            ["reconcile", "fixtures/reconcile/truong_hoc_sinh.csv", "fixtures/reconcile/xac_thuc_dan_cu.txt"]
        ] {
            let result = try Self.run(args)
            let digits = result.err.split(whereSeparator: { !$0.isNumber }).filter { $0.count >= 9 }
            #expect(digits.isEmpty, "\(args[0]) wrote \(digits) on standard error")
        }
    }

    @Test("Limits are configurable and become findings: field size, findings kept per rule")
    func limits() throws {
        let longField = try Self.run([
            "check", "fixtures/indicators/truong_a/hoc_sinh.csv", "--as-of", FixtureSupport.asOfText,
            "--max-field-bytes", "12", "--format", "json", "--fail-on", "never"
        ])
        #expect(longField.out.contains("csv.field-too-long"))
        func summary(_ extra: [String]) throws -> (kept: [String], errors: Int, warnings: Int) {
            let run = try Self.run(
                [
                    "check", "fixtures/hoc_sinh/dirty.csv", "--as-of", FixtureSupport.asOfText, "--format", "json",
                    "--fail-on", "never"
                ] + extra)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
            let file = try #require((json["files"] as? [[String: Any]])?.first)
            let kept = (file["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            let totals = file["summary"] as? [String: Any] ?? [:]
            return (kept, totals["errors"] as? Int ?? -1, totals["warnings"] as? Int ?? -1)
        }
        let all = try summary([])
        let capped = try summary(["--max-findings-per-rule", "1"])
        #expect(Set(capped.kept).count == capped.kept.count, "one finding kept per rule")
        #expect(capped.kept.count < all.kept.count)
        #expect(capped.errors == all.errors && capped.warnings == all.warnings, "every finding still counted")
    }

    @Test("District outputs (indicators as text, JSON and CSV) hold no identity or phone number")
    func districtOutputsHoldNoPersonalData() throws {
        let personal = ["079211000001", "079312000002", "079310000004", "079080000101", "02838220001", "7900000002"]
        for format in ["text", "json", "csv"] {
            let result = try Self.run(["indicators", "fixtures/indicators", "--as-of", FixtureSupport.asOfText, "--format", format])
            #expect(result.status == 0)
            for value in personal { #expect(!result.out.contains(value), "\(format) output shows \(value)") }
        }
    }

    @Test("Installed under another name, sachsong still reads .xls in a process of its own")
    func xlsReaderUnderAnotherName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("renamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let renamed = folder.appendingPathComponent("kiem-tra")
        try FileManager.default.copyItem(at: ChildProcess.sachsong(root: Self.root), to: renamed)
        var environment = ProcessInfo.processInfo.environment
        environment["SACHSONG_XLS_READER"] = nil
        // The copy was just written: a process another test forks meanwhile may hold its write
        // descriptor until it execs, and running the copy then fails with "Text file busy"
        // (ETXTBSY). Wait for it to let go.
        var attempt = 0
        func run() throws -> (status: Int32, out: String, err: String) {
            do {
                return try ChildProcess.run(
                    renamed, ["check", "fixtures/bad/xls/freexl_crash_hoc_sinh.xls", "fixtures/hoc_sinh/clean.csv"], in: Self.root,
                    environment: environment)
            } catch let error as NSError
                where attempt < 20 && [error.code, (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code].contains(Int(ETXTBSY))
            {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.1)
                return try run()
            }
        }
        let result = try run()
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains("tín hiệu 11"), "\(result.err)")
        #expect(result.out.contains("KHÔNG ĐỌC ĐƯỢC 1 TỆP"), "\(result.out)")
    }

    /// The .xls reader that cannot be started (no such program, or "Text file busy" just after
    /// the executable was copied) is one file's error, and nothing else is touched: a failed start
    /// once sent SIGKILL to process 0, that is to sachsong's whole process group (a shell
    /// pipeline, the service, or the test runner that started it). Run in a session of its own
    /// (setsid), so that the old behaviour kills only itself.
    @Test("An .xls reader that cannot start is one file's error, and kills no other process")
    func xlsReaderThatCannotStart() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["SACHSONG_XLS_READER"] = "/nonexistent/sachsong-reader"
        let result = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/setsid"),
            ["-w", ChildProcess.sachsong(root: Self.root).path, "check", "fixtures/xlsx/hoc_sinh.xls", "fixtures/hoc_sinh/clean.csv"],
            in: Self.root, environment: environment)
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains("hoc_sinh.xls"), "\(result.err)")
        #expect(result.err.contains("không chạy được trình đọc .xls /nonexistent/sachsong-reader"), "\(result.err)")
        // The CSV beside it is still checked.
        #expect(result.out.contains("clean.csv"), "\(result.out)")
    }

    @Test("Each command lists only the formats it writes, and refuses the others with exit 64")
    func formatsPerCommand() throws {
        for (command, formats, refused) in [
            (["indicators", "fixtures/indicators"], "text, json, csv, xlsx", "sarif"),
            (["reconcile", "fixtures/hoc_sinh/dirty.csv", "fixtures/hoc_sinh/clean.csv"], "text, json, csv", "xlsx")
        ] {
            let help = try Self.run([command[0], "--help"])
            let listed = help.out.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
            #expect(
                listed.contains("values: \(formats);") || listed.contains("values: \(formats.replacingOccurrences(of: ", ", with: ",  "));"),
                "\(command[0]): \(help.out)")
            #expect(!help.out.contains("github"), "\(command[0]) lists github")
            let result = try Self.run(command + ["--format", refused])
            #expect(result.status == 64, "\(command[0]) --format \(refused): \(result.err)")
        }
    }

    @Test("Every command that reads files takes the input limits as options, and names the option when one is met")
    func limitsOnEveryCommand() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let commands: [[String]] = [
            ["check", "fixtures/hoc_sinh/dirty.csv"], ["inspect", "fixtures/hoc_sinh/dirty.csv"],
            ["clean", "fixtures/hoc_sinh/dirty.csv", "--dry-run"], ["indicators", "fixtures/indicators"],
            ["report", "fixtures/indicators", "--output", output],
            ["reconcile", "fixtures/hoc_sinh/dirty.csv", "fixtures/hoc_sinh/clean.csv"]
        ]
        for command in commands {
            let met = try Self.run(command + ["--max-input-bytes", "1000"])
            #expect(met.status == 2, "\(command): \(met.err)")
            #expect(met.err.contains("--max-input-bytes"), "\(command): \(met.err)")
            let raised = try Self.run(command + ["--max-input-bytes", "100000000", "--max-xls-seconds", "60"])
            #expect(raised.status != 2, "\(command): \(raised.err)")
            let refused = try Self.run(command + ["--max-xls-seconds", "0"])
            #expect(refused.status == 64 && refused.err.contains("--max-xls-seconds"), "\(command): \(refused.err)")
        }
    }
}

/// Outputs carry no formulas and no escapes: text from the files cannot drive a terminal or
/// Excel.
@Suite("Outputs without formulas or escapes")
struct SafeOutputTests {
    static let text =
        "Mã định danh Bộ GD&ĐT,Họ và tên,Ngày sinh,Giới tính,Lớp,Trạng thái,Số định danh cá nhân\n"
        + "7900000001,\"=HYPERLINK(\"\"http://x.example\"\",\"\"Bấm để xem\"\")\",01/02/2014,Nam,6A1,Đang học,079214000123\n"
        + "7900000002,Nguyễn \u{1B}]0;x\u{7}\u{1B}[2J An\u{202E},01/02/2014,Nam,6A1,Đang học,079214000124\n"

    static func report() throws -> RunReport {
        try EngineTests.run(["hoc_sinh.csv": text])
    }

    @Test("A formula-like cell is a finding, and the findings CSV neutralises it")
    func formulas() throws {
        let report = try Self.report()
        let file = try #require(report.files.first)
        #expect(file.findings.contains { $0.rule == "sach.formula-like" && $0.row == 1 })
        let sink = CollectingSink()
        try FindingsCSVRenderer().write(report, to: sink)
        let csv = String(decoding: sink.bytes, as: UTF8.self)
        #expect(csv.contains("\"'=HYPERLINK("))
        #expect(!csv.contains(",\"=HYPERLINK(") && !csv.contains(",=HYPERLINK("))
        #expect(!CSVWriter.looksLikeFormula("-5") && CSVWriter.looksLikeFormula("-A1+1") && CSVWriter.looksLikeFormula("@SUM(A1)"))
    }

    @Test("Text output shows control characters and bidi overrides as escapes")
    func escapes() throws {
        let text = TextRenderer().render(try Self.report())
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("\\u{1B}]0;x\\u{7}\\u{1B}[2J"))
        #expect(text.contains("\\u{202E}"))
    }
}

/// Bytes written, kept in memory.
final class CollectingSink: OutputSink {
    var bytes: [UInt8] = []
    func write(_ chunk: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: chunk) }
}
