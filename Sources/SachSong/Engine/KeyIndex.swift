import CPrefetch
#if os(Linux)
    import Glibc
#endif

/// A 64-bit fingerprint of a key. Among a million distinct keys two collide with a probability
/// near 3·10⁻⁸; the keys themselves are never stored.
struct KeyFingerprint: Hashable, Sendable {
    let value: UInt64

    /// Fingerprint of bytes (already normalised by the caller): 8 bytes at a time, multiply-xorshift,
    /// then a final avalanche (MurmurHash3's fmix64).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        value = h == 0 ? 1 : h
    }

    init(_ bytes: [UInt8]) { self = bytes.withUnsafeBufferPointer { KeyFingerprint($0) } }
}

/// Where a key was first seen in one file.
struct KeyPlace: Sendable {
    let row: Int32
    let line: Int32

    var packed: UInt64 { UInt64(UInt32(bitPattern: row)) << 32 | UInt64(UInt32(bitPattern: line)) }
    init(row: Int32, line: Int32) {
        self.row = row
        self.line = line
    }
    init(packed: UInt64) {
        row = Int32(bitPattern: UInt32(packed >> 32))
        line = Int32(bitPattern: UInt32(packed & 0xFFFF_FFFF))
    }
}

/// The physical line of each data row of one file, kept as the few rows where the distance
/// between row number and line changes (a quoted line break, a blank line), so that a key table
/// need only store rows.
final class RowLines: @unchecked Sendable {
    /// (first row, line − row from that row on), rows ascending.
    private var breaks: [(row: Int, delta: Int)] = []
    private var delta = Int.min

    /// Notes the line of a row; rows come in ascending order.
    @inline(__always)
    func note(row: Int, line: Int) {
        if line &- row != delta { noteChange(row: row, line: line) }
    }

    @inline(never)
    private func noteChange(row: Int, line: Int) {
        delta = line &- row
        breaks.append((row, delta))
    }

    /// Takes the rows of `later`, a part of the same file read on its own whose rows and lines
    /// follow this part's last row and line.
    func append(_ later: RowLines, rowOffset: Int, lineOffset: Int) {
        for entry in later.breaks {
            let shifted = entry.delta + lineOffset - rowOffset
            if shifted != delta {
                breaks.append((entry.row + rowOffset, shifted))
                delta = shifted
            }
        }
    }

