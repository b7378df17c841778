import SachSong

/// The reference date as the commands take it: YYYY-MM-DD, or dd/mm/yyyy as a clerk writes it.
enum AsOfDate {
    static func parse(_ text: String) -> SimpleDate? { ReferenceDate.parse(text) }

    /// The message for a value that is neither form.
    static func invalid(_ text: String) -> String { "--as-of cần dạng YYYY-MM-DD hoặc dd/mm/yyyy, gặp «\(text)»." }

    /// The date given, or today in Vietnam.
    static func orToday(_ text: String?) -> SimpleDate { text.flatMap(parse) ?? Today.inVietnam() }
}
