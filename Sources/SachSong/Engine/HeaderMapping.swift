/// The phrases of a record type's fields, prepared once for matching headers.
struct AliasIndex: Sendable {
    struct Field: Sendable {
        /// Header, aliases, keywords and id, in that order.
        let phrases: [HeaderWords]
        let excludes: [HeaderWords]
    }

    let fields: [Field]
    /// Whole phrases → (field, phrase): by their words, their folded words, and run together.
    private let exact: [String: [(field: Int, phrase: Int)]]
    private let exactFolded: [String: [(field: Int, phrase: Int)]]
    private let exactJoined: [String: [(field: Int, phrase: Int)]]
    /// First word → phrases that may stand inside a header, by words and by folded words.
    private let byFirst: [String: [(field: Int, phrase: Int)]]
    private let byFirstFolded: [String: [(field: Int, phrase: Int)]]

    init(_ type: RecordType) {
        var exact: [String: [(Int, Int)]] = [:], exactFolded: [String: [(Int, Int)]] = [:]
        var exactJoined: [String: [(Int, Int)]] = [:]
        var byFirst: [String: [(Int, Int)]] = [:], byFirstFolded: [String: [(Int, Int)]] = [:]
        var fields: [Field] = []
        for (f, field) in type.fields.enumerated() {
            let names = [field.header] + field.aliases + field.keywords + [field.id]
            let phrases = names.map(HeaderWords.init)
            let keywordRange = (1 + field.aliases.count)..<(1 + field.aliases.count + field.keywords.count)
            // Phrases that may stand among other words: single-word aliases name the field only as
            // the whole header, keywords anywhere.
            let inside = phrases.indices.map { phrases[$0].words.count > 1 || keywordRange.contains($0) }
            for (p, phrase) in phrases.enumerated() where !phrase.words.isEmpty {
                exact[phrase.words.joined(separator: " "), default: []].append((f, p))
                exactFolded[phrase.folded.joined(separator: " "), default: []].append((f, p))
                exactJoined[phrase.joined, default: []].append((f, p))
                if inside[p] {
                    byFirst[phrase.words[0], default: []].append((f, p))
                    byFirstFolded[phrase.folded[0], default: []].append((f, p))
                }
            }
            fields.append(Field(phrases: phrases, excludes: field.exclude.map(HeaderWords.init)))
        }
        self.fields = fields
        self.exact = exact.mapValues { $0.map { (field: $0.0, phrase: $0.1) } }
        self.exactFolded = exactFolded.mapValues { $0.map { (field: $0.0, phrase: $0.1) } }
        self.exactJoined = exactJoined.mapValues { $0.map { (field: $0.0, phrase: $0.1) } }
        self.byFirst = byFirst.mapValues { $0.map { (field: $0.0, phrase: $0.1) } }
        self.byFirstFolded = byFirstFolded.mapValues { $0.map { (field: $0.0, phrase: $0.1) } }
    }

    /// How well `header` names each field it names at all: field → score. A header that is one
    /// of the field's phrases scores above any header that only holds one; among those, the
    /// longer phrase — the more specific meaning — scores higher. A field whose `exclude`
    /// phrases the header holds is named only by a phrase that holds them too.
    func scores(_ header: HeaderWords) -> [Int: Int] {
        let (whole, outsideNotes) = scoresOfWords(header)
        // Nothing named outside the bracketed notes: the header without them may be a phrase on
        // its own ("Lớp (năm học 2025-2026)", "Email [năm học 2025-2026]").
        if !outsideNotes, let core = header.core {
            let (bare, _) = scoresOfWords(core)
            if !bare.isEmpty { return bare }
        }
        return whole
    }

    /// The scores, and whether any phrase was met outside a bracketed note.
    private func scoresOfWords(_ header: HeaderWords) -> (scores: [Int: Int], outsideNotes: Bool) {
        var result: [Int: Int] = [:]
        var outside = false
        func offer(_ f: Int, _ p: Int, base: Int, inNote: Bool = false) {
            let phrase = fields[f].phrases[p]
            if base == HeaderMatch.phraseBase {
                for exclude in fields[f].excludes where header.find(exclude) != nil && phrase.find(exclude) == nil { return }
            }
            // A phrase met only inside a bracketed note says less than any phrase outside it.
            let score = (inNote ? base / 2 : base) + phrase.words.count * 10 - min(p, 9)
            if !inNote { outside = true }
            if score > result[f] ?? 0 { result[f] = score }
        }
        let hits =
            header.unaccented
            ? (exactFolded[header.folded.joined(separator: " ")] ?? []) + (header.words.count == 1 ? exactJoined[header.joined] ?? [] : [])
            : exact[header.words.joined(separator: " ")] ?? []
        for hit in hits { offer(hit.field, hit.phrase, base: HeaderMatch.exactBase) }
        let words = header.unaccented ? header.folded : header.words
        let table = header.unaccented ? byFirstFolded : byFirst
        for word in Set(words) {
            for hit in table[word] ?? [] {
                let phrase = fields[hit.field].phrases[hit.phrase]
                guard let start = header.find(phrase) else { continue }
                offer(
                    hit.field, hit.phrase, base: HeaderMatch.phraseBase,
                    inNote: header.inNote(start, count: phrase.words.count))
            }
        }
        return (result, outside)
    }
}

