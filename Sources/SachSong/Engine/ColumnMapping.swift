/// How one column of a file was read: its header, the field it holds (nil for a column no field
/// claims) and how the header came to that field. Shown by `inspect` and the JSON report.
public struct ColumnMapping: Sendable, Equatable {
    /// 0-based column index.
    public let index: Int
    public let header: String
    /// The field's id; for a second column of a field, that field's id.
    public let field: String?
    public let how: HeaderMatch

    /// The columns of a mapped header, in file order.
    static func list(_ mapping: HeaderMapping, header: [String]) -> [ColumnMapping] {
        // A second column's field is the one its better column holds.
        let claimed = Dictionary(mapping.shadowed.map { ($0.column, $0.field) }, uniquingKeysWith: { first, _ in first })
        return mapping.columns.map { entry in
            let how = mapping.how[entry.column] ?? .exact
            let field: String?
            switch how {
            case .generic: field = nil
            case .second: field = claimed[entry.column].map { mapping.recordType.fields[$0].id }
            default: field = mapping.recordType.fields[entry.field].id
            }
            return ColumnMapping(index: entry.column, header: header[entry.column], field: field, how: how)
        }
    }
}
