import Foundation

/// Counts events per key in a sliding window: requests per account, failed sign-ins per
/// account name and per address. Held in memory (a restart forgets), bounded: keys whose
/// events have all left their window are dropped as new keys come.
actor RateLimiter {
    private var events: [String: [Date]] = [:]
    private static let maxKeys = 50_000

    /// Whether `key` has had fewer than `limit` events in the last `window` seconds.
    func allows(_ key: String, limit: Int, window: TimeInterval, now: Date = Date()) -> Bool {
        recent(key, window: window, now: now) < limit
    }

    /// Records an event for `key`.
    func record(_ key: String, window: TimeInterval, now: Date = Date()) {
        if events[key] == nil, events.count >= Self.maxKeys { prune(window: window, now: now) }
        var list = events[key, default: []].filter { now.timeIntervalSince($0) < window }
        list.append(now)
        events[key] = list
    }

    /// Records an event and tells whether it was within the limit.
    func take(_ key: String, limit: Int, window: TimeInterval, now: Date = Date()) -> Bool {
        guard allows(key, limit: limit, window: window, now: now) else { return false }
        record(key, window: window, now: now)
        return true
    }

    /// Forgets a key (a successful sign-in clears its failures).
    func clear(_ key: String) { events[key] = nil }

    private func recent(_ key: String, window: TimeInterval, now: Date) -> Int {
        guard let list = events[key] else { return 0 }
        let kept = list.filter { now.timeIntervalSince($0) < window }
        events[key] = kept.isEmpty ? nil : kept
        return kept.count
    }

    private func prune(window: TimeInterval, now: Date) {
        events = events.filter { _, list in list.contains { now.timeIntervalSince($0) < window } }
        if events.count >= Self.maxKeys { events.removeAll() }
    }
}
