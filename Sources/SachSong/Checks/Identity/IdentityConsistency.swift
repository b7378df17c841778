/// The row-level reading of a citizen ID against the row's birth date and gender: which of the
/// identity checks fire, in order of what explains the most.
enum IdentityConsistency {
    static func evaluate(_ ctx: CheckContext) {
        let fields = ctx.plan.rowFields
        guard ctx.state.identityDigits >= 0, let rule = ctx.plan.recordType.identity,
              let column = fields.identityID?.column, let id = CitizenID(number: ctx.state.identityDigits) else { return }
        let birth = fields.identityBirth.flatMap { ctx.state.date($0.slot) }
        let gender = fields.identityGender.flatMap { ctx.state.entry($0.slot) }.flatMap { fields.genders[$0] }
        let knownProvince = ctx.plan.provinceNumbers.contains(id.province)
        let yearMismatch = id.centuryDigit >= 4 || (birth.map { id.birthYear != $0.year } ?? false)
        let genderMismatch = gender.map { id.gender != $0 } ?? false

        if ctx.state.restoredIdentity {
            // The leading zero is restored only when the result is consistent with the row.
            let original = String(id.digits.dropFirst())
            if knownProvince && !yearMismatch && !genderMismatch && birth != nil {
                LostLeadingZeroCheck.report(column, original: original, restored: id.digits, in: ctx)
            } else {
                CitizenIDFormatCheck.reportEleven(column, value: original, in: ctx)
            }
            return
        }
        if !knownProvince { ProvinceCodeCheck.report(column, id: id, in: ctx) }
        if id.centuryDigit >= 4 {
            CenturyDigitCheck.reportImpossible(column, id: id, in: ctx)
            return
        }
        if let birth, id.birthYear != birth.year {
            if rule.parentCheck && ParentNumberCheck.fitsParent(encoded: id.birthYear, birth: birth.year) {
                ParentNumberCheck.report(column, id: id, birth: birth, in: ctx)
                return
            }
            if id.century != birth.year / 100 * 100 {
                CenturyDigitCheck.reportMismatch(column, id: id, birth: birth, in: ctx)
            } else {
                BirthYearDigitsCheck.report(column, id: id, birth: birth, in: ctx)
            }
        }
        if let gender, id.gender != gender {
            GenderDigitCheck.report(column, id: id, gender: gender, in: ctx)
        }
    }
}
