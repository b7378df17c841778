/// The row-level reading of a citizen ID against the row's birth date and gender: which of the
/// identity checks fire, in order of what explains the most.
enum IdentityConsistency {
    static func evaluate(_ ctx: CheckContext) {
        guard let rule = ctx.plan.recordType.identity, let slot = ctx.slot(rule.citizenID),
              let column = ctx.column(rule.citizenID), let digits = ctx.state.texts[slot],
              let id = CitizenID(digits: digits) else { return }
        let birth = rule.birthDate.flatMap(ctx.slot).flatMap { ctx.state.dates[$0] }
        let gender = rule.gender.flatMap(ctx.slot).flatMap { s -> Gender? in
            guard let entry = ctx.state.entries[s], let matcher = ctx.column(rule.gender!)?.matcher else { return nil }
            return Gender(canonical: matcher.value(entry))
        }
        var problems = 0
        if ctx.plan.provinces.entry(code: id.provinceCode) == nil { problems += 1 }
        if id.centuryDigit >= 4 {
            problems += 1
        } else if let birth, id.birthYear != birth.year {
            problems += 1
        }
        if let gender, id.gender != gender { problems += 1 }

        if ctx.state.restoredIdentity {
            // The leading zero is restored only when the result is consistent with the row.
            let original = String(digits.dropFirst())
            if problems == 0 && birth != nil {
                LostLeadingZeroCheck.report(column, original: original, restored: digits, in: ctx)
            } else {
                CitizenIDFormatCheck.reportEleven(column, value: original, in: ctx)
            }
            return
        }
        if ctx.plan.provinces.entry(code: id.provinceCode) == nil {
            ProvinceCodeCheck.report(column, id: id, in: ctx)
        }
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
