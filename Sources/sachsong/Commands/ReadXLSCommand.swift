import ArgumentParser
import CSVInput
import ExcelInput
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The `.xls` reader process (hidden): reads one sheet through libfreexl under its own limits
/// and writes it to standard output as ``XLSFrames``. sachsong starts it for every `.xls` input
/// (``XLSReaderProcess``), so that a crash inside libfreexl ends this process, not the run.
struct ReadXLSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "__read-xls",
        abstract: "Trình đọc .xls chạy riêng (sachsong tự gọi; không dùng trực tiếp).",
        shouldDisplay: false
    )

    @Option(name: .customLong("max-seconds")) var maxSeconds: Int = InputLimits.xlsSeconds
    @Option(name: .customLong("max-memory-bytes")) var maxMemoryBytes: Int64 = InputLimits.xlsMemoryBytes
    @Option(name: .customLong("sheet")) var sheet: String?
    @Argument var path: String

    func run() throws {
        let limits = XLSLimits(seconds: maxSeconds, memoryBytes: maxMemoryBytes)
        var cpu = rlimit(rlim_cur: rlim_t(limits.seconds), rlim_max: rlim_t(limits.seconds + 1))
        setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &cpu)
        var memory = rlimit(rlim_cur: rlim_t(limits.memoryBytes), rlim_max: rlim_t(limits.memoryBytes))
        setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &memory)
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
        signal(SIGPIPE, SIG_IGN)

        let reader = FreeXLSheet(path: path, sheet: sheet)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 17)
        while let event = reader.next() {
            XLSFrames.encode(event, into: &buffer)
            if buffer.count >= 1 << 16 {
                guard Self.write(buffer) else { throw ExitCode(3) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        guard Self.write(buffer) else { throw ExitCode(3) }
    }

    private static func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
