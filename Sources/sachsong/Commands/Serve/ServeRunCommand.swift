import ArgumentParser
import Foundation
import SachSong
import SachSongServer

/// `sachsong serve run --data DIR [--host H] [--port P]`: starts the service.
struct ServeRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Chạy dịch vụ web (mặc định ở 127.0.0.1:8080; TLS do reverse proxy đảm nhận)."
    )

    @OptionGroup var data: ServeDataOption
    @OptionGroup var rules: RulesOption

    @Option(help: "Địa chỉ lắng nghe.")
    var host = "127.0.0.1"

    @Option(help: "Cổng.")
    var port = 8080

    @Option(help: "Số bài nộp được kiểm tra cùng lúc (mặc định: số lõi CPU); các bài khác xếp hàng.")
    var workers = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-upload-mb"), help: "Dung lượng tối đa một lần nộp, MB.")
    var maxUploadMB = 50

    @Option(name: .customLong("keep-days"), help: "Số ngày giữ tệp gốc và bảng tính tạo ra của mỗi bài nộp; phát hiện và số liệu giữ mãi.")
    var keepDays = 30

    @Option(name: .customLong("requests-per-minute"), help: "Số yêu cầu tối đa mỗi phút của một tài khoản (quá thì trả 429).")
    var requestsPerMinute = 300

    @Flag(name: .customLong("secure-cookies"), help: "Luôn đặt thuộc tính Secure cho cookie phiên (khi chạy sau TLS).")
    var secureCookies = false

    @Flag(name: .customLong("behind-proxy"), help: "Tin tiêu đề X-Real-IP của reverse proxy là địa chỉ người dùng (giới hạn đăng nhập sai).")
    var behindProxy = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port cần từ 1 đến 65535.") }
        guard workers >= 1 else { throw ValidationError("--workers cần ít nhất 1.") }
        guard (1...4096).contains(maxUploadMB) else { throw ValidationError("--max-upload-mb cần từ 1 đến 4096.") }
        guard (1...3650).contains(keepDays) else { throw ValidationError("--keep-days cần từ 1 đến 3650.") }
        guard requestsPerMinute >= 1 else { throw ValidationError("--requests-per-minute cần ít nhất 1.") }
    }

    func run() throws {
        let store = try data.open()
        let compiled = try rules.load()
        var settings = ServeSettings()
        settings.host = host
        settings.port = port
        settings.workers = workers
        settings.maxUploadBytes = maxUploadMB * 1_048_576
        settings.keepDays = keepDays
        settings.requestsPerMinute = requestsPerMinute
        settings.secureCookies = secureCookies
        settings.behindProxy = behindProxy
        let app = ServeApp(store: store, rules: compiled, settings: settings)
        try app.sweep()
        print("sachsong serve: http://\(host):\(port) (dữ liệu: \(data.folder), \(workers) luồng kiểm tra, giữ tệp \(keepDays) ngày)")
        try Self.wait {
            // Files past --keep-days go within the hour.
            let expiry = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(3600))
                    try? app.sweep()
                }
            }
            defer { expiry.cancel() }
            try await app.application().runService()
        }
    }

    /// Runs `work` to its end on the concurrency pool, this thread waiting (the command line's
    /// entry point is synchronous).
    private static func wait(_ work: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        Task {
            do { try await work() } catch { failure = error }
            done.signal()
        }
        done.wait()
        if let failure { throw failure }
    }
}
