#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where to cut a file into two parts that can be read on their own.
public enum LineBoundary {
    /// The offset just after the first line feed at or after `offset` in the regular file at
    /// `path`, looking at most `window` bytes ahead; nil when there is none (or the file cannot
    /// be read). Whether a record really starts there (no quoted field open across that line
    /// break) is known only once the part before has been read: see `CSVReader.endedInsideRecord`.
    public static func after(_ offset: Int64, in path: String, window: Int = 1 << 16) -> Int64? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: window)
        let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, window, off_t(offset)) }
        guard got > 0, let index = buffer[..<got].firstIndex(of: 0x0A) else { return nil }
        return offset + Int64(index) + 1
    }
}
