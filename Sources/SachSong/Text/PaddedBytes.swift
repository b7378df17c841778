/// A value's padding: the spaces and tabs before and after it, which the checks read past (and
/// the spaces check reports). Written once here for every place that trims a value's bytes.
extension UnsafeBufferPointer where Element == UInt8 {
    /// Where the bytes lie without their leading and trailing spaces and tabs.
    @inline(__always)
    var unpaddedBounds: Range<Int> {
        var start = 0, end = count
        while start < end, self[start] == 0x20 || self[start] == 0x09 { start += 1 }
        while end > start, self[end - 1] == 0x20 || self[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }

    /// The bytes without their leading and trailing spaces and tabs.
    @inline(__always)
    var unpadded: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: self[unpaddedBounds]) }
}
