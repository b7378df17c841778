/// The row-level reading of a citizen ID against the row's birth date and gender: the problems
/// are decided by `IdentityVerdict` (shared with `sachsong id`) and reported under their checks.
enum IdentityConsistency: RowCheck {
    static let rules = [
        ProvinceCodeCheck.id, CenturyDigitCheck.id, ParentNumberCheck.id, BirthYearDigitsCheck.id, GenderDigitCheck.id,
        LostLeadingZeroCheck.id, CitizenIDFormatCheck.id
    ]

    static func evaluate(_ ctx: CheckContext) {
        // Only the parts needed are read from the plan: a copy of `rowFields` or of the
        // identity rule would retain and release every reference they hold, on every row.
        let state = ctx.state
        guard state.identityDigits >= 0, let id = CitizenID(number: state.identityDigits) else { return }
        let plan = ctx.plan
        guard let parentCheck = plan.recordType.identity?.parentCheck,
            let column = plan.rowFields.identityID?.column
        else { return }
        let birth = plan.rowFields.identityBirth.flatMap { state.date($0.slot) }
        let gender = plan.rowFields.identityGender.flatMap { state.entry($0.slot) }.flatMap { plan.rowFields.genders[$0] }
        let problems = IdentityVerdict.problems(
            id: id, birth: birth, gender: gender,
            provinceKnown: plan.provinceNumbers.contains(id.province),
            parentCheck: parentCheck)
        if ctx.state.restoredIdentity {
            // The leading zero is restored only when the result is consistent with the row.
            let original = String(id.digits.dropFirst())
            if problems.isEmpty && birth != nil {
                LostLeadingZeroCheck.report(column, original: original, restored: id.digits, in: ctx)
            } else {
                CitizenIDFormatCheck.reportEleven(column, value: original, in: ctx)
            }
            return
        }
        guard !problems.isEmpty else { return }
        let verdict = IdentityVerdict(id: id, birth: birth, gender: gender, problems: problems)
        for problem in problems {
            let message = verdict.message(problem)
            switch problem {
            case .unknownProvince: ctx.emit(ProvinceCodeCheck.self, column, value: id.digits, message: message)
            case .impossibleCentury, .centuryMismatch: ctx.emit(CenturyDigitCheck.self, column, value: id.digits, message: message)
            case .parentNumber: ctx.emit(ParentNumberCheck.self, column, value: id.digits, message: message)
            case .birthYearMismatch: ctx.emit(BirthYearDigitsCheck.self, column, value: id.digits, message: message)
            case .genderMismatch: ctx.emit(GenderDigitCheck.self, column, value: id.digits, message: message)
            }
        }
    }
}
