import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// The bad-input corpus (`fixtures/bad/manifest.json`): every entry runs the built `sachsong`
/// binary under a time limit and must end with the expected exit code — never a signal, never a
/// hang — and the expected message, naming the file. Big and odd inputs (a 50 MB field, 1,000,000
/// blank lines, a directory named .csv, a symlink loop, an unreadable file) are made here, in a
/// scratch folder, rather than committed.
@Suite("Bad input corpus")
struct BadInputTests {
    struct Entry: Decodable, Sendable, CustomTestStringConvertible {
        struct Generate: Decodable, Sendable {
            var kind: String
            var name: String
            var bytes: Int?
            var columns: Int?
            var rows: Int?
            var lines: Int?
            var header: String?
            var other: String?
        }
        var id: String
        var kind: String
        var file: String?
        var generate: Generate?
        var args: [String]
        var exit: Int32
        var expect: [String]
        var names_file: Bool
        var names: [String]?
        var timeout: Double?
        var skip_as_root: Bool?
        /// Peak resident memory allowed to the child, in MB (default ``BadInputTests/defaultCeilingMB``).
        var max_mb: Double?

        var testDescription: String { "\(id): \(kind)" }
    }

    struct Manifest: Decodable { var entries: [Entry] }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let entries: [Entry] = {
        let url = root.appendingPathComponent("fixtures/bad/manifest.json")
        guard let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else {
            return []
        }
        return manifest.entries
    }()

    static var binary: URL { ChildProcess.sachsong(root: root) }

    @Test("the manifest lists at least 60 inputs, each file present")
    func manifest() throws {
        #expect(Self.entries.count >= 60)
        #expect(Set(Self.entries.map(\.id)).count == Self.entries.count, "entry ids must be unique")
        for entry in Self.entries where entry.generate == nil {
            if let file = entry.file {
                #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(file).path), "\(entry.id): \(file)")
            }
        }
    }

