#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where written bytes go.
public protocol OutputSink: AnyObject {
    /// Writes all of `bytes` or throws.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

/// Why output could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): không ghi được tệp (\(reason))" }
}

/// Standard output.
public final class StandardOutput: OutputSink {
    public init() {}
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        try writeAll(fd: 1, bytes, path: "<stdout>")
    }
}

/// Writes to a temporary file beside the destination and renames it into place only on
/// `commit()`: a failure or interruption never leaves a partial file under the final name, and
/// never touches an existing file there until the new one is complete.
public final class AtomicOutputFile: OutputSink {
    /// The final path.
    public let path: String
    /// The temporary file renamed into place on commit; nil when writing straight to a device or
    /// pipe (`/dev/null`, `/dev/stdout`, a FIFO), which must never be replaced by a regular file.
    private let temporaryPath: String?
    private var fd: Int32
    private var finished = false

    /// Creates the temporary file with `mode` (default: owner read/write only, since exports hold personal data).
    public init(path: String, mode: mode_t = 0o600) throws {
        self.path = path
        var info = stat()
        if stat(path, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR { throw OutputError(path: path, reason: "là một thư mục") }
            if kind != S_IFREG {
                let opened = open(path, O_WRONLY)
                if opened < 0 { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
                fd = opened
                temporaryPath = nil
                return
            }
        }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let template = Array("\(directory.isEmpty ? "/" : directory)/.\(base).tmp-XXXXXX".utf8CString)
        let (opened, made) = TemporaryFiles.create(template: template)
        if opened < 0 { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        fd = opened
        temporaryPath = made
        fchmod(fd, mode)
    }

    deinit { if !finished { abort() } }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        try writeAll(fd: fd, bytes, path: path)
    }

    /// Flushes to disk and renames the temporary file to the final path.
    public func commit() throws {
        guard !finished else { return }
        finished = true
        guard let temporaryPath else {
            close(fd)
            return
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            TemporaryFiles.unregister(temporaryPath)
            throw OutputError(path: path, reason: reason)
        }
        defer { TemporaryFiles.unregister(temporaryPath) }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputError(path: path, reason: reason)
        }
    }

    /// Removes the temporary file; the final path is left as it was.
    public func abort() {
        guard !finished else { return }
        finished = true
        close(fd)
        if let temporaryPath {
            unlink(temporaryPath)
            TemporaryFiles.unregister(temporaryPath)
        }
    }
}

private func writeAll(fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
    var offset = 0
    while offset < bytes.count {
        let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
        offset += written
    }
}
