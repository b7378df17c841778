import Foundation

/// The office's computed views (the dashboard's pooled figures, trends) kept until the store
/// changes: a new submission or school makes a new generation and every entry is computed
/// again. Twenty analysts opening the same dashboard share one computation, even when they ask
/// at the same moment. At most `limit` entries.
actor FigureCache {
    private var entries: [String: (generation: String, value: Task<any Sendable, any Error>)] = [:]
    private let limit = 128

    /// The value for `key` in the store's current generation, computed by `make` when missing.
    func value<T: Sendable>(_ key: String, store: any ServeStorage, _ make: @escaping @Sendable () throws -> T) async throws -> T {
        let generation = try store.generation()
        if let entry = entries[key], entry.generation == generation, let value = try await entry.value.value as? T {
            return value
        }
        if entries.count >= limit { entries.removeAll() }
        let task = Task<any Sendable, any Error> { try await CheckQueue.offThread(make) }
        entries[key] = (generation, task)
        do {
            guard let value = try await task.value as? T else { throw CancellationError() }
            return value
        } catch {
            entries[key] = nil
            throw error
        }
    }
}
