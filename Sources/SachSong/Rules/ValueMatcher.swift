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
    private var table: [UInt64: [(key: [UInt8], entry: Int, canonical: Bool)]] = [:]

    init(list: CodeList) {
        self.list = list
        for (index, entry) in list.entries.enumerated() {
            add(entry.value, entry: index, canonical: true)
            for synonym in entry.synonyms { add(synonym, entry: index, canonical: false) }
            if let code = entry.code { add(code, entry: index, canonical: false) }
        }
    }

    private func add(_ text: String, entry: Int, canonical: Bool) {
        let key = Array(MatchKey.of(text).utf8)
        let hash = key.withUnsafeBufferPointer { MatchKey.hash($0) }
        if let existing = table[hash]?.first(where: { $0.key == key }) {
            // The first declaration wins; a canonical spelling outranks a synonym.
            if existing.canonical || !canonical { return }
            table[hash]?.removeAll { $0.key == key }
        }
        table[hash, default: []].append((key, entry, canonical))
    }

    /// Matches a field's bytes; `scratch` is a reusable buffer.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> Match {
        if !MatchKey.write(bytes, into: &scratch) {
            return match(String(decoding: bytes, as: UTF8.self))
        }
        return lookup(scratch)
    }

    /// Matches a string.
    func match(_ text: String) -> Match { lookup(Array(MatchKey.of(text).utf8)) }

    private func lookup(_ key: [UInt8]) -> Match {
        let hash = key.withUnsafeBufferPointer { MatchKey.hash($0) }
        guard let candidates = table[hash] else { return .none }
        for candidate in candidates where candidate.key == key {
            return candidate.canonical ? .canonical(candidate.entry) : .synonym(candidate.entry)
        }
        return .none
    }

    /// The canonical spelling of an entry.
    func value(_ entry: Int) -> String { list.entries[entry].value }
}
