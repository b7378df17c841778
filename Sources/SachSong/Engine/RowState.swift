/// What the field checks of one row learnt, for the row checks that follow (indexed by the
/// field's position in its record type).
struct RowState {
    var present: [Bool]
    var dates: [SimpleDate?]
    var entries: [Int?]
    var grades: [Int?]
    var texts: [String?]
    /// The citizen ID had 11 digits and a leading zero was put back (to be confirmed by the row).
    var restoredIdentity = false

    init(slots: Int) {
        present = Array(repeating: false, count: slots)
        dates = Array(repeating: nil, count: slots)
        entries = Array(repeating: nil, count: slots)
        grades = Array(repeating: nil, count: slots)
        texts = Array(repeating: nil, count: slots)
    }

    mutating func reset(_ slots: [Int]) {
        restoredIdentity = false
        for s in slots {
            present[s] = false
            dates[s] = nil
            entries[s] = nil
            grades[s] = nil
            texts[s] = nil
        }
    }
}
