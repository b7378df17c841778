import CSVInput
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Reads one `.xls` sheet in a process of its own — sachsong's hidden `__read-xls` command — so
/// that libfreexl crashing or looping on a damaged file costs that file alone. The process limits
/// its own memory and processor time (``XLSLimits``); this side kills it when opening the
/// workbook (where freexl parses all of it) outlasts the time limit, and turns every way it can
/// end early into one clear error for the file. Processor time, not wall time, bounds the rest:
/// the process waits on the pipe while sachsong checks the rows.
/// See `docs/xls-isolation.md` for why a process rather than a reader rewritten in Swift.
public final class XLSReaderProcess {
    private let path: String
    private let limits: XLSLimits
    private var pid: pid_t = 0
    private var output: Int32 = -1
    private var decoder: XLSFrames.Decoder!
    private let watchdog = Watchdog()
    private var reaped: Int32?

    /// The sachsong executable that serves `__read-xls`: `SACHSONG_XLS_READER` when set (empty
    /// means "read in this process"; the command line sets it to itself), else the `sachsong`
    /// beside the running executable.
    public static func helper() -> String? {
        if let chosen = ProcessInfo.processInfo.environment["SACHSONG_XLS_READER"] {
            return chosen.isEmpty ? nil : chosen
        }
        guard let running = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let beside = (running as NSString).deletingLastPathComponent + "/sachsong"
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : nil
    }

    /// Starts the reader process on `path`.
    public init(helper: String, path: String, sheet: String?, limits: XLSLimits) throws {
        self.path = path
        self.limits = limits
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else {
            throw ExcelInputError.notAWorkbook(path: path, reason: "không mở được ống dẫn cho trình đọc .xls (errno \(errno))")
        }
        // Neither end may leak into another process started meanwhile (its copy of the write end
        // would hold the pipe open after this reader ends).
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var arguments = [
            helper, "__read-xls",
            "--max-seconds", String(limits.seconds),
            "--max-memory-bytes", String(limits.memoryBytes)
        ]
        if let sheet { arguments += ["--sheet", sheet] }
        arguments += ["--", path]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawn(&pid, helper, &actions, nil, argv, environ)
        close(fds[1])
        guard spawned == 0 else {
            close(fds[0])
            throw ExcelInputError.notAWorkbook(path: path, reason: "không chạy được trình đọc .xls \(helper) (errno \(spawned))")
        }
        output = fds[0]
        let descriptor = output
        decoder = XLSFrames.Decoder {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count >= 0 { return Array(chunk.prefix(count)) }
                if errno != EINTR { return [] }
            }
        }
        watchdog.arm(pid: pid, seconds: limits.seconds + 2)
    }

    deinit {
        // No process was started when the initialiser failed (no pipe, or the helper could not
        // be spawned): pid is still 0, and kill(0, …) would kill this process's whole group.
        if pid > 0, reaped == nil {
            kill(pid, SIGKILL)
            _ = wait()
        }
        watchdog.disarm()
        if output >= 0 { close(output) }
    }

    /// The next event. A stream that stops, or is not what the reader writes, becomes
    /// `.failure` naming how the reader process ended.
    public func next() -> XLSEvent? {
        guard reaped == nil else { return nil }
        do {
            if let event = try decoder.next() {
                switch event {
                case .sheet: watchdog.disarm()  // freexl has parsed the whole workbook by now
                case .end, .failure: _ = wait()
                case .cell: break
                }
                return event
            }
            return .failure(ended(malformed: nil))
        } catch let malformed as XLSFrames.Malformed {
            kill(pid, SIGKILL)
            return .failure(ended(malformed: malformed.reason))
        } catch {
            kill(pid, SIGKILL)
            return .failure(ended(malformed: "\(error)"))
        }
    }

    private func wait() -> Int32 {
        if let reaped { return reaped }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        watchdog.disarm()
        reaped = status
        return status
    }

    /// Why the reader stopped before the end of the sheet.
    private func ended(malformed: String?) -> XLSFailure {
        let status = wait()
        let signal = status & 0x7f
        if watchdog.fired || signal == SIGXCPU {
            return .notAWorkbook(reason: "đọc tệp .xls quá \(limits.seconds) giây nên đã dừng (tăng bằng --max-xls-seconds); tệp có thể bị hỏng")
        }
        if [SIGSEGV, SIGBUS, SIGFPE, SIGILL].contains(signal) {
            return .notAWorkbook(
                reason: "tệp .xls hỏng: trình đọc .xls (libfreexl) dừng bất thường (tín hiệu \(signal)); mở tệp bằng Excel và lưu lại dạng .xlsx")
        }
        if signal != 0 {
            return .notAWorkbook(
                reason:
                    "trình đọc .xls dừng bất thường (tín hiệu \(signal)); có thể tệp hỏng hoặc cần hơn \(InputLimits.describe(limits.memoryBytes)) bộ nhớ (tăng bằng --max-xls-memory-bytes)"
            )
        }
        let code = (status >> 8) & 0xff
        if let malformed {
            return .notAWorkbook(reason: "trình đọc .xls trả về dữ liệu hỏng (\(malformed); mã thoát \(code))")
        }
        return .notAWorkbook(
            reason:
                "trình đọc .xls dừng giữa chừng (mã thoát \(code)); có thể tệp hỏng hoặc cần hơn \(InputLimits.describe(limits.memoryBytes)) bộ nhớ (tăng bằng --max-xls-memory-bytes)"
        )
    }
}

/// Kills a process when its time is up, unless disarmed first.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var armed = false
    private var didFire = false

    var fired: Bool { lock.withLock { didFire } }

    func arm(pid: pid_t, seconds: Int) {
        lock.withLock { armed = true }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds)) { [weak self] in
            guard let self else { return }
            self.lock.withLock {
                guard self.armed else { return }
                self.didFire = true
                self.armed = false
                kill(pid, SIGKILL)
            }
        }
    }

    func disarm() {
        lock.withLock { armed = false }
    }
}
