/// How one file is checked: its record type, and each column bound to its field rule.
final class FilePlan {
    let recordType: RecordType
    /// Mapped columns, in file order.
    let columns: [ColumnPlan]
    let columnByField: [String: ColumnPlan]
    /// Slot → its column, if the file has one.
    let columnBySlot: [ColumnPlan?]
    let slotByField: [String: Int]
    /// Columns whose requirement depends on a condition.
    let conditionalColumns: [ColumnPlan]
    /// Columns whose values must be unique.
    let uniqueColumns: [ColumnPlan]
    /// Duplicate-person keys whose fields all have columns: field ids and their slots.
    let duplicateKeys: [(fields: [String], slots: [Int])]
    let birthDateSlot: Int?
    let placeholders: ValueMatcher
    let provinces: CodeList
    /// The province codes as numbers (79 for "079").
    let provinceNumbers: Set<Int>
    let retirement: RetirementSchedule?
    let phones: PhoneNumbering
    let provincePlaces: ProvincePlaces?
    /// Match keys of the nationality values that mean Vietnamese citizenship.
    let vietnameseNationality: Set<String>
    /// Required fields without a column.
    let missingRequired: [FieldRule]
    /// The fields the row checks read, resolved (a constant: reading it copies nothing).
    let rowFields: RowFields

    init(mapping: HeaderMapping, header: [String], rules: CompiledRules) {
        recordType = mapping.recordType
        var slots: [String: Int] = [:]
        for (i, field) in recordType.fields.enumerated() { slots[field.id] = i }
        slotByField = slots
        columns = mapping.columns.map { entry in
            let field = mapping.recordType.fields[entry.field]
            return ColumnPlan(
                index: entry.column, header: header[entry.column], field: field, slot: entry.field,
                matcher: rules.matcher(for: field),
                isIdentityField: mapping.recordType.identity?.citizenID == field.id)
        }
        var byField: [String: ColumnPlan] = [:]
        for column in columns { byField[column.field.id] = column }
        columnByField = byField
        var bySlot = [ColumnPlan?](repeating: nil, count: recordType.fields.count)
        for column in columns { bySlot[column.slot] = column }
        columnBySlot = bySlot
        conditionalColumns = columns.filter {
            if case .fromAge = $0.field.required { return true }
            if case .whenField = $0.field.required { return true }
            return false
        }
        uniqueColumns = columns.filter { $0.field.unique }
        duplicateKeys = recordType.duplicateKeys.compactMap { key in
            key.allSatisfy { byField[$0] != nil } ? (key, key.map { slots[$0]! }) : nil
        }
        let birthField = recordType.identity?.birthDate ?? recordType.ageGrade?.birthDate ?? recordType.retirement?.birthDate
        birthDateSlot = birthField.flatMap { byField[$0] != nil ? slots[$0] : nil }
        placeholders = rules.placeholders
        provinces = rules.provinces
        provinceNumbers = Set(rules.provinces.entries.compactMap { $0.code.flatMap { Int($0) } })
        retirement = rules.retirement
        phones = rules.phones
        provincePlaces = rules.provincePlaces
        vietnameseNationality = Set(rules.ruleSet.settings.vietnameseNationality.map(MatchKey.of))
        missingRequired = recordType.fields.filter { $0.required == .always && byField[$0.id] == nil }
        rowFields = RowFields(type: recordType, slots: slots, columns: byField)
    }
}
