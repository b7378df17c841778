import SachSong
/// The columns of one record type as a sample writes them: every field of the rule profile in
/// order (the canonical header, or an alias for the `aliases` variant), optionally after an STT
/// column, and one row's values addressed by field id.
struct SampleTable {
    let recordType: RecordType
    let headers: [String]
    private let slots: [String: Int]
    private let blank: [String]
    var values: [String]

    init(_ recordType: RecordType, aliases: Bool, serial: Bool) {
        self.recordType = recordType
        var headers: [String] = serial ? ["STT"] : []
        var slots: [String: Int] = serial ? ["_stt": 0] : [:]
        for field in recordType.fields where !field.known {
            slots[field.id] = headers.count
            headers.append(aliases ? (field.aliases.first ?? field.header) : field.header)
        }
        self.headers = headers
        self.slots = slots
        blank = Array(repeating: "", count: headers.count)
        values = blank
    }

    mutating func clear() { values = blank }

    /// Unknown ids are ignored, so a trimmed profile still gets its other columns.
    subscript(_ id: String) -> String {
        get { slots[id].map { values[$0] } ?? "" }
        set { if let slot = slots[id] { values[slot] = newValue } }
    }

    func has(_ id: String) -> Bool { slots[id] != nil }

    func header(_ id: String) -> String { slots[id].map { headers[$0] } ?? id }
}
