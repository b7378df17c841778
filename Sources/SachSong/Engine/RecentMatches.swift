#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The last few values of each list column with their code-list match: list columns repeat a
/// handful of spellings ("Nam", "Nữ", "Kinh", "Đang học") row after row, and comparing bytes is
/// cheaper than building a match key. Exact bytes only, so a hit gives what matching gives.
struct RecentMatches {
    /// Values kept per column, and the longest value kept.
    static let ways = 4
    static let width = 32

    private let columns: Int
    /// Per column and way: the value's bytes.
    private let bytes: UnsafeMutablePointer<UInt8>
    /// Per column and way: the value's length (-1: empty way) and its packed match.
    private let lengths: UnsafeMutablePointer<Int>
    private let packed: UnsafeMutablePointer<Int32>
    /// Per column: the way to replace next.
    private let next: UnsafeMutablePointer<Int>

    init(columns: Int) {
        self.columns = max(columns, 1)
        let slots = self.columns * Self.ways
        bytes = .allocate(capacity: slots * Self.width)
        lengths = .allocate(capacity: slots)
        lengths.initialize(repeating: -1, count: slots)
        packed = .allocate(capacity: slots)
        packed.initialize(repeating: 0, count: slots)
        next = .allocate(capacity: self.columns)
        next.initialize(repeating: 0, count: self.columns)
    }

    func deallocate() {
        bytes.deallocate()
        lengths.deallocate()
        packed.deallocate()
        next.deallocate()
    }

    /// The packed match of `value` in `column`, computed by `match` when not kept.
    @inline(__always)
    func match(_ value: UnsafeBufferPointer<UInt8>, column: Int, _ match: () -> Int32) -> Int32 {
        let n = value.count
        guard n <= Self.width, let source = value.baseAddress else { return match() }
        let first = column * Self.ways
        for way in first..<(first + Self.ways) where lengths[way] == n {
            if memcmp(bytes + way * Self.width, source, n) == 0 { return packed[way] }
        }
        let result = match()
        let way = first + next[column]
        next[column] = (next[column] + 1) % Self.ways
        (bytes + way * Self.width).update(from: source, count: n)
        lengths[way] = n
        packed[way] = result
        return result
    }
}
