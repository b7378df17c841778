/// Cross-file consistency of a loaded profile: every reference points at something that exists.
enum RuleSetValidator {
    /// `profilePath` is nil when profile.yaml did not load (its own error is already reported).
    static func validate(_ ruleSet: RuleSet, profilePath: String?) -> [RuleError] {
        var errors: [RuleError] = []
        if let profilePath, ruleSet.lists[ruleSet.settings.provinceList] == nil {
            errors.append(
                RuleError(file: profilePath, message: "danh mục mã tỉnh «\(ruleSet.settings.provinceList)» (province_list) không tồn tại trong lists/"))
        }
        for (key, list) in [
            ("mobile_prefix_list", ruleSet.settings.mobilePrefixList),
            ("mobile_prefix_change_list", ruleSet.settings.mobilePrefixChangeList)
        ] {
            if let profilePath, let list, ruleSet.lists[list] == nil {
                errors.append(RuleError(file: profilePath, message: "danh mục «\(list)» (\(key)) không tồn tại trong lists/"))
            }
        }
        let allFields = Set(ruleSet.recordTypes.flatMap { $0.fields.map(\.id) })
        for (header, field) in ruleSet.settings.columns where !allFields.contains(field) {
            errors.append(
                RuleError(
                    file: profilePath ?? ruleSet.directory,
                    message: "columns: cột «\(header)» gán cho trường «\(field)» không có trong loại hồ sơ nào"))
        }
        for type in ruleSet.recordTypes {
            var ids: Set<String> = []
            let file = type.fields.first.map { String($0.origin.split(separator: ":").first ?? "") } ?? type.id
            func place(_ field: FieldRule) -> (String, Int?) {
                let parts = field.origin.split(separator: ":")
                return (parts.dropLast().joined(separator: ":"), parts.last.flatMap { Int($0) })
            }
            for field in type.fields {
                let (path, line) = place(field)
                if !ids.insert(field.id).inserted {
                    errors.append(RuleError(file: path, line: line, message: "trường «\(field.id)» khai báo hai lần trong «\(type.id)»"))
                }
                if let list = field.list, ruleSet.lists[list] == nil {
                    errors.append(RuleError(file: path, line: line, message: "trường «\(field.id)» dùng danh mục «\(list)» không tồn tại trong lists/"))
                }
            }
            for field in type.fields {
                if case .whenField(let other, _) = field.required, !ids.contains(other) {
                    let (path, line) = place(field)
                    errors.append(RuleError(file: path, line: line, message: "điều kiện bắt buộc của «\(field.id)» dùng trường «\(other)» không tồn tại"))
                }
            }
            var references: [(String, String)] = []
            if let identity = type.identity {
                references += [("identity", identity.citizenID)]
                references += [
                    identity.birthDate, identity.gender, identity.nationality, identity.issueDate, identity.card,
                    identity.vneid
                ].compactMap { $0 }.map { ("identity", $0) }
                references += identity.birthRegistration.map { ("identity", $0) }
            }
            if let rule = type.ageGrade {
                references += [("age_grade", rule.birthDate)] + [rule.grade, rule.className].compactMap { $0 }.map { ("age_grade", $0) }
            }
            for key in type.duplicateKeys { references += key.map { ("duplicates", $0) } }
            if let status = type.status {
                references += [("status", status.field)] + [status.className].compactMap { $0 }.map { ("status", $0) }
            }
            if let retirement = type.retirement {
                references +=
                    [("retirement", retirement.birthDate), ("retirement", retirement.gender)]
                    + [retirement.status].compactMap { $0 }.map { ("retirement", $0) }
            }
            for (section, id) in references where !ids.contains(id) {
                errors.append(RuleError(file: file, message: "mục «\(section)» của «\(type.id)» dùng trường «\(id)» không tồn tại"))
            }
        }
        return errors
    }
}
