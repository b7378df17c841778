import Foundation
import GRDB

/// One line of the audit log: who did what, when. `detail` names files, schools and accounts,
/// never a value from inside an upload.
public struct AuditEntry: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit"
    public var id: Int64?
    public var at: Date
    public var accountID: Int64?
    public var action: String
    public var detail: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
