/// One value under check: its bytes, its column, and the facts of one scan of its text.
struct FieldValue {
    unowned(unsafe) let column: ColumnPlan
    /// The value as written.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The value without leading and trailing spaces (typed checks read this).
    let trimmed: UnsafeBufferPointer<UInt8>
    let profile: TextProfile

    init(column: ColumnPlan, bytes: UnsafeBufferPointer<UInt8>) {
        self.init(column: column, bytes: bytes, profile: TextProfile(bytes, depth: column.textDepth))
    }

    /// A value whose profile was computed already (when the row was copied).
    @inline(__always)
    init(column: ColumnPlan, bytes: UnsafeBufferPointer<UInt8>, profile: TextProfile) {
        self.column = column
        self.bytes = bytes
        trimmed = bytes.unpadded
        self.profile = profile
    }

    /// A value whose facts were learnt when its row was copied (its profile and trimmed bounds).
    @inline(__always)
    init(column: ColumnPlan, bytes: UnsafeBufferPointer<UInt8>, facts: CellFacts) {
        self.column = column
        self.bytes = bytes
        trimmed = UnsafeBufferPointer(rebasing: bytes[Int(facts.trimStart)..<Int(facts.trimEnd)])
        profile = facts.profile
    }

    /// The value as written, as a String.
    var text: String { String(decoding: bytes, as: UTF8.self) }
    /// The trimmed value as a String.
    var trimmedText: String { String(decoding: trimmed, as: UTF8.self) }
    var field: FieldRule { column.field }
}
