import Foundation

/// Recognises the record type of a file from its header (and its file name as a hint).
struct RecordTypeDetector: Sendable {
    let rules: RuleSet
    let ignored: Set<String>
    private let indexes: [AliasIndex]

    init(rules: RuleSet) {
        self.rules = rules
        ignored = Set(rules.settings.ignoredHeaders.map(HeaderKey.strict))
        indexes = rules.recordTypes.map(AliasIndex.init)
    }

    /// The best-matching type, or nil when no type matches enough fields.
    func detect(header: [String], fileName: String) -> HeaderMapping? {
        let names = header.map(HeaderName.init)
        let nameKey = HeaderKey.folded(fileName)
        var best: (mapping: HeaderMapping, score: Int)?
        for (i, type) in rules.recordTypes.enumerated() {
            let mapping = HeaderMapping(header: names, type: type, index: indexes[i], ignored: ignored)
            guard mapping.matchCount > 0 else { continue }
            let hinted = type.fileHints.contains { !HeaderKey.folded($0).isEmpty && nameKey.contains(HeaderKey.folded($0)) }
            let enough = mapping.matchCount >= type.minimumMatches || (hinted && mapping.matchCount >= 1)
            guard enough else { continue }
            let score = mapping.matchCount * 10 + (hinted ? 5 : 0)
            if best == nil || score > best!.score { best = (mapping, score) }
        }
        return best?.mapping
    }

    /// The mapping onto a forced type.
    func mapping(header: [String], type: RecordType) -> HeaderMapping {
        let i = rules.recordTypes.firstIndex { $0.id == type.id }
        let index = i.map { indexes[$0] } ?? AliasIndex(type)
        return HeaderMapping(header: header.map(HeaderName.init), type: type, index: index, ignored: ignored)
    }

    /// How well a row looks like a header: the most fields of one type it matches.
    func headerScore(_ row: [String]) -> Int {
        let names = row.map(HeaderName.init)
        var best = 0
        for (i, type) in rules.recordTypes.enumerated() {
            best = max(best, HeaderMapping(header: names, type: type, index: indexes[i], ignored: ignored).matchCount)
        }
        return best
    }
}
