/// The spellings of a record type's fields, prepared once for matching headers.
struct AliasIndex: Sendable {
    let strict: [String: (field: Int, rank: Int)]
    let folded: [String: (field: Int, rank: Int)]

    init(_ type: RecordType) {
        var strict: [String: (field: Int, rank: Int)] = [:]
        var folded: [String: (field: Int, rank: Int)] = [:]
        for (f, field) in type.fields.enumerated() {
            let names = [field.header] + field.aliases + [field.id]
            for (rank, name) in names.enumerated() {
                let s = HeaderKey.strict(name)
                if strict[s] == nil { strict[s] = (f, rank) }
                let d = HeaderKey.folded(name)
                if folded[d] == nil { folded[d] = (f, rank + 1000) }
            }
        }
        self.strict = strict
        self.folded = folded
    }
}

/// How a file's header maps onto a record type's fields.
struct HeaderMapping {
    let recordType: RecordType
    /// Column index → field index, for matched columns.
    let columns: [(column: Int, field: Int)]
    /// Columns matching no field (and not ignorable).
    let unknown: [Int]
    /// Columns whose field is already taken by a better-matching column.
    let shadowed: [(column: Int, field: Int)]

    /// Number of distinct fields matched.
    var matchCount: Int { columns.count }

    /// Maps `header` onto `type`. Matching compares strict keys (case, NFC/NFD, spaces, "_",
    /// "(*)" ignored) first, then folded keys (diacritics dropped) as a last resort.
    init(header: [HeaderName], type: RecordType, index: AliasIndex, ignored: Set<String>) {
        recordType = type
        var best: [Int: (column: Int, rank: Int)] = [:]
        var unknown: [Int] = []
        var shadowed: [(Int, Int)] = []
        for (column, name) in header.enumerated() {
            if name.strict.isEmpty || ignored.contains(name.strict) { continue }
            guard let hit = index.strict[name.strict] ?? index.folded[name.folded] else { unknown.append(column); continue }
            if let current = best[hit.field] {
                if hit.rank < current.rank {
                    shadowed.append((current.column, hit.field))
                    best[hit.field] = (column, hit.rank)
                } else {
                    shadowed.append((column, hit.field))
                }
            } else {
                best[hit.field] = (column, hit.rank)
            }
        }
        columns = best.map { (column: $0.value.column, field: $0.key) }.sorted { $0.column < $1.column }
        self.unknown = unknown
        self.shadowed = shadowed.sorted { $0.0 < $1.0 }
    }
}

/// A header cell's comparison keys, computed once.
struct HeaderName {
    let strict: String
    let folded: String

    init(_ text: String) {
        strict = HeaderKey.strict(text)
        folded = HeaderKey.folded(text)
    }
}
