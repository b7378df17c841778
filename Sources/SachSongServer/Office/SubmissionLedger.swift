import Foundation
import SachSong

/// The schools an account may see and when each of them submitted, read from the store in one
/// go: the latest submission of every school as of any day is then found without asking the
/// store again, and only the figures of the submissions that count are read. The dashboard and
/// the pooled trends both stand on it, so they count the same schools the same way.
struct SubmissionLedger: Sendable {
    /// The schools seen, by code.
    let schools: [School]
    /// Each school's submissions, oldest first (ties by id), as (id, received).
    let submissions: [String: [(id: String, receivedAt: Date)]]

    /// Reads the schools `scope` may see (only those of `group` when given) and their submissions.
    init(_ store: any ServeStorage, scope: Scope, group: String?) throws {
        var schools = try store.schools(group: group ?? scope.group)
        if let limit = scope.group, let group, limit != group { schools = [] }
        if scope.account.role == .school { schools = schools.filter { $0.code == scope.account.schoolCode } }
        self.schools = schools
        submissions = try store.submissionTimes(schools: Set(schools.map(\.code)))
    }

    /// Each school's latest submission received on or before `cutoff`, by school code.
    func latest(until cutoff: Date) -> [String: String] {
        var latest: [String: String] = [:]
        for (code, list) in submissions {
            if let last = list.last(where: { $0.receivedAt <= cutoff }) { latest[code] = last.id }
        }
        return latest
    }

    /// Each school's latest submission received on or before `cutoff`, as `store` keeps it, by
    /// school code.
    func latestStored(until cutoff: Date, in store: any ServeStorage) throws -> [String: StoredSubmission] {
        let ids = latest(until: cutoff)
        let stored = try store.submissions(ids: ids.values)
        return ids.compactMapValues { stored[$0] }
    }

    /// Vietnam's days on which any of the schools submitted, oldest first.
    var days: [SimpleDate] {
        Set(submissions.values.flatMap { $0.map { ReferenceDate.day(of: $0.receivedAt) } }).sorted { $0.iso < $1.iso }
    }
}
