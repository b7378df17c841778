import GRDB

/// The store's schema, one migration per change; a migration once released is never edited.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: schools, accounts, tokens, sessions, submissions, audit") { db in
            try db.create(table: "school") { t in
                t.primaryKey("code", .text)
                t.column("name", .text).notNull()
                t.column("groupID", .text)
            }
            try db.create(table: "account") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("role", .text).notNull().check { ["admin", "analyst", "school"].contains($0) }
                t.column("schoolCode", .text).references("school")
                t.column("groupID", .text)
                t.column("passwordHash", .text).notNull()
                t.column("mustChangePassword", .boolean).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "apiToken") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("accountID", .integer).notNull().references("account", onDelete: .cascade)
                t.column("tokenHash", .text).notNull().unique()
                t.column("createdAt", .datetime).notNull()
                t.column("lastUsedAt", .datetime)
            }
            try db.create(table: "session") { t in
                t.primaryKey("idHash", .text)
                t.column("accountID", .integer).notNull().references("account", onDelete: .cascade)
                t.column("csrfToken", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("expiresAt", .datetime).notNull()
            }
            try db.create(table: "submission") { t in
                t.primaryKey("id", .text)
                t.column("schoolCode", .text).notNull().references("school")
                t.column("accountID", .integer).notNull().references("account")
                t.column("receivedAt", .datetime).notNull()
                t.column("asOf", .text).notNull()
                t.column("summary", .jsonText).notNull()
                t.column("indicators", .jsonText)
            }
            try db.create(index: "submissionBySchool", on: "submission", columns: ["schoolCode", "receivedAt"])
            try db.create(table: "submissionFile") { t in
                t.column("submissionID", .text).notNull().references("submission", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("sha256", .text).notNull()
                t.column("report", .jsonText).notNull()
                t.primaryKey(["submissionID", "number"])
            }
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("accountID", .integer)
                t.column("action", .text).notNull()
                t.column("detail", .text).notNull()
            }
        }
        migrator.registerMigration("v2: figures per submission and indicator, for the office's dashboard") { db in
            try db.create(table: "figure") { t in
                t.column("submissionID", .text).notNull().references("submission", onDelete: .cascade)
                t.column("indicator", .text).notNull()
                t.column("numerator", .integer).notNull()
                t.column("denominator", .integer).notNull()
                t.column("missing", .text)
                t.column("validNumerator", .integer)
                t.column("validDenominator", .integer)
                t.column("validMissing", .text)
                t.primaryKey(["submissionID", "indicator"])
            }
            // Submissions stored before this migration: their figures from their JSON.
            for row in try Row.fetchAll(db, sql: "SELECT id, indicators FROM submission WHERE indicators IS NOT NULL") {
                let id: String = row["id"]
                let json: String = row["indicators"]
                for figure in StoredFigure.parse(schoolJSON: json, submissionID: id) { try figure.insert(db) }
            }
        }
        return migrator
    }
}
