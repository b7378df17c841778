/// Every check kind sachsong knows, for `rules list`, `rules explain` and the example tests.
public enum CheckCatalog {
    nonisolated(unsafe) public static let all: [any Check.Type] = [
        // đủ
        RequiredFieldCheck.self, PlaceholderCheck.self, ConditionalRequiredCheck.self, MissingColumnCheck.self,
        // đúng
        DateFormatCheck.self, NonexistentDateCheck.self, FutureDateCheck.self, AgeRangeCheck.self, YearCheck.self,
        TimestampCheck.self, PhoneCheck.self, PhonePrefixCheck.self, OldMobilePrefixCheck.self, EmailCheck.self, CodeFormatCheck.self,
        AllowedValueCheck.self, NumberCheck.self, GradeCheck.self, ClassGradeCheck.self, AgeGradeCheck.self,
        NameCharactersCheck.self,
        CitizenIDFormatCheck.self, LostLeadingZeroCheck.self, ProvinceCodeCheck.self, CenturyDigitCheck.self,
        BirthYearDigitsCheck.self, GenderDigitCheck.self, ParentNumberCheck.self, ForeignDocumentCheck.self, BirthPlaceCodeCheck.self,
        // sạch
        SpacesCheck.self, NormalizationCheck.self, InvisibleCharacterCheck.self, NameCaseCheck.self, MojibakeCheck.self,
        ValueSynonymCheck.self, FormulaLikeCheck.self, PhoneFormatCheck.self, DateFormCheck.self, IdentitySeparatorsCheck.self, DuplicateKeyCheck.self,
        DuplicatePersonCheck.self, UnknownHeaderCheck.self, AmbiguousColumnCheck.self, UnrecognisedFileCheck.self,
        LegacyFontCheck.self,
        // Excel's own damage
        NumberIDCheck.self, ScientificNumberCheck.self, NumberPhoneCheck.self, DateTextCheck.self, TrailingEmptyCheck.self, StrayCellCheck.self,
        // sống
        StaleRecordCheck.self, LeftInClassCheck.self, RetirementAgeCheck.self, ExpiredCMNDCheck.self, CardRenewalCheck.self,
        VNeIDCardCheck.self, AbolishedDistrictCheck.self
    ]

    /// Row readings that report under several checks of `all` rather than a rule of their own:
    /// the citizen ID read against the row's birth date and gender.
    nonisolated(unsafe) static let sharedReadings: [any RowCheck.Type] = [IdentityConsistency.self]

    /// The check with this id.
    public static func check(_ id: String) -> (any Check.Type)? { all.first { $0.id == id } }
}
