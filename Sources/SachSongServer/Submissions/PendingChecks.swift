import Foundation

/// Submissions sent from the upload page that are not yet in the store: waiting for a worker,
/// being checked, or failed (kept an hour so the page can say why). Only in memory: after a
/// restart a half-done submission is simply not there, and its files are swept.
actor PendingChecks {
    struct Entry: Sendable {
        let school: String
        var state: String
        var failure: String?
        var since: Date
    }

    private var entries: [String: Entry] = [:]

    func add(_ id: String, school: String) {
        entries[id] = Entry(school: school, state: "Đang chờ đến lượt kiểm tra.", failure: nil, since: Date())
        let old = Date().addingTimeInterval(-3600)
        entries = entries.filter { $0.value.failure == nil || $0.value.since > old }
    }

    func started(_ id: String) { entries[id]?.state = "Đang kiểm tra các tệp." }

    func finished(_ id: String) { entries[id] = nil }

    func failed(_ id: String, _ message: String) {
        entries[id]?.failure = message
        entries[id]?.since = Date()
    }

    func entry(_ id: String) -> Entry? { entries[id] }
}
