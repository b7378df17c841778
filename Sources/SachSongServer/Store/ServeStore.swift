import Foundation
import GRDB

/// The service's store (``ServeStorage``): one SQLite file (`sachsong.sqlite`) in the data folder, in WAL mode,
/// brought to the current schema by its migrations when opened. Raw uploads and generated
/// workbooks live beside it (`files/`); findings and figures live in it.
public final class ServeStore: ServeStorage {
    /// The database file's name in the data folder.
    public static let fileName = "sachsong.sqlite"

    let pool: DatabasePool
    /// The data folder.
    public let folder: String

    /// Opens (or creates, when `create`) the store in `folder`.
    public init(folder: String, create: Bool = false) throws {
        self.folder = folder
        let path = (folder as NSString).appendingPathComponent(Self.fileName)
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            guard create else { throw ServeError.noStore(folder) }
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        pool = try DatabasePool(path: path, configuration: configuration)
        try StoreMigrations.migrator.migrate(pool)
    }

    /// Copies the whole store, consistently, while it may be in use, into a new SQLite file at
    /// `path` (which must not exist).
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw ServeError.exists(path) }
        let copy = try DatabaseQueue(path: path)
        try pool.backup(to: copy)
    }

    /// Writes the WAL back into the database file (so its size is the store's size).
    public func checkpoint() throws {
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }
}
