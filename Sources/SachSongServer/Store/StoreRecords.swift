import GRDB

// How the service's values are rows of the SQLite store: the only place they meet GRDB.

extension Account: FetchableRecord, MutablePersistableRecord {
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Role: DatabaseValueConvertible {}

extension APIToken: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "apiToken"
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension SessionRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "session"
}

extension School: FetchableRecord, PersistableRecord {}

extension StoredSubmission: FetchableRecord, PersistableRecord {
    static let databaseTableName = "submission"
}

extension StoredFile: FetchableRecord, PersistableRecord {
    static let databaseTableName = "submissionFile"
}

extension StoredFigure: FetchableRecord, PersistableRecord {
    static let databaseTableName = "figure"
}

extension AuditEntry: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
