/// One record of a CSV file as UTF-8 byte fields. A view into the reader's buffer: valid only
/// inside the callback that receives it; copy with `fieldBytes()` or `strings()` to keep it.
public struct RawRecord {
    @usableFromInline let bytes: UnsafePointer<UInt8>
    @usableFromInline let ends: UnsafePointer<Int>
    /// Number of fields.
    public let count: Int
    /// Physical line (1-based) where the record starts.
    public let line: Int
    /// Byte offset in the file where the record starts, for UTF-8 input read without a change
    /// of its bytes (-1 when unknown: workbooks, copies).
    public let offset: Int64

    @inlinable
    init(bytes: UnsafePointer<UInt8>, ends: UnsafePointer<Int>, count: Int, line: Int, offset: Int64 = -1) {
        self.bytes = bytes
        self.ends = ends
        self.count = count
        self.line = line
        self.offset = offset
    }

    /// The bytes of field `index` (0-based).
    @inlinable
    public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(start: bytes + start, count: ends[index] - start)
    }

    /// Where the fields lie: their bytes back to back, and the end of each (relative to `bytes`).
    @inlinable
    public var storage: (bytes: UnsafePointer<UInt8>, ends: UnsafePointer<Int>) { (bytes, ends) }

    /// The byte length of field `index`.
    @inlinable
    public func length(_ index: Int) -> Int {
        ends[index] - (index == 0 ? 0 : ends[index - 1])
    }

    /// Field `index` as a String (for values that are reported, not on the hot path).
    public func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }

    /// All fields as Strings.
    public func strings() -> [String] { (0..<count).map(string) }

    /// True when every field is empty or only spaces and tabs (a row Excel left behind).
    public var isBlank: Bool {
        let total = count == 0 ? 0 : ends[count - 1]
        for i in 0..<total where bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
        return true
    }

    /// A copy that outlives the callback.
    public func owned() -> OwnedRecord {
        let total = count == 0 ? 0 : ends[count - 1]
        return OwnedRecord(
            bytes: Array(UnsafeBufferPointer(start: bytes, count: total)),
            ends: Array(UnsafeBufferPointer(start: ends, count: count)), line: line)
    }
}

/// A record copied out of the reader's buffer.
public struct OwnedRecord: Sendable, Equatable {
    public let bytes: [UInt8]
    public let ends: [Int]
    public let line: Int

    public init(bytes: [UInt8], ends: [Int], line: Int) {
        self.bytes = bytes
        self.ends = ends
        self.line = line
    }

    /// Builds a record from strings (tests, writers).
    public init(fields: [String], line: Int) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for field in fields { bytes.append(contentsOf: field.utf8); ends.append(bytes.count) }
        self.init(bytes: bytes, ends: ends, line: line)
    }

    /// Lends a `RawRecord` view of this copy.
    public func withRaw<T>(_ body: (RawRecord) throws -> T) rethrows -> T {
        // Empty arrays may have no storage; lend a one-element stand-in (never read: count is 0).
        let byteStorage = bytes.isEmpty ? [0] : bytes
        let endStorage = ends.isEmpty ? [0] : ends
        return try byteStorage.withUnsafeBufferPointer { b in
            try endStorage.withUnsafeBufferPointer { e in
                try body(RawRecord(bytes: b.baseAddress!, ends: e.baseAddress!, count: ends.count, line: line))
            }
        }
    }

    /// All fields as Strings.
    public func strings() -> [String] { withRaw { $0.strings() } }
}
