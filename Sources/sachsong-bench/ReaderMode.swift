import CSVInput

/// `reader FILE [--chunk-size BYTES]`: reads FILE with `CSVReader` and does nothing with the
/// records but count them and touch their bytes, exactly as `bench/raw_libcsv.c` does, so the
/// two throughputs compare and their checksums must agree.
enum ReaderMode: BenchMode {
    static let name = "reader"
    static let usage = "FILE [--chunk-size BYTES]   read FILE with CSVReader; print bytes, rows, seconds, peak memory"

    static func run(_ arguments: [String]) throws -> Int32 {
        let parsed = BenchArguments(arguments, options: ["chunk-size"])
        guard parsed.positionals.count == 1 else { BenchModes.fail("reader wants one FILE") }
        let path = parsed.positionals[0]
        let options = CSVReadOptions(chunkSize: parsed.int("chunk-size", default: CSVReadOptions().chunkSize))

        let start = Measure.now()
        let reader = try CSVReader(path: path, options: options)
        var rows = 0
        var fields = 0
        var checksum: UInt64 = 0
        try reader.forEachRecord { record in
            rows += 1
            fields += record.count
            for i in 0..<record.count {
                checksum = touch(checksum, record[i])
            }
        }
        let seconds = Measure.now() - start
        let peak = Measure.peakResidentKiB()
        print(
            "name=swift-reader bytes=\(reader.bytesRead) rows=\(rows) fields=\(fields) seconds=\(seconds) "
                + "peak_kib=\(peak) checksum=\(checksum) issues=\(reader.log.total)")
        return 0
    }

    /// The same mixing as `touch()` in raw_libcsv.c: length, first and last byte of a field.
    @inline(__always)
    static func touch(_ h: UInt64, _ field: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = h &* 31 &+ UInt64(field.count)
        if let base = field.baseAddress, field.count > 0 {
            h = h &+ UInt64(base[0]) &+ (UInt64(base[field.count - 1]) << 8)
        }
        return h
    }
}
