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
        return migrator
    }
}
