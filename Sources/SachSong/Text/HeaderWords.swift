import Foundation

/// A header (or one of a field's phrases) as the words it is made of: NFC, Vietnamese lower
/// case, punctuation, "_", "(*)" and "*" as spaces, a leading number ("1.", "(3)") dropped.
/// "Họ và tên (*)", "HO_VA_TEN" and "1. họ  và tên" have the same words.
struct HeaderWords: Sendable, Equatable {
    /// The words with their diacritics.
    let words: [String]
    /// The same words without diacritics, đ as d ("so dinh danh").
    let folded: [String]
    /// The text was written without any diacritic (then only its folded words can be compared).
    let unaccented: Bool
    /// The folded words run together ("hoten"), for machine keys written without spaces.
    let joined: String
    /// Per word: it stands inside a bracketed note ("năm học" in "Lớp (năm học 2025-2026)").
    let inNote: [Bool]
    /// The header without its bracketed notes ("Lớp (năm học 2025-2026)" → "Lớp"), when it has
    /// some: a note does not change what the column holds.
    let coreText: String?

    /// The words of `coreText`.
    var core: HeaderWords? { coreText.map(HeaderWords.init) }

    init(_ text: String) {
        let nfc = Self.withoutNumbering(text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "(*)", with: " "))
        var words: [String] = []
        var inNote: [Bool] = []
        var word = String.UnicodeScalarView()
        var depth = 0
        func close() {
            if !word.isEmpty { words.append(String(word)); inNote.append(depth > 0); word = String.UnicodeScalarView() }
        }
        for scalar in nfc.unicodeScalars {
            if Self.separators.contains(scalar) || scalar.properties.isWhitespace || VietnameseLetters.isInvisible(scalar.value) {
                close()
                if scalar == "(" || scalar == "[" { depth += 1 }
                if (scalar == ")" || scalar == "]") && depth > 0 { depth -= 1 }
            } else {
                word.append(Unicode.Scalar(VietnameseLetters.lowercased(scalar.value)) ?? scalar)
            }
        }
        close()
        Self.dropCodeNumber(&words, &inNote)
        self.words = words
        self.inNote = inNote
        folded = words.map(Self.fold)
        unaccented = folded == words
        joined = folded.joined()
        let outside = Self.outsideBrackets(nfc)
        coreText = outside != nil && outside != nfc ? outside : nil
    }

    /// "Mã số X" is how many exports write "Mã X" ("Mã số học sinh", "Mã số phòng", "MA SO THIET
    /// BI"): the "số" is dropped when a word follows, on headers and phrases alike, so either
    /// wording finds the other.
    static func dropCodeNumber(_ words: inout [String], _ inNote: inout [Bool]) {
        var k = 0
        while k + 2 < words.count {
            if (words[k] == "mã" && words[k + 1] == "số") || (words[k] == "ma" && words[k + 1] == "so") {
                words.remove(at: k + 1)
                inNote.remove(at: k + 1)
            }
            k += 1
        }
    }

    /// The text with what stands in ( ) and [ ] removed; nil when nothing is left.
    static func outsideBrackets(_ text: String) -> String? {
        guard text.contains("(") || text.contains("[") else { return text }
        var depth = 0
        var kept = ""
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: if depth == 0 { kept.append(character) }
            }
        }
        return kept.contains(where: { $0.isLetter }) ? kept : nil
    }

    static let separators: Set<Unicode.Scalar> = [
        "_", "*", ".", ":", ";", ",", "(", ")", "[", "]", "{", "}", "\"", "'", "-", "–", "—", "/", "\\", "&", "?", "#",
        "+", "|", "<", ">", "=", "!", "“", "”", "‘", "’"
    ]

    /// The text without a numbering mark before its words ("1. Họ tên", "(3) Ngày sinh", "2) Lớp").
    static func withoutNumbering(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " { i += 1 }
        let open = i < scalars.count && scalars[i] == "("
        if open { i += 1 }
        let digits = i
        while i < scalars.count, scalars[i].properties.numericType != nil, i - digits < 3 { i += 1 }
        guard i > digits, i < scalars.count, scalars[i] == "." || scalars[i] == ")" else { return text }
        if open && scalars[i] != ")" { return text }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[(i + 1)...])
        let remainder = String(rest)
        return remainder.contains(where: { $0.isLetter }) ? remainder : text
    }

    /// A word without its diacritics, đ as d.
    static func fold(_ word: String) -> String {
        var result = ""
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars {
            if VietnameseLetters.isCombiningMark(scalar.value) { continue }
            if scalar == "đ" { result.append("d") } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// True when the words from `start` on, `count` of them, all stand inside a bracketed note.
    func inNote(_ start: Int, count: Int) -> Bool {
        (start..<(start + count)).allSatisfy { inNote[$0] }
    }

    /// Where `phrase` stands in these words as whole consecutive words (nil when it does not).
    /// Compared with diacritics, or without them when these words were written without any.
    func find(_ phrase: HeaderWords) -> Int? {
        let mine = unaccented ? folded : words
        let theirs = unaccented ? phrase.folded : phrase.words
        guard !theirs.isEmpty, theirs.count <= mine.count else { return nil }
        for start in 0...(mine.count - theirs.count) {
            var same = true
            for k in 0..<theirs.count where mine[start + k] != theirs[k] {
                same = false
                break
            }
            if same { return start }
        }
        return nil
    }

    /// True when these words are exactly `phrase` (machine keys run together too: "HoTen").
    func equals(_ phrase: HeaderWords) -> Bool {
        if unaccented { return folded == phrase.folded || (words.count == 1 && joined == phrase.joined) }
        return words == phrase.words
    }
}