    @Test("no crash, no hang, expected exit code and message", arguments: entries)
    func run(_ entry: Entry) throws {
        if entry.skip_as_root == true && getuid() == 0 {
            // Root reads a mode-000 file anyway: nothing to test.
            print("skipped \(entry.id): running as root")
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-bad-\(entry.id)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer {
            chmod(scratch.appendingPathComponent(entry.generate?.name ?? "-").path, 0o600)
            try? FileManager.default.removeItem(at: scratch)
        }
        let file: String
        if let generate = entry.generate {
            file = try Self.make(generate, in: scratch).path
        } else {
            file = entry.file ?? ""
        }
        let arguments = entry.args.map {
            $0.replacingOccurrences(of: "{file}", with: file).replacingOccurrences(of: "{tmp}", with: scratch.path)
        }
        let body = {
            let result = try Self.run(arguments, timeout: entry.timeout ?? 20)
            let both = result.out + result.err
            let shown = "\(entry.id) → exit \(result.status)\nstdout: \(result.out.prefix(1500))\nstderr: \(result.err.prefix(1500))"
            #expect(!result.timedOut, "hung (killed after \(entry.timeout ?? 20) s): \(shown)")
            guard !result.timedOut else { return }
            #expect(!result.signalled, "killed by signal \(result.status): \(shown)")
            #expect([0, 1, 2, 64].contains(result.status), "exit code outside 0/1/2/64: \(shown)")
            #expect(result.status == entry.exit, "expected exit \(entry.exit): \(shown)")
            let ceiling = entry.max_mb ?? Self.defaultCeilingMB
            #expect(result.peakMB < ceiling, "peak memory \(Int(result.peakMB)) MB over the ceiling of \(Int(ceiling)) MB: \(shown)")
            for fragment in entry.expect {
                #expect(both.contains(fragment), "missing «\(fragment)»: \(shown)")
            }
            for fragment in entry.names ?? [] {
                #expect(result.err.contains(fragment), "stderr should name «\(fragment)»: \(shown)")
            }
            if entry.names_file {
                let name = (file as NSString).lastPathComponent
                #expect((entry.exit == 2 ? result.err : both).contains(name), "the message should name «\(name)»: \(shown)")
            }
        }
        try body()
    }

    @Test("an endless stream on standard input stops at --max-input-bytes, in bounded memory, naming the limit")
    func endlessStream() throws {
        let row = Array("1,7901234501,Nguyễn Văn An,05/05/2012,Nam,Kinh,Đang học,8A1,8,079212004321\n".utf8)
        let result = try Self.run(["check", "-", "--as-of", FixtureSupport.asOfText, "--max-input-bytes", "30000000"], timeout: 30, endless: row)
        #expect(!result.timedOut && !result.signalled)
        #expect(result.status == 2, "\(result.out.prefix(500))\(result.err.prefix(500))")
        #expect(result.err.contains("--max-input-bytes"), "\(result.err)")
        #expect(result.peakMB < 300, "peak \(result.peakMB) MB")
    }

    // MARK: - Inputs made at test time

    static func make(_ g: Entry.Generate, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(g.name)
        let manager = FileManager.default
        func write(_ chunks: (FileHandle) throws -> Void) throws {
            manager.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try chunks(handle)
        }
        switch g.kind {
        case "huge-field":
            try write { h in
                try h.write(contentsOf: Data((BadInputTests.header + "\n1,7901234501,").utf8))
                let block = Data(repeating: UInt8(ascii: "A"), count: 1 << 20)
                var left = g.bytes ?? 50_000_000
                while left > 0 { try h.write(contentsOf: block.prefix(left)); left -= block.count }
                try h.write(contentsOf: Data(",05/05/2012,Nam,Kinh,Đang học,8A1,8,079212004321\n".utf8))
            }
        case "columns":
            let n = g.columns ?? 10_000
            var text = (0..<n).map { "Cot \($0)" }.joined(separator: ",") + "\n"
            for r in 0..<(g.rows ?? 3) { text += (0..<n).map { String(r * $0) }.joined(separator: ",") + "\n" }
            try Data(text.utf8).write(to: url)
        case "empty-lines":
            try write { h in
                if let header = g.header { try h.write(contentsOf: Data((header + "\n").utf8)) }
                try h.write(contentsOf: Data(repeating: UInt8(ascii: "\n"), count: g.lines ?? 1_000_000))
            }
        case "long-line":
            try write { h in
                try h.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: g.bytes ?? 3_000_000))
                try h.write(contentsOf: Data("\n".utf8))
            }
        case "directory":
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
        case "symlink-loop":
            let other = g.other ?? "loop_b.csv"
            try manager.createSymbolicLink(atPath: url.path, withDestinationPath: other)
            try manager.createSymbolicLink(atPath: folder.appendingPathComponent(other).path, withDestinationPath: g.name)
        case "unreadable":
            try Data((header + "\n").utf8).write(to: url)
            chmod(url.path, 0)
        case "missing":
            break
        default:
            Issue.record("unknown generator \(g.kind)")
        }
        return url
    }

    static let header = "STT,Mã định danh Bộ GD&ĐT,Họ tên,Ngày sinh,Giới tính,Dân tộc,Trạng thái,Lớp học,Khối học,Số định danh cá nhân"

    // MARK: - Running the binary under a time limit

    /// Peak memory allowed to a child unless its entry says otherwise.
    static let defaultCeilingMB = 600.0

    struct Outcome {
        var status: Int32
        var signalled: Bool
        var timedOut: Bool
        var out: String
        var err: String
        /// Peak resident memory of the child and the processes it starts (VmHWM, read while they run).
        var peakMB: Double
    }

    /// Runs sachsong with its output in files (so a chatty process never blocks) and its peak
    /// memory measured; after `timeout` seconds it is terminated, then killed.
    /// `endless`: standard input is a pipe fed with these bytes over and over until the child
    /// stops reading (an input that never ends); otherwise /dev/null.
    static func run(_ arguments: [String], timeout: Double, endless: [UInt8]? = nil) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path, errPath = folder.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var fds: [Int32] = [-1, -1]
        if endless != nil {
            guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) }
            posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The shell only changes folder, then becomes sachsong (exec): the pid measured is sachsong's.
        let argv = (["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", root.path, binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        if let endless {
            close(fds[0])
            let writer = fds[1]
            signal(SIGPIPE, SIG_IGN)
            Thread.detachNewThread {
                let block = Array(repeating: endless, count: max(1, 65_536 / max(1, endless.count))).flatMap { $0 }
                while block.withUnsafeBytes({ write(writer, $0.baseAddress, $0.count) }) > 0 {}
                close(writer)
            }
        }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        let deadline = Date().addingTimeInterval(timeout)
        // wait4's ru_maxrss would count the test process itself (posix_spawn shares its memory
        // until exec), so the child's own high-water mark is read from /proc while it runs.
        var peakKiB = 0
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            peakKiB = max(peakKiB, Self.highWaterKiB(pid))
            if Date() > deadline {
                timedOut = true
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                break
            }
            usleep(5_000)
        }
        let signalled = (status & 0x7f) != 0
        let code = signalled ? status & 0x7f : (status >> 8) & 0xff
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Outcome(
            status: code, signalled: signalled && !timedOut, timedOut: timedOut, out: out, err: err,
            peakMB: Double(peakKiB) * 1024 / 1e6)
    }

    /// VmHWM of a running process, in KiB (0 when it cannot be read).
    /// The high-water mark of `pid` plus that of the processes it started (the `.xls` reader
    /// process), as read now.
    static func highWaterKiB(_ pid: pid_t) -> Int {
        var total = ownHighWaterKiB(pid)
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        for task in tasks {
            let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({ pid_t($0) }) { total += highWaterKiB(child) }
        }
        return total
    }

    static func ownHighWaterKiB(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}
