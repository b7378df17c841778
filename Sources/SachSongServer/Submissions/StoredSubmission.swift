import Foundation

/// A submission as the store keeps it: who sent what, when, for which date, and what was
/// found (the JSON objects of `check` and `indicators`, so that reading it back never re-reads
/// a file).
struct StoredSubmission: Codable, Sendable {
    var id: String
    var schoolCode: String
    var accountID: Int64
    var receivedAt: Date
    var asOf: String
    /// `check`'s summary object.
    var summary: String
    /// The school's object of `indicators --format json`.
    var indicators: String?
}

/// One file of a submission, with its report (`check`'s object for that file).
struct StoredFile: Codable, Sendable {
    var submissionID: String
    var number: Int
    var name: String
    var size: Int
    var sha256: String
    var report: String
}
