/// The parts (one per field) of the key last built in a `KeySink`, and where each ends, so that
/// the next key of the same row that starts with the same fields keeps their bytes instead of
/// normalising them again ("name, birth date, class" then "name, birth date, citizen ID").
struct KeySinkParts {
    /// Parts remembered at most.
    static let capacity = 4
    /// The row the parts belong to (-1: none).
    var row = -1
    var line = -1
    /// Parts remembered.
    var count = 0
    var slots = SIMD4<Int>()
    /// End of each part in the sink (after its separator).
    var ends = SIMD4<Int>()
}

extension KeySink {
    /// Starts a key of the fields `slots` for the row `row` at `line`: keeps the bytes of the
    /// longest run of leading fields that the last key of the same row began with, and returns
    /// how many fields that is (the key goes on from there).
    @inline(__always)
    mutating func begin(_ slots: UnsafeBufferPointer<Int>, row: Int, line: Int) -> Int {
        overflowed = false
        guard parts.row == row, parts.line == line else {
            parts = KeySinkParts()
            parts.row = row
            parts.line = line
            count = 0
            return 0
        }
        var kept = 0
        while kept < parts.count, kept < slots.count, parts.slots[kept] == slots[kept] { kept += 1 }
        parts.count = kept
        count = kept == 0 ? 0 : parts.ends[kept - 1]
        return kept
    }

    /// Notes that the field at `position` of the key being built (field `slot`) ends here.
    @inline(__always)
    mutating func endPart(_ position: Int, slot: Int) {
        guard position == parts.count, position < KeySinkParts.capacity, !overflowed else { return }
        parts.slots[position] = slot
        parts.ends[position] = count
        parts.count = position + 1
    }
}
