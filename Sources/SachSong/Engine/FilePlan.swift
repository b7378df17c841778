/// How one file is checked: its record type, and each column bound to its field rule.
final class FilePlan {
    let recordType: RecordType
    /// Mapped columns, in file order.
    let columns: [ColumnPlan]
    let columnByField: [String: ColumnPlan]
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
    let retirement: RetirementSchedule?
    /// Required fields without a column.
    let missingRequired: [FieldRule]

    init(mapping: HeaderMapping, header: [String], rules: CompiledRules) {
        recordType = mapping.recordType
        var slots: [String: Int] = [:]
        for (i, field) in recordType.fields.enumerated() { slots[field.id] = i }
        slotByField = slots
        columns = mapping.columns.map { entry in
            let field = mapping.recordType.fields[entry.field]
            return ColumnPlan(index: entry.column, header: header[entry.column], field: field, slot: entry.field,
                              matcher: rules.matcher(for: field))
        }
        var byField: [String: ColumnPlan] = [:]
        for column in columns { byField[column.field.id] = column }
        columnByField = byField
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
        retirement = rules.retirement
        missingRequired = recordType.fields.filter { $0.required == .always && byField[$0.id] == nil }
    }
}
