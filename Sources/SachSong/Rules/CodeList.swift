/// A list of allowed values with their synonyms (genders, ethnic groups, province codes…).
public struct CodeList: Sendable {
    /// One allowed value.
    public struct Entry: Sendable {
        /// The canonical spelling, e.g. "Nữ".
        public var value: String
        /// An official code, e.g. "079" or "01".
        public var code: String?
        /// Other spellings that mean the same ("nu", "F").
        public var synonyms: [String]

        public init(value: String, code: String? = nil, synonyms: [String] = []) {
            self.value = value
            self.code = code
            self.synonyms = synonyms
        }
    }

    /// ASCII name, e.g. `gioi_tinh`.
    public var id: String
    public var name: String
    public var entries: [Entry]

    public init(id: String, name: String, entries: [Entry]) {
        self.id = id
        self.name = name
        self.entries = entries
    }

    /// The entry whose code is `code`.
    public func entry(code: String) -> Entry? { entries.first { $0.code == code } }
}
