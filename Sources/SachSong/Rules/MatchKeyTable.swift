/// Match keys and their packed results (`ValueMatcher.pack`) in flat, immutable memory: the
/// keys' bytes back to back and an open-addressing table over them, so that a lookup is one
/// hash and a few byte comparisons, with no reference counting, Hasher or Array in the way.
final class MatchKeyTable: @unchecked Sendable {
    private struct Slot {
        var hash: UInt64
        var start: Int32
        /// Key length in bytes; -1 for an empty slot.
        var length: Int32
        var packed: Int32
    }

    private let bytes: UnsafeMutablePointer<UInt8>
    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int

    /// `entries`: distinct keys with what a match of each returns.
    init(_ entries: [(key: [UInt8], packed: Int32)]) {
        let total = entries.reduce(0) { $0 + $1.key.count }
        bytes = .allocate(capacity: max(total, 1))
        var size = 16
        while size < entries.count * 3 { size *= 2 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(hash: 0, start: 0, length: -1, packed: 0), count: size)
        var start = 0
        for entry in entries {
            (bytes + start).initialize(from: entry.key, count: entry.key.count)
            let hash = entry.key.withUnsafeBufferPointer { MatchKey.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].length >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(hash: hash, start: Int32(start), length: Int32(entry.key.count), packed: entry.packed)
            start += entry.key.count
        }
    }

    deinit {
        bytes.deallocate()
        slots.deallocate()
    }

    /// The packed result of `key`, 0 when it is not in the table.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = MatchKey.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let candidate = slots[slot]
            if candidate.length < 0 { return 0 }
            if candidate.hash == hash, Int(candidate.length) == key.count, equal(key, at: Int(candidate.start)) {
                return candidate.packed
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func equal(_ key: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let stored = bytes + start
        for i in 0..<key.count where stored[i] != key[i] { return false }
        return true
    }
}
