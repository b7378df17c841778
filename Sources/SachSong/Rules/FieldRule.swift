/// What one column of a record type holds and how it is checked.
public struct FieldRule: Sendable {
    /// ASCII identifier, e.g. `ngay_sinh`.
    public var id: String
    /// The canonical header, e.g. "Ngày sinh".
    public var header: String
    /// Other spellings seen in real exports. A header matches the field when its words contain
    /// one of these phrases (or the header, or the id) as whole words.
    public var aliases: [String]
    /// Phrases that rule the field out when a header holds them ("cha", "giám hộ" for a
    /// student's own name), unless the matching phrase holds them too.
    public var exclude: [String] = []
    /// Single words that name the field wherever they stand in a header ("Email", "VNeID");
    /// other single-word aliases name it only as the whole header ("Lớp", "Tên").
    public var keywords: [String] = []
    /// A column of this field generated for a column that no field of the profile claims (its
    /// header, free text, the generic checks only), or for a second column of a claimed field.
    public var generated: Bool = false
    /// A column the profile recognises (so that it is checked as its kind and never called
    /// unknown) without making it part of its own schema: `sample` leaves it out.
    public var known: Bool = false
    public var type: FieldType
    public var required: Requirement
    /// Values must not repeat within the file and across the files of one run.
    public var unique: Bool { uniqueScope != .none }
    /// Where values must not repeat.
    public var uniqueScope: UniqueScope
    /// Name of the code list the value must belong to (for `enum`).
    public var list: String?
    /// Allowed digit counts (for `code`).
    public var digits: [Int]
    /// Numeric range (for `integer`, `number`, `year`).
    public var min: Double?
    public var max: Double?
    /// Age range at the as-of date (for birth dates).
    public var minAge: Int?
    public var maxAge: Int?
    /// A date older than this many days before the as-of date is stale (for last-updated dates).
    public var freshnessDays: Int?
    /// Dates in the future are allowed (planned dates).
    public var allowFuture: Bool
    /// Where the rule was written: `file:line`.
    public var origin: String

    public init(
        id: String, header: String, aliases: [String] = [], type: FieldType, required: Requirement = .optional,
        uniqueScope: UniqueScope = .none, list: String? = nil, digits: [Int] = [], min: Double? = nil, max: Double? = nil,
        minAge: Int? = nil, maxAge: Int? = nil, freshnessDays: Int? = nil, allowFuture: Bool = false,
        origin: String = ""
    ) {
        self.id = id
        self.header = header
        self.aliases = aliases
        self.type = type
        self.required = required
        self.uniqueScope = uniqueScope
        self.list = list
        self.digits = digits
        self.min = min
        self.max = max
        self.minAge = minAge
        self.maxAge = maxAge
        self.freshnessDays = freshnessDays
        self.allowFuture = allowFuture
        self.origin = origin
    }
}

/// Where the values of a unique field must not repeat.
public enum UniqueScope: String, Sendable {
    /// Not unique.
    case none
    /// Within each file and across every file of a run (national identifiers: citizen ID, MOET code).
    case run
    /// Within each file and across the files of one folder — one school (local codes: rooms, systems).
    case folder
}