/// How a column came to its field.
public enum HeaderMatch: String, Sendable {
    /// The header is one of the field's phrases.
    case exact
    /// The header holds one of the field's phrases among other words.
    case phrase
    /// `--map` or the profile's `columns:` said so.
    case forced
    /// No field claims the column: it gets the generic checks of free text.
    case generic
    /// A second column of a field another column holds better: checked as that field's kind.
    case second

    static let exactBase = 10_000
    static let phraseBase = 1_000
    static let forcedScore = 100_000
}

/// How a file's header maps onto a record type's fields.
struct HeaderMapping {
    /// The record type, with a generated field for every column that no field claims and for
    /// every second column of a field (so that every column is checked).
    let recordType: RecordType
    /// Column index → field index, for matched columns (generated fields included).
    let columns: [(column: Int, field: Int)]
    /// How each matched column was matched, by column index.
    let how: [Int: HeaderMatch]
    /// Columns matching no field of the profile (they hold generated fields).
    let unknown: [Int]
    /// Columns whose field is already taken by a better-matching column: the column, the field,
    /// and the column that holds it.
    let shadowed: [(column: Int, field: Int, holder: Int)]
    /// Columns that name two fields equally: the column, the field used, the other field.
    let ambiguous: [(column: Int, field: Int, other: Int)]
    /// Number of distinct fields of the profile matched.
    let matchCount: Int
    /// Fields of the profile matched, weighted by how much they tell this type apart.
    let weight: Int

    /// Maps `header` onto `type`: each column to the field whose phrase it holds best
    /// (`AliasIndex.score`); `forced` maps headers (by their words) to field ids first.
    init(
        header: [HeaderWords], type: RecordType, index: AliasIndex, ignored: [HeaderWords],
        forced: [(header: HeaderWords, field: String)] = [], distinct: Set<String> = []
    ) {
        var best: [Int: (column: Int, score: Int)] = [:]
        var how: [Int: HeaderMatch] = [:]
        var unknown: [Int] = []
        var shadowed: [(Int, Int, Int)] = []
        var ambiguous: [(Int, Int, Int)] = []
        var losers: [(column: Int, field: Int)] = []
        for (column, words) in header.enumerated() {
            if words.words.isEmpty || ignored.contains(where: { words.equals($0) }) { continue }
            var top = (field: -1, score: 0, exact: false)
            var runnerUp = (field: -1, score: 0)
            if let rule = forced.first(where: { words.equals($0.header) }),
                let f = type.fields.firstIndex(where: { $0.id == rule.field })
            {
                top = (f, HeaderMatch.forcedScore, false)
                how[column] = .forced
            } else {
                for (f, score) in index.scores(words).sorted(by: { $0.key < $1.key }) {
                    if score > top.score {
                        runnerUp = (top.field, top.score)
                        top = (f, score, score >= HeaderMatch.exactBase)
                    } else if score > runnerUp.score {
                        runnerUp = (f, score)
                    }
                }
                guard top.field >= 0 else { unknown.append(column); continue }
                how[column] = top.exact ? .exact : .phrase
                if runnerUp.score == top.score { ambiguous.append((column, top.field, runnerUp.field)) }
            }
            if let current = best[top.field] {
                if top.score > current.score {
                    losers.append((current.column, top.field))
                    best[top.field] = (column, top.score)
                } else {
                    losers.append((column, top.field))
                }
            } else {
                best[top.field] = (column, top.score)
            }
        }
        recordType = type
        let columns = best.map { (column: $0.value.column, field: $0.key) }
        for (column, field) in losers { shadowed.append((column, field, best[field]!.column)) }
        self.columns = columns.sorted { $0.column < $1.column }
        self.how = how
        self.unknown = unknown
        self.shadowed = shadowed.sorted { $0.0 < $1.0 }
        self.ambiguous = ambiguous
        matchCount = best.count
        weight = best.keys.reduce(0) { $0 + (distinct.contains(type.fields[$1].id) ? 3 : 1) }
    }

    private init(
        recordType: RecordType, columns: [(column: Int, field: Int)], how: [Int: HeaderMatch], unknown: [Int],
        shadowed: [(column: Int, field: Int, holder: Int)], ambiguous: [(column: Int, field: Int, other: Int)],
        matchCount: Int, weight: Int
    ) {
        self.recordType = recordType
        self.columns = columns
        self.how = how
        self.unknown = unknown
        self.shadowed = shadowed
        self.ambiguous = ambiguous
        self.matchCount = matchCount
        self.weight = weight
    }

    /// The same mapping with every column checked: a column no field claims gets a generated
    /// free-text field, a second column of a field a copy of that field (same kind, not
    /// required, not unique).
    func coveringEveryColumn(names: [String]) -> HeaderMapping {
        var extended = recordType
        var columns = columns
        var how = how
        for (column, field, _) in shadowed {
            var copy = recordType.fields[field]
            copy.id = "\(copy.id)__cot\(column + 1)"
            copy.header = names[column]
            copy.required = .optional
            copy.uniqueScope = .none
            copy.freshnessDays = nil
            copy.generated = true
            extended.fields.append(copy)
            columns.append((column, extended.fields.count - 1))
            how[column] = .second
        }
        for column in unknown {
            var field = FieldRule(id: "cot\(column + 1)", header: names[column], type: .text)
            field.generated = true
            extended.fields.append(field)
            columns.append((column, extended.fields.count - 1))
            how[column] = .generic
        }
        return HeaderMapping(
            recordType: extended, columns: columns.sorted { $0.column < $1.column }, how: how, unknown: unknown,
            shadowed: shadowed, ambiguous: ambiguous, matchCount: matchCount, weight: weight)
    }
}
