import Foundation
import GRDB

/// The office's computed views (the dashboard's pooled figures, trends) kept until the store
/// changes: a new submission or school makes a new generation and every entry is computed
/// again. Twenty analysts opening the same dashboard share one computation, even when they ask
/// at the same moment. At most `limit` entries.
actor FigureCache {
    private var entries: [String: (generation: String, value: Task<any Sendable, any Error>)] = [:]
    private let limit = 128

    /// The value for `key` in the store's current generation, computed by `make` when missing.
    func value<T: Sendable>(_ key: String, store: ServeStore, _ make: @escaping @Sendable () throws -> T) async throws -> T {
        let generation = try Self.generation(store)
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

    /// What changes when a submission or a school is added: the last row ids and the count of schools.
    static func generation(_ store: ServeStore) throws -> String {
        try store.pool.read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT (SELECT COALESCE(MAX(rowid), 0) FROM submission), (SELECT COUNT(*) FROM school), (SELECT COALESCE(MAX(rowid), 0) FROM school)")
            return "\(row?[0] as Int64? ?? 0)-\(row?[1] as Int64? ?? 0)-\(row?[2] as Int64? ?? 0)"
        }
    }
}
