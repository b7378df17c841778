import Foundation

/// The temporary files being written, so that an interrupted run (Ctrl-C, SIGTERM) can remove
/// them before it exits: nothing partial is left, under the final name or beside it.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []

    public static func register(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    public static func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every temporary file still registered.
    public static func removeAll() {
        lock.lock()
        let current = paths
        paths.removeAll()
        lock.unlock()
        for path in current { unlink(path) }
    }
}
