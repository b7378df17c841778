import SachSong

/// The reference date as the commands take it: YYYY-MM-DD, or dd/mm/yyyy as a clerk writes it.
enum AsOfDate {
    static func parse(_ text: String) -> SimpleDate? {
        if let date = DateParser.parseISO(text) { return date }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }

    /// The message for a value that is neither form.
    static func invalid(_ text: String) -> String { "--as-of cần dạng YYYY-MM-DD hoặc dd/mm/yyyy, gặp «\(text)»." }

    /// The date given, or today in Vietnam.
    static func orToday(_ text: String?) -> SimpleDate { text.flatMap(parse) ?? Today.inVietnam() }
}
