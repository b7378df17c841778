/// One kind of export (students, staff, school, facilities…): its fields and the cross-field
/// checks that apply to it.
public struct RecordType: Sendable {
    /// ASCII identifier, e.g. `hoc_sinh`.
    public var id: String
    /// Vietnamese name, e.g. "Học sinh".
    public var name: String
    /// Words in a file name that suggest this type (`hoc_sinh`, `hocsinh`, `hs`…).
    public var fileHints: [String]
    public var fields: [FieldRule]
    /// How many fields a header must match before the file is taken as this type.
    public var minimumMatches: Int
    public var identity: IdentityRule?
    public var ageGrade: AgeGradeRule?
    /// Sets of fields that together identify one person: a repeat means the same person twice.
    public var duplicateKeys: [[String]]
    public var status: StatusRule?
    public var retirement: RetirementRule?

    public init(
        id: String, name: String, fileHints: [String] = [], fields: [FieldRule], minimumMatches: Int = 2,
        identity: IdentityRule? = nil, ageGrade: AgeGradeRule? = nil, duplicateKeys: [[String]] = [],
        status: StatusRule? = nil, retirement: RetirementRule? = nil
    ) {
        self.id = id
        self.name = name
        self.fileHints = fileHints
        self.fields = fields
        self.minimumMatches = minimumMatches
        self.identity = identity
        self.ageGrade = ageGrade
        self.duplicateKeys = duplicateKeys
        self.status = status
        self.retirement = retirement
    }

    /// The field with this id.
    public func field(_ id: String) -> FieldRule? { fields.first { $0.id == id } }
}

/// Which fields the citizen-ID consistency checks compare.
public struct IdentityRule: Sendable {
    public var citizenID: String
    public var birthDate: String?
    public var gender: String?
    /// Report numbers that fit someone 20–50 years older (a parent's number typed in).
    public var parentCheck: Bool
    /// The record is staff: an old 9-digit CMND alone is no longer a valid identity document.
    public var staff: Bool
    /// The nationality field: a person who is not a Vietnamese citizen holds a passport or a
    /// foreign document number, and is left out of the population-database indicators.
    public var nationality: String?
    /// The card's issue date, whether the person has a card, and the VNeID level: for the
    /// card's renewal ages and the agreement of VNeID with the card.
    public var issueDate: String?
    public var card: String?
    public var vneid: String?
    /// Fields naming the province where the birth was registered (digits 1–3 of the number).
    public var birthRegistration: [String] = []
}

/// Which fields the age-versus-grade check compares, and its tolerances in years.
public struct AgeGradeRule: Sendable {
    public var birthDate: String
    public var grade: String?
    public var className: String?
    /// Years younger than grade + 5 that are still normal.
    public var early: Int
    /// Years older than grade + 5 that are still normal.
    public var late: Int
}

/// The status field and which of its values mean current, or gone.
public struct StatusRule: Sendable {
    public var field: String
    /// Values of the current population ("Đang học", "Đang làm việc").
    public var current: [String]
    /// Values meaning the person has left ("Đã tốt nghiệp", "Chuyển đi"…).
    public var left: [String]
    /// A class field that should be empty once the person has left.
    public var className: String?
}

/// Staff past the statutory retirement age who are still working.
public struct RetirementRule: Sendable {
    public var birthDate: String
    public var gender: String
    public var status: String?
    public var working: [String]
}
