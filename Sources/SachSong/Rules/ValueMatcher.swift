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
    /// Longest key in bytes: longer values cannot match.
    let longestKey: Int
    /// Bitmap of the keys' first two bytes, for a quick "cannot match" answer.
    private let prefixes: [UInt64]
    /// The keys' bytes back to back, and the open-addressing table over them: flat memory
    /// that lookups read without reference counting.
    private let table: MatchKeyTable
    /// Entries' `meaning` phrases, longest first: a value that is no spelling of the list but
    /// holds one of them as whole words is a synonym of its entry.
    private let meanings: [(words: HeaderWords, entry: Int)]

    init(list: CodeList) {
        self.list = list
        var keys: [(key: [UInt8], entry: Int, canonical: Bool)] = []
        for (index, entry) in list.entries.enumerated() {
            Self.add(entry.value, entry: index, canonical: true, to: &keys)
            for synonym in entry.synonyms { Self.add(synonym, entry: index, canonical: false, to: &keys) }
            // A list's own code ("01", "2") is the value written as the receiving database's code:
            // as good as the canonical spelling.
            if let code = entry.code { Self.add(code, entry: index, canonical: true, to: &keys) }
        }
        var prefixes = [UInt64](repeating: 0, count: 1024)
        for item in keys {
            let bit = Self.prefix(item.key.first ?? 0, item.key.count > 1 ? item.key[1] : 0)
            prefixes[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.prefixes = prefixes
        longestKey = keys.reduce(0) { max($0, $1.key.count) }
        meanings = list.entries.enumerated().flatMap { index, entry in entry.meaning.map { (HeaderWords($0), index) } }
            .sorted { $0.words.words.count > $1.words.words.count }
        table = MatchKeyTable(keys.map { (key: $0.key, packed: Self.pack($0.canonical ? .canonical($0.entry) : .synonym($0.entry))) })
    }

    private static func add(_ text: String, entry: Int, canonical: Bool, to keys: inout [(key: [UInt8], entry: Int, canonical: Bool)]) {
        let key = Array(MatchKey.of(text).utf8)
        if let existing = keys.firstIndex(where: { $0.key == key }) {
            // The first declaration wins; a canonical spelling outranks a synonym.
            if keys[existing].canonical || !canonical { return }
            keys[existing] = (key, entry, canonical)
            return
        }
        keys.append((key, entry, canonical))
    }

    private static func prefix(_ a: UInt8, _ b: UInt8) -> Int { Int(a) << 8 | Int(b) }

    /// False when no spelling of the list can match these bytes (their first two bytes, in lower
    /// case, start no key); true means "compute the match key and look". A plain Vietnamese
    /// letter first or second ("Đặng", "Lê") is read as the key would have it.
    @inline(__always)
    func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n, bytes[i] == 0x20 { i += 1 }
        guard i < n else { return true }
        var a = bytes[i]
        var b: UInt8 = 0
        if a >= 0x80 {
            guard let length = PlainLetter.length(bytes, at: i), PlainLetter.startsPlain(bytes, at: i + length) else { return true }
            (a, b) = PlainLetter.lowercasedLeadingBytes(bytes, at: i)
        } else {
            if a >= 0x41 && a <= 0x5A { a += 0x20 }
            if i + 1 < n {
                b = bytes[i + 1]
                if b >= 0x41 && b <= 0x5A { b += 0x20 }
                if b == 0x20 { return true }
                if b >= 0x80 {
                    // The key's second byte is the letter's lead byte, which lower case keeps.
                    guard a > 0x20, a < 0x7F, let length = PlainLetter.length(bytes, at: i + 1),
                        PlainLetter.startsPlain(bytes, at: i + 1 + length)
                    else { return true }
                }
            }
        }
        let bit = Self.prefix(a, b)
        return prefixes[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Matches a field's bytes. The key is built on the stack; a key longer than every spelling
    /// cannot match.
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Match {
        let capacity = max(longestKey, 1)
        let packed: Int32? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var sink = KeySink(base: buffer.baseAddress!, capacity: capacity)
            guard MatchKey.append(bytes, to: &sink) else { return nil }
            return sink.overflowed ? 0 : table.find(sink.bytes)
        }
        guard let packed else { return match(String(decoding: bytes, as: UTF8.self)) }
        if packed == 0 && !meanings.isEmpty { return byMeaning(String(decoding: bytes, as: UTF8.self)) }
        return Self.unpack(packed)
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
        let found = key.count <= longestKey ? Self.unpack(table.find(key)) : .none
        if found == .none && !meanings.isEmpty { return byMeaning(String(decoding: key, as: UTF8.self)) }
        return found
    }

    /// The entry whose meaning phrase the value holds (the longest phrase first).
    private func byMeaning(_ text: String) -> Match {
        let words = HeaderWords(text)
        guard words.words.count <= 12 else { return .none }
        for meaning in meanings where words.find(meaning.words) != nil { return .synonym(meaning.entry) }
        return .none
    }

    /// The canonical spelling of an entry.
    func value(_ entry: Int) -> String { list.entries[entry].value }
}
