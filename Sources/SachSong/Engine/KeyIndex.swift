/// A 128-bit fingerprint of a key: two independent 64-bit hashes, so that a million keys
/// collide with a probability far below one in a billion, without storing the keys.
struct KeyFingerprint: Hashable, Sendable {
    let a: UInt64
    let b: UInt64

    /// Fingerprint of bytes (already normalised by the caller).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var h1: UInt64 = 0xcbf2_9ce4_8422_2325
        var h2: UInt64 = 0x9E37_79B9_7F4A_7C15
        for byte in bytes {
            h1 = (h1 ^ UInt64(byte)) &* 0x100_0000_01b3
            h2 = (h2 &+ UInt64(byte)) &* 0xFF51_AFD7_ED55_8CCD
            h2 ^= h2 >> 29
        }
        a = h1
        b = h2 ^ UInt64(bytes.count)
    }

    init(_ bytes: [UInt8]) { self = bytes.withUnsafeBufferPointer { KeyFingerprint($0) } }
}

/// Where a key was first seen in one file.
struct KeyPlace: Sendable {
    let row: Int32
    let line: Int32
}

/// The keys of one field (or one set of fields) in one file: memory grows with distinct keys,
/// never with rows.
struct KeyIndex: Sendable {
    private(set) var places: [KeyFingerprint: KeyPlace] = [:]

    /// Records a key; returns where it was seen before, if it was.
    mutating func insert(_ key: KeyFingerprint, row: Int, line: Int) -> KeyPlace? {
        let place = KeyPlace(row: Int32(clamping: row), line: Int32(clamping: line))
        if let previous = places.updateValue(place, forKey: key) {
            places[key] = previous
            return previous
        }
        return nil
    }

    var count: Int { places.count }
}
