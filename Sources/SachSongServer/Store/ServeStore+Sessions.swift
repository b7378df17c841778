import Foundation
import GRDB

/// Sessions of signed-in browsers in SQLite.
extension ServeStore {
    func open(session: SessionRecord) throws {
        try pool.write { db in
            try session.insert(db)
            try SessionRecord.filter(Column("expiresAt") < session.createdAt).deleteAll(db)
        }
    }

    func session(idHash: String, now: Date) throws -> (Account, SessionRecord)? {
        try pool.read { db in
            guard let session = try SessionRecord.fetchOne(db, key: idHash), session.expiresAt > now,
                let account = try Account.fetchOne(db, key: session.accountID)
            else { return nil }
            return (account, session)
        }
    }

    func closeSession(idHash: String) throws {
        _ = try pool.write { db in try SessionRecord.deleteOne(db, key: idHash) }
    }

    func closeSessions(account id: Int64, keeping: String?) throws {
        _ = try pool.write { db in
            try SessionRecord.filter(Column("accountID") == id && Column("idHash") != (keeping ?? "")).deleteAll(db)
        }
    }
}
