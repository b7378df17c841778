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

/// The keys of one field (or one set of fields) in one file, in an open-addressing table of
/// 16 bytes a slot: memory grows with distinct keys, never with rows.
struct KeyIndex: Sendable {
    private var keys: [UInt64] = Array(repeating: 0, count: 16)
    private var values: [UInt64] = Array(repeating: 0, count: 16)
    private(set) var count = 0

    /// Records a key; returns where it was seen before, if it was.
    mutating func insert(_ key: KeyFingerprint, row: Int, line: Int) -> KeyPlace? {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let place = KeyPlace(row: Int32(clamping: row), line: Int32(clamping: line))
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key.value) & mask
        while true {
            let current = keys[slot]
            if current == 0 {
                keys[slot] = key.value
                values[slot] = place.packed
                count += 1
                return nil
            }
            if current == key.value { return KeyPlace(packed: values[slot]) }
            slot = (slot + 1) & mask
        }
    }

    /// Every key with the place it was first seen.
    func forEach(_ body: (KeyFingerprint, KeyPlace) -> Void) {
        for i in keys.indices where keys[i] != 0 {
            body(KeyFingerprint(raw: keys[i]), KeyPlace(packed: values[i]))
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        count = 0
        let mask = keys.count - 1
        for i in oldKeys.indices where oldKeys[i] != 0 {
            var slot = Int(truncatingIfNeeded: oldKeys[i]) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[i]
            values[slot] = oldValues[i]
            count += 1
        }
    }
}

extension KeyFingerprint {
    init(raw: UInt64) { value = raw }
}
