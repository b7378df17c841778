import CSVInput

/// What the field checks of one row learnt, for the row checks that follow, indexed by the
/// field's position (slot) in its record type. Plain buffers: no allocation or exclusivity
/// bookkeeping per row.
final class RowState {
    let slots: Int
    /// The field has a real value (not blank, not a placeholder).
    let present: UnsafeMutablePointer<Bool>
    /// Day numbers of dates read (Int.min when none).
    private let dayNumbers: UnsafeMutablePointer<Int>
    /// Code-list entries matched (-1 when none).
    private let entryIndex: UnsafeMutablePointer<Int>
    /// Grades read (0 when none).
    private let gradeValues: UnsafeMutablePointer<Int>
    /// The citizen ID read, as its twelve digits in a number (-1 when none).
    var identityDigits: Int64 = -1
    /// The citizen ID had 11 digits and a leading zero was put back (to be confirmed by the row).
    var restoredIdentity = false
    /// The row's nationality column names another country than Viet Nam.
    var foreign = false
    /// The row being checked.
    var record: RecordView?

    init(slots: Int) {
        self.slots = slots
        present = .allocate(capacity: max(slots, 1))
        dayNumbers = .allocate(capacity: max(slots, 1))
        entryIndex = .allocate(capacity: max(slots, 1))
        gradeValues = .allocate(capacity: max(slots, 1))
        resetAll()
    }

    deinit {
        present.deallocate()
        dayNumbers.deallocate()
        entryIndex.deallocate()
        gradeValues.deallocate()
    }

    /// Forgets every slot.
    func resetAll() {
        for s in 0..<slots { forget(s) }
        forgetIdentity()
    }

    /// Forgets the slots a file uses.
    @inline(__always)
    func reset(_ used: UnsafeMutableBufferPointer<Int>) {
        for s in used { forget(s) }
        forgetIdentity()
    }

    @inline(__always)
    private func forget(_ s: Int) {
        present[s] = false
        dayNumbers[s] = Int.min
        entryIndex[s] = -1
        gradeValues[s] = 0
    }

    @inline(__always)
    private func forgetIdentity() {
        identityDigits = -1
        restoredIdentity = false
        foreign = false
    }

    func date(_ slot: Int) -> SimpleDate? {
        dayNumbers[slot] == Int.min ? nil : SimpleDate(dayNumber: dayNumbers[slot])
    }
    func setDate(_ slot: Int, _ date: SimpleDate) { dayNumbers[slot] = date.dayNumber }
    func dayNumber(_ slot: Int) -> Int? { dayNumbers[slot] == Int.min ? nil : dayNumbers[slot] }

    func entry(_ slot: Int) -> Int? { entryIndex[slot] < 0 ? nil : entryIndex[slot] }
    func setEntry(_ slot: Int, _ entry: Int?) { entryIndex[slot] = entry ?? -1 }

    func grade(_ slot: Int) -> Int? { gradeValues[slot] == 0 ? nil : gradeValues[slot] }
    func setGrade(_ slot: Int, _ grade: Int?) { gradeValues[slot] = grade ?? 0 }
}
