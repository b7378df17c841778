import Foundation
import GRDB

/// A token for scripts and CI (`Authorization: Bearer …`). Only its SHA-256 is stored: the
/// token itself is shown once, when made.
struct APIToken: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "apiToken"
    var id: Int64?
    var accountID: Int64
    var tokenHash: String
    var createdAt: Date
    var lastUsedAt: Date?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
