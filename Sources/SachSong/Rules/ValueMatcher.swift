import CSVInput

/// A code list compiled for matching field bytes without building Strings.
final class ValueMatcher: @unchecked Sendable {
    /// How a value matched.
    enum Match: Equatable {
        /// The canonical spelling, up to case and spaces.
        case canonical(Int)
        /// A synonym or code of the entry.
        case synonym(Int)
        /// Not in the list.
        case none
    }

    let list: CodeList
    /// Match keys of every spelling, with their entry.
    private var keys: [(key: [UInt8], entry: Int, canonical: Bool)] = []
    /// Open-addressing table of indexes into `keys` (-1 when empty), sized to a power of two.
    private var slots: [Int32] = []
    private var hashes: [UInt64] = []
    /// Longest key in bytes: longer values cannot match.
    private(set) var longestKey = 0
    /// Bitmap of the keys' first two bytes, for a quick "cannot match" answer.
    private var prefixes = [UInt64](repeating: 0, count: 1024)

    init(list: CodeList) {
        self.list = list
        for (index, entry) in list.entries.enumerated() {
            add(entry.value, entry: index, canonical: true)
            for synonym in entry.synonyms { add(synonym, entry: index, canonical: false) }
            if let code = entry.code { add(code, entry: index, canonical: false) }
        }
        for item in keys {
            let bit = Self.prefix(item.key.first ?? 0, item.key.count > 1 ? item.key[1] : 0)
            prefixes[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        var size = 16
        while size < keys.count * 3 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        for (i, item) in keys.enumerated() {
            let hash = item.key.withUnsafeBufferPointer { MatchKey.hash($0) }
            hashes.append(hash)
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(i)
        }
    }

    private func add(_ text: String, entry: Int, canonical: Bool) {
        let key = Array(MatchKey.of(text).utf8)
        if let existing = keys.firstIndex(where: { $0.key == key }) {
            // The first declaration wins; a canonical spelling outranks a synonym.
            if keys[existing].canonical || !canonical { return }
            keys[existing] = (key, entry, canonical)
            return
        }
        keys.append((key, entry, canonical))
        longestKey = max(longestKey, key.count)
    }

    private static func prefix(_ a: UInt8, _ b: UInt8) -> Int { Int(a) << 8 | Int(b) }

    /// False when no spelling of the list can match these bytes (their first two bytes, in lower
    /// case, start no key); true means "compute the match key and look".
    @inline(__always)
    func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count else { return true }
        var a = bytes[i]
        if a >= 0x41 && a <= 0x5A { a += 0x20 }
        if a >= 0x80 { return true }
        var b: UInt8 = 0
        if i + 1 < bytes.count {
            b = bytes[i + 1]
            if b >= 0x41 && b <= 0x5A { b += 0x20 }
            if b >= 0x80 || b == 0x20 { return true }
        }
        let bit = Self.prefix(a, b)
        return prefixes[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Matches a field's bytes; `scratch` is a reusable buffer.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> Match {
        if !MatchKey.write(bytes, into: &scratch) {
            return match(String(decoding: bytes, as: UTF8.self))
        }
        return scratch.withUnsafeBufferPointer { lookup($0) }
    }

    /// A match packed in a number (entry × 2 + 1 when canonical, entry × 2 + 2 for a synonym,
    /// 0 for none), to be kept per value.
    static func pack(_ match: Match) -> Int32 {
        switch match {
        case .canonical(let entry): return Int32(entry) * 2 + 1
        case .synonym(let entry): return Int32(entry) * 2 + 2
        case .none: return 0
        }
    }

    static func unpack(_ packed: Int32) -> Match {
        if packed == 0 { return .none }
        let entry = Int((packed - 1) / 2)
        return packed & 1 == 1 ? .canonical(entry) : .synonym(entry)
    }

    /// Matches a string.
    func match(_ text: String) -> Match {
        Array(MatchKey.of(text).utf8).withUnsafeBufferPointer { lookup($0) }
    }

    private func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Match {
        guard key.count <= longestKey else { return .none }
        let hash = MatchKey.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return .none }
            if hashes[index] == hash, keys[index].key.elementsEqual(key) {
                let item = keys[index]
                return item.canonical ? .canonical(item.entry) : .synonym(item.entry)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The canonical spelling of an entry.
    func value(_ entry: Int) -> String { list.entries[entry].value }
}
