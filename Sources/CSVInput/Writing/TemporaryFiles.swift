import Foundation

/// The temporary files being written, so that an interrupted run (Ctrl-C, SIGTERM) can remove
/// them before it exits: nothing partial is left, under the final name or beside it.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []
    /// The run is being interrupted: no temporary file may be made any more.
    nonisolated(unsafe) private static var stopping = false

    public static func register(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    /// Creates a temporary file from a `mkstemp` template and registers it in one step: an
    /// interrupt handled meanwhile (on another thread) waits for the lock, so it cannot fall
    /// between the file's creation and its registration and leave it behind. Returns the
    /// descriptor (negative on failure) and the path.
    public static func create(template: [CChar]) -> (fd: Int32, path: String) {
        var template = template
        lock.lock()
        defer { lock.unlock() }
        if stopping {
            errno = EINTR
            return (-1, "")
        }
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return (fd, "") }
        let path = String(cString: template.map { UInt8(bitPattern: $0) } + [0])
        paths.insert(path)
        return (fd, path)
    }

    public static func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every temporary file still registered.
    public static func removeAll() {
        lock.lock()
        stopping = true
        let current = paths
        paths.removeAll()
        lock.unlock()
        for path in current { unlink(path) }
    }
}
