import Foundation

/// Recognises the record type of a file from its header (and its file name as a hint).
struct RecordTypeDetector: Sendable {
    let rules: RuleSet
    let ignored: [HeaderWords]
    /// Headers forced onto fields (`--map`, the profile's `columns:`).
    let forced: [(header: HeaderWords, field: String)]
    private let indexes: [AliasIndex]
    /// Per type, the ids of its fields that no other type has: they tell the types apart.
    private let distinct: [Set<String>]

    init(rules: RuleSet) {
        self.rules = rules
        ignored = rules.settings.ignoredHeaders.map(HeaderWords.init)
        forced = rules.settings.columns.map { (HeaderWords($0.header), $0.field) }
        indexes = rules.recordTypes.map(AliasIndex.init)
        var owners: [String: Int] = [:]
        for type in rules.recordTypes { for field in type.fields { owners[field.id, default: 0] += 1 } }
        distinct = rules.recordTypes.map { type in Set(type.fields.map(\.id).filter { owners[$0] == 1 }) }
    }

    /// The best-matching type, or nil when no type matches enough fields.
    func detect(header: [String], fileName: String) -> HeaderMapping? {
        let words = header.map(HeaderWords.init)
        let nameKey = HeaderKey.folded(fileName)
        var best: (mapping: HeaderMapping, score: Int)?
        for (i, type) in rules.recordTypes.enumerated() {
            let mapping = HeaderMapping(
                header: words, type: type, index: indexes[i], ignored: ignored,
                forced: forced, distinct: distinct[i])
            guard mapping.matchCount > 0 else { continue }
            let hinted = type.fileHints.contains { !HeaderKey.folded($0).isEmpty && nameKey.contains(HeaderKey.folded($0)) }
            let enough = mapping.matchCount >= type.minimumMatches || (hinted && mapping.matchCount >= 1)
            guard enough else { continue }
            let score = mapping.weight * 10 + (hinted ? 15 : 0)
            if best == nil || score > best!.score { best = (mapping, score) }
        }
        return best?.mapping.coveringEveryColumn(names: header)
    }

    /// The mapping onto a forced type.
    func mapping(header: [String], type: RecordType) -> HeaderMapping {
        let i = rules.recordTypes.firstIndex { $0.id == type.id }
        let index = i.map { indexes[$0] } ?? AliasIndex(type)
        return HeaderMapping(
            header: header.map(HeaderWords.init), type: type, index: index, ignored: ignored,
            forced: forced
        ).coveringEveryColumn(names: header)
    }

    /// How well a row looks like a header: the most fields of one type it matches.
    func headerScore(_ row: [String]) -> Int {
        let words = row.map(HeaderWords.init)
        var best = 0
        for (i, type) in rules.recordTypes.enumerated() {
            best = max(best, HeaderMapping(header: words, type: type, index: indexes[i], ignored: ignored).matchCount)
        }
        return best
    }
}
