import Foundation

/// At most `workers` checks at once, the others waiting their turn in order: fifty schools
/// uploading together take turns instead of exhausting memory. A check runs on a thread of its
/// own, never on the server's.
actor CheckQueue {
    private let workers: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(workers: Int) { self.workers = max(1, workers) }

    /// Runs `work` when a worker is free; `onStart` is called when its turn comes.
    func run<T: Sendable>(onStart: @Sendable () async -> Void = {}, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        if running >= workers {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        defer { release() }
        await onStart()
        return try await Self.offThread(work)
    }

    /// Runs blocking work (a check, a bcrypt hash) on a thread of its own, so that the server's
    /// event loops stay free.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