    /// The line of a row noted before.
    func line(of row: Int) -> Int {
        var low = 0, high = breaks.count
        while low < high {
            let mid = (low + high) / 2
            if breaks[mid].row <= row { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? row : row + breaks[low - 1].delta
    }
}

/// The keys of one field (or one set of fields) in one file, in an open-addressing table of
/// 12 bytes a slot (fingerprint and row; lines come from `RowLines`): memory grows with
/// distinct keys, never with rows. A reference: copies share one table.
struct KeyIndex: @unchecked Sendable {
    private let table: KeyTable

    init(lines: RowLines) { table = KeyTable(lines: lines) }

    /// The table without ownership, for the row loop (valid while this index lives).
    var handle: KeyHandle { KeyHandle(table: Unmanaged.passUnretained(table)) }

    /// Makes room for about `keys` keys at once (no growing step by step).
    func reserve(_ keys: Int) { table.reserve(keys) }

    /// Records a key; returns the row it was first seen at (with its line), or nil if new.
    @inline(__always)
    func insert(raw key: UInt64, row: Int) -> KeyPlace? {
        table.insert(key, row: row)
    }

    /// Where a key was first seen, if it was.
    func lookup(raw key: UInt64) -> KeyPlace? { table.lookup(key) }

    /// Joins the table of `later`, the next part of the same file (rows numbered from 1 within
    /// it, `rowOffset` rows before it), as if its keys had been inserted here: its keys already
    /// here are dropped from it and returned with their row in `later` and where they were first
    /// seen. The tables are kept apart (no rehash, no copy); lookups and `forEach` see both.
    func join(_ later: KeyIndex, rowOffset: Int) -> [(row: Int, first: KeyPlace)] {
        table.join(later.table, rowOffset: rowOffset)
    }

    /// Every key with the place it was first seen.
    func forEach(_ body: (KeyFingerprint, KeyPlace) -> Void) { table.forEach(body) }
}

/// A `KeyIndex`'s table reached without ownership: copying it costs no retain and release, which
/// the row loop would otherwise pay for every key of every row. Valid while its index lives.
struct KeyHandle {
    fileprivate let table: Unmanaged<KeyTable>

    @inline(__always)
    func insert(raw key: UInt64, row: Int) -> KeyPlace? {
        table._withUnsafeGuaranteedRef { $0.insert(key, row: row) }
    }

    /// Starts bringing in the slot where `key` is looked for first (see `insert`).
    @inline(__always)
    func prefetch(raw key: UInt64) {
        table._withUnsafeGuaranteedRef { $0.prefetch(key) }
    }
}

/// The table behind a `KeyIndex`: linear probing, position by multiply-shift so that the size
/// can grow by half at a time.
private final class KeyTable {
    /// A slot: fingerprint (0 = empty) in two halves, and the row.
    struct Slot {
        var low: UInt32
        var high: UInt32
        var row: Int32
        @inline(__always) var key: UInt64 { UInt64(high) << 32 | UInt64(low) }
    }

    let lines: RowLines
    private var slots: UnsafeMutablePointer<Slot>
    /// Tables of later parts of the same file joined to this one: their rows are numbered within
    /// their part, `rowOffset` rows after this one's first; a key also found before has its row
    /// set to -1 there (dropped, its slot kept so that probing still passes over it).
    private var joined: [(table: KeyTable, rowOffset: Int)] = []
    private var capacity: Int
    private var limit: Int
    private(set) var count = 0

    init(lines: RowLines) {
        self.lines = lines
        capacity = 16
        limit = 12
        slots = Self.allocate(capacity)
    }

    deinit { Self.free(slots, capacity) }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func probe(_ key: UInt64) -> (index: Int, found: Bool) {
        var i = Self.position(key, capacity)
        let low = UInt32(truncatingIfNeeded: key), high = UInt32(truncatingIfNeeded: key >> 32)
        while true {
            let slot = slots[i]
            if slot.low == low && slot.high == high { return (i, true) }
            if slot.low == 0 && slot.high == 0 { return (i, false) }
            i += 1
            if i == capacity { i = 0 }
        }
    }

    @inline(__always)
    private func place(_ i: Int) -> KeyPlace {
        KeyPlace(row: slots[i].row, line: Int32(clamping: lines.line(of: Int(slots[i].row))))
    }

    @inline(__always)
    func prefetch(_ key: UInt64) {
        sachsong_prefetch_for_write(slots + Self.position(key, capacity))
    }

    func lookup(_ key: UInt64) -> KeyPlace? {
        let (i, found) = probe(key)
        if found { return place(i) }
        for part in joined {
            let (j, there) = part.table.probe(key)
            let row = there ? Int(part.table.slots[j].row) : -1
            if row >= 0 { return KeyPlace(row: Int32(clamping: row + part.rowOffset), line: Int32(clamping: lines.line(of: row + part.rowOffset))) }
        }
        return nil
    }

    func join(_ later: KeyTable, rowOffset: Int) -> [(row: Int, first: KeyPlace)] {
        var repeats: [(row: Int, first: KeyPlace)] = []
        for i in 0..<later.capacity {
            let slot = later.slots[i]
            guard slot.key != 0, let first = lookup(slot.key) else { continue }
            repeats.append((Int(slot.row), first))
            later.slots[i].row = -1
        }
        joined.append((later, rowOffset))
        return repeats
    }

    @inline(__always)
    func insert(_ key: UInt64, row: Int) -> KeyPlace? {
        if count >= limit { grow() }
        let (i, found) = probe(key)
        if found { return place(i) }
        slots[i] = Slot(low: UInt32(truncatingIfNeeded: key), high: UInt32(truncatingIfNeeded: key >> 32), row: Int32(clamping: row))
        count += 1
        return nil
    }

    func forEachRaw(_ body: (UInt64, Int) -> Void) {
        for i in 0..<capacity {
            let slot = slots[i]
            if slot.key != 0 { body(slot.key, Int(slot.row)) }
        }
    }

    @inline(__always)
    private static func position(_ key: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: key.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    func forEach(_ body: (KeyFingerprint, KeyPlace) -> Void) {
        for i in 0..<capacity {
            let slot = slots[i]
            if slot.key != 0 {
                body(KeyFingerprint(raw: slot.key), KeyPlace(row: slot.row, line: Int32(clamping: lines.line(of: Int(slot.row)))))
            }
        }
        for part in joined {
            part.table.forEachRaw { key, row in
                guard row >= 0 else { return }
                let absolute = row + part.rowOffset
                body(KeyFingerprint(raw: key), KeyPlace(row: Int32(clamping: absolute), line: Int32(clamping: lines.line(of: absolute))))
            }
        }
    }

    func reserve(_ keys: Int) {
        let needed = keys / 4 * 5 + 16
        if needed > capacity { rehash(needed) }
    }

    @inline(never)
    private func grow() { rehash(capacity + capacity / 2) }

    private func rehash(_ newCapacity: Int) {
        let old = slots, oldCapacity = capacity
        capacity = newCapacity
        limit = capacity / 5 * 4
        slots = Self.allocate(capacity)
        for j in 0..<oldCapacity {
            let slot = old[j]
            guard slot.low != 0 || slot.high != 0 else { continue }
            var i = Self.position(slot.key, capacity)
            while slots[i].low != 0 || slots[i].high != 0 {
                i += 1
                if i == capacity { i = 0 }
            }
            slots[i] = slot
        }
        Self.free(old, oldCapacity)
    }

    private static let hugePage = 2 << 20

    /// Zeroed slots; a large table is aligned to huge pages and asks for them (a probe is a
    /// random access: fewer TLB misses).
    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<Slot> {
        let bytes = capacity * MemoryLayout<Slot>.stride
        #if os(Linux)
            if bytes >= hugePage {
                // Fresh anonymous pages are zero and cost nothing until touched.
                let rounded = (bytes + hugePage - 1) / hugePage * hugePage
                if let raw = mmap(nil, rounded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), raw != MAP_FAILED {
                    _ = madvise(raw, rounded, MADV_HUGEPAGE)
                    return raw.bindMemory(to: Slot.self, capacity: capacity)
                }
            }
        #endif
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        slots.initialize(repeating: Slot(low: 0, high: 0, row: 0), count: capacity)
        return slots
    }

    private static func free(_ slots: UnsafeMutablePointer<Slot>, _ capacity: Int) {
        #if os(Linux)
            let bytes = capacity * MemoryLayout<Slot>.stride
            if bytes >= hugePage {
                munmap(slots, (bytes + hugePage - 1) / hugePage * hugePage)
                return
            }
        #endif
        slots.deallocate()
    }
}

extension KeyFingerprint {
    init(raw: UInt64) { value = raw }
}
