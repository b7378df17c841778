#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file or standard input read in large chunks with `read(2)`, never whole.
final class ByteSource {
    let name: String
    private let fd: Int32
    private let ownsDescriptor: Bool

    /// Bytes read so far, and the most allowed (``InputLimits/inputBytes``).
    private var consumed: Int64 = 0
    private let limit: Int64
    /// Whether the start of the input was looked at for NUL bytes.
    private var sniffed = false

    /// Opens `path`; `-` means standard input.
    init(path: String, limit: Int64 = InputLimits.inputBytes) throws(CSVInputError) {
        self.limit = limit
        if path == "-" {
            name = "<stdin>"
            fd = 0
            ownsDescriptor = false
            return
        }
        name = path
        var info = stat()
        if stat(path, &info) != 0 {
            throw CSVInputError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw CSVInputError.isDirectory(path: path) }
        let opened = open(path, O_RDONLY)
        if opened < 0 { throw CSVInputError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        fd = opened
        ownsDescriptor = true
    }

    deinit { if ownsDescriptor { close(fd) } }

    /// Bytes still allowed by `restrict(to:)` (nil: up to the end of the input).
    private var remaining: Int64?

    /// Reads only `range` of the file from now on.
    func restrict(to range: Range<Int64>) throws(CSVInputError) {
        // A later part of a file: its start was looked at by the part that read it.
        sniffed = range.lowerBound > 0
        if lseek(fd, off_t(range.lowerBound), SEEK_SET) < 0 {
            throw CSVInputError.readFailed(path: name, reason: String(cString: strerror(errno)))
        }
        remaining = range.upperBound - range.lowerBound
    }

    /// Fills `buffer` as far as the input allows; returns the number of bytes read (0 at the end).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVInputError) -> Int {
        var total = 0
        let wanted = remaining.map { min(Int($0), buffer.count) } ?? buffer.count
        defer { if let left = remaining { remaining = left - Int64(total) } }
        while total < wanted {
            let got = Glibc.read(fd, buffer.baseAddress! + total, wanted - total)
            if got < 0 {
                if errno == EINTR { continue }
                throw CSVInputError.readFailed(path: name, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            total += got
        }
        consumed += Int64(total)
        if consumed > limit {
            throw CSVInputError.inputTooLarge(path: name, limit: limit, option: "--max-input-bytes hoặc SACHSONG_MAX_INPUT_BYTES")
        }
        if !sniffed {
            sniffed = true
            let head = min(total, InputLimits.sniffBytes)
            if head >= 512 {
                let bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<head])
                let nuls = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
                if nuls * 10 > head * 9 {
                    throw CSVInputError.notATable(path: name, reason: "\(nuls * 100 / head) % của \(head) byte đầu là byte NUL")
                }
            }
        }
        return total
    }
}
