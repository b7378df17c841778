/// The fingerprint of a code or identity number as a key for linking records (rosters,
/// reconciliation): digits compare as numbers of their length (separators dropped, an 11-digit
/// number counted as the 12-digit number whose zero a spreadsheet dropped); anything else by its
/// match key. No allocation on the common path.
struct KeyNormalizer {
    private var scratch: [UInt8] = []

    init() { scratch.reserveCapacity(64) }

    mutating func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !bytes.isEmpty else { return nil }
        let reading = ShapeReading(bytes)
        if reading.isDigitsOnly {
            guard reading.count > 0, reading.count <= 18 else { return nil }
            var parts: (Int64, Int64) = (reading.number, Int64(reading.kind == .eleven ? 12 : reading.count))
            return withUnsafeBytes(of: &parts) { KeyFingerprint($0.bindMemory(to: UInt8.self)).value }
        }
        if MatchKey.write(bytes, into: &scratch) { return KeyFingerprint(scratch).value }
        return KeyFingerprint(Array(MatchKey.of(String(decoding: bytes, as: UTF8.self)).utf8)).value
    }
}
