/// What a citizen ID says against a birth date and gender: the one place that decides which
/// identity problems a number has, used by the check engine (row by row) and by `sachsong id`.
public struct IdentityVerdict: Sendable {
    /// One inconsistency, in the order they are reported.
    public enum Problem: Sendable, Equatable {
        /// Digits 1–3 are no province of the list (maybe a country code): a warning.
        case unknownProvince
        /// Digit 4 is 4–9: born after 2099.
        case impossibleCentury
        /// Digit 4's century is not the birth date's.
        case centuryMismatch
        /// The encoded birth year is 20–50 years before the real one: a parent's number.
        case parentNumber
        /// Digits 5–6 are not the birth year's.
        case birthYearMismatch
        /// Digit 4's sex is not the record's gender.
        case genderMismatch

        /// The rule id the engine reports it under.
        public var rule: String {
            switch self {
            case .unknownProvince: return ProvinceCodeCheck.id
            case .impossibleCentury, .centuryMismatch: return CenturyDigitCheck.id
            case .parentNumber: return ParentNumberCheck.id
            case .birthYearMismatch: return BirthYearDigitsCheck.id
            case .genderMismatch: return GenderDigitCheck.id
            }
        }
    }

    public let id: CitizenID
    public let birth: SimpleDate?
    public let gender: Gender?
    public let provinceName: String?
    public let problems: [Problem]

    /// The problems of `id` against what the record says. Once the century is impossible or the
    /// number is a parent's, nothing more is said of it: the rest would only repeat the cause.
    public static func problems(
        id: CitizenID, birth: SimpleDate?, gender: Gender?, provinceKnown: Bool,
        parentCheck: Bool
    ) -> [Problem] {
        var problems: [Problem] = []
        if !provinceKnown { problems.append(.unknownProvince) }
        if id.centuryDigit >= 4 { return problems + [.impossibleCentury] }
        if let birth, id.birthYear != birth.year {
            if parentCheck && ParentNumberCheck.fitsParent(encoded: id.birthYear, birth: birth.year) {
                return problems + [.parentNumber]
            }
            problems.append(id.century != birth.year / 100 * 100 ? .centuryMismatch : .birthYearMismatch)
        }
        if let gender, id.gender != gender { problems.append(.genderMismatch) }
        return problems
    }

    /// Evaluates `id` against what the record says, with the province list for its name.
    public init(id: CitizenID, birth: SimpleDate?, gender: Gender?, provinces: CodeList, parentCheck: Bool = true) {
        self.id = id
        self.birth = birth
        self.gender = gender
        provinceName = provinces.entry(code: id.provinceCode)?.value
        problems = Self.problems(
            id: id, birth: birth, gender: gender, provinceKnown: provinceName != nil,
            parentCheck: parentCheck)
    }

    /// A verdict already decided (the engine: no province lookup by name).
    init(id: CitizenID, birth: SimpleDate?, gender: Gender?, problems: [Problem]) {
        self.id = id
        self.birth = birth
        self.gender = gender
        provinceName = nil
        self.problems = problems
    }

    /// The Vietnamese sentence of a problem (the same the check engine writes).
    public func message(_ problem: Problem) -> String {
        switch problem {
        case .unknownProvince: return ProvinceCodeCheck.message(id: id)
        case .impossibleCentury: return CenturyDigitCheck.impossibleMessage(id: id)
        case .centuryMismatch: return CenturyDigitCheck.mismatchMessage(id: id, birth: birth!)
        case .parentNumber: return ParentNumberCheck.message(id: id, birth: birth!)
        case .birthYearMismatch: return BirthYearDigitsCheck.message(id: id, birth: birth!)
        case .genderMismatch: return GenderDigitCheck.message(id: id, gender: gender!)
        }
    }
}
