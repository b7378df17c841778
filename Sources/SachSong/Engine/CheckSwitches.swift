/// The work a run may skip because every rule it could report is disabled (`--disable`): a
/// check that only reports is not run at all, and a text profile nobody reads is not computed.
/// Work whose result other checks read (dates, list entries, grades, the citizen ID, placeholders)
/// is always done, so disabling one rule never changes another's findings.
struct CheckSwitches {
    let spaces: Bool
    let invisible: Bool
    let normalization: Bool
    let mojibake: Bool
    let nameCase: Bool
    let nameCharacters: Bool
    let phone: Bool
    let email: Bool
    let codeFormat: Bool
    let number: Bool
    let year: Bool
    let timestamp: Bool
    let conditionalRequired: Bool
    let identityRow: Bool
    let ageGrade: Bool
    let classGrade: Bool
    let leftInClass: Bool
    let retirement: Bool
    let cardRenewal: Bool
    let vneidCard: Bool
    let birthPlace: Bool
    let abolishedDistrict: Bool
    let formulaLike: Bool
    let duplicatePerson: Bool
    /// The Excel-damage observations (`ExcelDamage`).
    let sheetDamage: Bool
    let legacyFont: Bool

    init(options: CheckOptions) {
        func on(_ ids: String...) -> Bool { ids.contains { !options.disabled.contains($0) } }
        spaces = on(SpacesCheck.id)
        invisible = on(InvisibleCharacterCheck.id)
        normalization = on(NormalizationCheck.id)
        mojibake = on(MojibakeCheck.id)
        nameCase = on(NameCaseCheck.id)
        nameCharacters = on(NameCharactersCheck.id)
        phone = on(PhoneCheck.id, PhoneFormatCheck.id, OldMobilePrefixCheck.id)
        email = on(EmailCheck.id)
        codeFormat = on(CodeFormatCheck.id)
        number = on(NumberCheck.id)
        year = on(YearCheck.id)
        timestamp = on(TimestampCheck.id)
        conditionalRequired = on(ConditionalRequiredCheck.id)
        identityRow = on(
            ProvinceCodeCheck.id, CenturyDigitCheck.id, ParentNumberCheck.id, BirthYearDigitsCheck.id,
            GenderDigitCheck.id, LostLeadingZeroCheck.id, CitizenIDFormatCheck.id)
        ageGrade = on(AgeGradeCheck.id)
        classGrade = on(ClassGradeCheck.id)
        leftInClass = on(LeftInClassCheck.id)
        retirement = on(RetirementAgeCheck.id)
        cardRenewal = on(CardRenewalCheck.id)
        vneidCard = on(VNeIDCardCheck.id)
        birthPlace = on(BirthPlaceCodeCheck.id)
        abolishedDistrict = on(AbolishedDistrictCheck.id)
        formulaLike = on(FormulaLikeCheck.id)
        duplicatePerson = on(DuplicatePersonCheck.id)
        sheetDamage = on(
            NumberIDCheck.id, ScientificNumberCheck.id, NumberPhoneCheck.id, DateTextCheck.id,
            TrailingEmptyCheck.id, StrayCellCheck.id, LegacyFontCheck.id)
        legacyFont = on(LegacyFontCheck.id)
    }

    /// Whether the text profile of a column's values is read by any enabled check.
    func needsProfile(_ column: ColumnPlan) -> Bool {
        spaces || invisible || normalization || (column.isText && mojibake)
            || (column.type == .personName && (nameCase || nameCharacters))
    }
}
