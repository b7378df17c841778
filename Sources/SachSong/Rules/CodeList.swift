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
        /// Phrases that give a value this entry's meaning wherever they stand in it, as whole
        /// words ("chuyển trường" in "Đã chuyển trường khác" means "Chuyển đi").
        public var meaning: [String]

        public init(value: String, code: String? = nil, synonyms: [String] = [], meaning: [String] = []) {
            self.value = value
            self.code = code
            self.synonyms = synonyms
            self.meaning = meaning
        }
    }

    /// ASCII name, e.g. `gioi_tinh`.
    public var id: String
    public var name: String
    public var entries: [Entry]
    /// The receiving database accepts only these values (its codes): a value outside is an
    /// error. An open list (kinds of software, of materials) only describes the usual values: a
    /// value outside it is information, never an error.
    public var closed: Bool
    /// Values whose meaning differs between systems (single-digit gender codes): never read as
    /// an entry, and reported as ambiguous.
    public var ambiguous: [String] = []

    public init(id: String, name: String, entries: [Entry], closed: Bool = true) {
        self.id = id
        self.name = name
        self.entries = entries
        self.closed = closed
    }

    /// The entry whose code is `code`.
    public func entry(code: String) -> Entry? { entries.first { $0.code == code } }
}
