/// The enabled field checks of one column, stage by stage (``FieldCheckStage``), as buffers the
/// row loop reads without reference counting. Made by ``RowChecker``, which frees them.
struct ColumnChecks {
    let text: UnsafeBufferPointer<any FieldCheck.Type>
    let nonASCIIText: UnsafeBufferPointer<any FieldCheck.Type>
    let typed: UnsafeBufferPointer<any FieldCheck.Type>

    init(_ column: ColumnPlan, _ dispatch: CheckDispatch) {
        func buffer(_ stage: FieldCheckStage) -> UnsafeBufferPointer<any FieldCheck.Type> {
            let checks = dispatch.fieldChecks(for: column, in: stage)
            let buffer = UnsafeMutableBufferPointer<any FieldCheck.Type>.allocate(capacity: checks.count)
            _ = buffer.initialize(from: checks)
            return UnsafeBufferPointer(buffer)
        }
        text = buffer(.text)
        nonASCIIText = buffer(.nonASCIIText)
        typed = buffer(.typed)
    }

    func deallocate() {
        text.deallocate()
        nonASCIIText.deallocate()
        typed.deallocate()
    }
}
