/// Growth of the manually managed buffers of the hot paths (the reader's field bytes and ends,
/// the engine's row batches): doubling until `needed` fits, keeping the first `count` elements.
public enum PointerGrowth {
    @inline(never)
    public static func grow<T>(_ pointer: inout UnsafeMutablePointer<T>, count: Int, capacity: inout Int, toHold needed: Int) {
        var newCapacity = max(capacity * 2, 1)
        while newCapacity < needed { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
        bigger.update(from: pointer, count: count)
        pointer.deallocate()
        pointer = bigger
        capacity = newCapacity
    }
}
