import Foundation
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
        var known_bug: String?

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
        if let bug = entry.known_bug {
            try withKnownIssue(Comment(rawValue: bug), isIntermittent: true) { try body() }
        } else {
            try body()
        }
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

    struct Outcome {
        var status: Int32
        var signalled: Bool
        var timedOut: Bool
        var out: String
        var err: String
    }

    /// Runs sachsong; stdout and stderr are drained on their own threads so a chatty process never
    /// blocks; after `timeout` seconds it is terminated, then killed.
    static func run(_ arguments: [String], timeout: Double) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        final class Box: @unchecked Sendable { var data = Data() }
        let outBox = Box(), errBox = Box()
        let group = DispatchGroup()
        for (pipe, box) in [(out, outBox), (err, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.data = pipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            if exited.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
        }
        group.wait()
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       timedOut: timedOut, out: String(decoding: outBox.data, as: UTF8.self),
                       err: String(decoding: errBox.data, as: UTF8.self))
    }
}
