import Foundation

/// Recognises the record type of a file from its header (and its file name as a hint).
struct RecordTypeDetector {
    let rules: RuleSet
    let ignored: Set<String>

    init(rules: RuleSet) {
        self.rules = rules
        ignored = Set(rules.settings.ignoredHeaders.map(HeaderKey.strict))
    }

    /// The best-matching type, or nil when no type matches enough fields.
    func detect(header: [String], fileName: String) -> HeaderMapping? {
        let nameKey = HeaderKey.folded(fileName)
        var best: (mapping: HeaderMapping, score: Int)?
        for type in rules.recordTypes {
            let mapping = HeaderMapping(header: header, type: type, ignored: ignored)
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
        HeaderMapping(header: header, type: type, ignored: ignored)
    }

    /// How well a row looks like a header: the most fields of one type it matches.
    func headerScore(_ row: [String]) -> Int {
        rules.recordTypes.map { HeaderMapping(header: row, type: $0, ignored: ignored).matchCount }.max() ?? 0
    }
}
