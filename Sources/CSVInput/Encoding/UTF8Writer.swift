/// The UTF-8 bytes of a Unicode scalar value, given one by one to `emit`: the one encoder the
/// decoders, the XML scanner and the match keys write with.
@inlinable
public func forEachUTF8Byte(of scalar: UInt32, _ emit: (UInt8) -> Void) {
    switch scalar {
    case 0..<0x80:
        emit(UInt8(scalar))
    case 0x80..<0x800:
        emit(UInt8(0xC0 | (scalar >> 6)))
        emit(UInt8(0x80 | (scalar & 0x3F)))
    case 0x800..<0x10000:
        emit(UInt8(0xE0 | (scalar >> 12)))
        emit(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        emit(UInt8(0x80 | (scalar & 0x3F)))
    default:
        emit(UInt8(0xF0 | (scalar >> 18)))
        emit(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
        emit(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        emit(UInt8(0x80 | (scalar & 0x3F)))
    }
}

/// Appends the UTF-8 form of a Unicode scalar value to a byte array.
@inlinable
public func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    forEachUTF8Byte(of: scalar) { out.append($0) }
}
