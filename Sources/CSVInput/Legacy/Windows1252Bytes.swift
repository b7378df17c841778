/// Maps text that was read as Windows-1252 (or Latin-1) back to the bytes it was read from.
///
/// U+0000–U+00FF give their own value (so the C1 controls U+0080–U+009F of a Latin-1 reading are
/// accepted too); the 27 Windows-1252 symbols of 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – —
/// ˜ ™ š › œ ž Ÿ) give their byte.
enum Windows1252Bytes {
    private static let symbols: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        for (i, unit) in LegacyTables.windows1252C1.enumerated() where unit >= 0x100 {
            map[UInt32(unit)] = UInt8(0x80 + i)
        }
        return map
    }()

    /// The byte that reads as `scalar` in Windows-1252 or Latin-1, or nil when there is none.
    @inline(__always)
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x100 { return UInt8(v) }
        return symbols[v]
    }

    /// The bytes of `text`, or nil when one of its scalars has no Windows-1252 / Latin-1 byte.
    static func bytes(of text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let b = byte(for: scalar) else { return nil }
            out.append(b)
        }
        return out
    }
}
