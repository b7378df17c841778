/// Turns text in a legacy Vietnamese encoding into Unicode.
///
/// Two entry points: raw bytes of a file or field (``decode(bytes:as:)``), and text that a UTF-8
/// export already holds as Windows-1252 gibberish because the sheet used a legacy font
/// (``decode(cp1252Text:as:)``, e.g. `"NguyÔn V¨n A"` → `"Nguyễn Văn A"` for TCVN3).
///
/// Output is NFC: every table entry is a precomposed letter (or ASCII, a Windows-1252 symbol, or
/// U+FFFD for a byte the encoding leaves unassigned) and no entry is a combining mark, so the
/// decoded text is composed by construction.
public enum LegacyDecoder {
    /// Decodes `bytes` written in `encoding`.
    ///
    /// - TCVN3 reads the bytes of the toned capitals as lower case (`Á` and `á` share 0xB8; Unikey's
    ///   reading). Use ``decodeTCVN3(bytes:capitalFont:)`` when the text is known to be in an H font.
    /// - VNI reads a base + mark pair first, then single bytes; a mark byte that follows no matching
    ///   base (or one of the other case) becomes U+FFFD.
    /// - VISCII follows RFC 1456: the C0 bytes 02 05 06 14 19 1E are Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ.
    /// - In TCVN3 and VNI, bytes 0x80–0x9F keep their Windows-1252 symbols (“ ” – € …).
    public static func decode(bytes: some Collection<UInt8>, as encoding: LegacyEncoding) -> String {
        switch encoding {
        case .tcvn3: return decodeSingleByte(bytes, table: LegacyTables.tcvn3)
        case .viscii: return decodeSingleByte(bytes, table: LegacyTables.viscii)
        case .vni: return decodeVNI(bytes)
        }
    }

    /// Decodes TCVN3 bytes; with `capitalFont` the 60 toned-letter bytes read as capitals, as they
    /// look in an H font such as `.VnTimeH` (a spreadsheet keeps the font name; a CSV loses it).
    public static func decodeTCVN3(bytes: some Collection<UInt8>, capitalFont: Bool) -> String {
        decodeSingleByte(bytes, table: capitalFont ? LegacyTables.tcvn3CapitalFont : LegacyTables.tcvn3)
    }

    /// Decodes text that holds legacy bytes read as Windows-1252 (or Latin-1): each scalar is mapped
    /// back to its byte, then the bytes are decoded as `encoding`.
    ///
    /// Returns nil when a scalar has no Windows-1252 / Latin-1 byte (such as `ễ` or `中`), i.e. the
    /// text cannot be a Windows-1252 view of legacy bytes.
    public static func decode(cp1252Text: String, as encoding: LegacyEncoding) -> String? {
        guard let bytes = Windows1252Bytes.bytes(of: cp1252Text) else { return nil }
        return decode(bytes: bytes, as: encoding)
    }

    // MARK: - Implementation

    private static func decodeSingleByte(_ bytes: some Collection<UInt8>, table: [UInt16]) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count)
        table.withUnsafeBufferPointer { t in
            for b in bytes { units.append(t[Int(b)]) }
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func decodeVNI(_ bytes: some Collection<UInt8>) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var pending = iterator.next()
        while let b = pending {
            let next = iterator.next()
            if let mark = next, let letter = VNIPairTable.letter(base: b, mark: mark) {
                units.append(letter)
                pending = iterator.next()
            } else {
                units.append(LegacyTables.vniSingle[Int(b)])
                pending = next
            }
        }
        return String(decoding: units, as: UTF16.self)
    }
}
