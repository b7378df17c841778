/// Fast lookup of VNI-Windows two-byte letters (base byte + mark byte), built once from
/// ``LegacyTables/vniPairs``.
enum VNIPairTable {
    /// For each byte, its row in `letters` when it can start a pair, else -1.
    private static let baseRow: [Int8] = {
        var rows = [Int8](repeating: -1, count: 256)
        var next: Int8 = 0
        for packed in LegacyTables.vniPairs {
            let base = Int(packed >> 24)
            if rows[base] < 0 { rows[base] = next; next += 1 }
        }
        return rows
    }()

    /// `letters[row * 256 + mark]` is the UTF-16 unit of the pair, or 0.
    private static let letters: [UInt16] = {
        let rowCount = baseRow.reduce(0) { $1 >= 0 ? $0 + 1 : $0 }
        var table = [UInt16](repeating: 0, count: rowCount * 256)
        for packed in LegacyTables.vniPairs {
            let base = Int(packed >> 24), mark = Int((packed >> 16) & 0xFF)
            table[Int(baseRow[base]) * 256 + mark] = UInt16(packed & 0xFFFF)
        }
        return table
    }()

    /// The letter written as `base` followed by `mark`, or nil when the two bytes are not a pair
    /// (Unikey's strict reading: a mark must match its base's case).
    @inline(__always)
    static func letter(base: UInt8, mark: UInt8) -> UInt16? {
        let row = baseRow[Int(base)]
        guard row >= 0 else { return nil }
        let unit = letters[Int(row) * 256 + Int(mark)]
        return unit == 0 ? nil : unit
    }
}
