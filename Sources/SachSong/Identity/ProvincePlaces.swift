/// Province names and the ID codes a birth registered there carries: the 63 former provinces of
/// the ID's code list, and the 34 in force since 1 July 2025 with the codes of every province each
/// absorbed. A place is recognised by the province name it holds as whole words ("Phường Phú
/// Lâm, TP. Hồ Chí Minh").
struct ProvincePlaces: Sendable {
    private let names: [(words: HeaderWords, codes: Set<Int>)]

    init(codes: CodeList, provinces2025: CodeList?) {
        var byName: [String: Set<Int>] = [:]
        for entry in codes.entries {
            guard let code = entry.code.flatMap({ Int($0) }) else { continue }
            byName[entry.value, default: []].insert(code)
        }
        for entry in provinces2025?.entries ?? [] {
            var merged = byName[entry.value] ?? []
            for former in entry.synonyms { merged.formUnion(byName[former] ?? []) }
            byName[entry.value] = merged
        }
        // Short forms of the city's name seen in addresses.
        if let city = byName["Hồ Chí Minh"] { for short in ["TP.HCM", "TPHCM", "HCM", "Sài Gòn"] { byName[short] = city } }
        names = byName.map { (HeaderWords($0.key), $0.value) }.filter { !$0.codes.isEmpty }
            .sorted { $0.words.words.count > $1.words.words.count }
    }

    /// The codes a birth registered at `place` may carry; nil when the place names no province.
    func codes(for place: String) -> Set<Int>? {
        let words = HeaderWords(place)
        guard !words.words.isEmpty, words.words.count <= 40 else { return nil }
        var found: Set<Int>?
        for name in names where words.find(name.words) != nil {
            found = (found ?? []).union(name.codes)
        }
        return found
    }
}
