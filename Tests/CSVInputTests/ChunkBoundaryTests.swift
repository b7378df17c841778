import CSVInput
import Foundation
import Testing

/// Every fixture file in fixtures/csv.
private let allFixtures: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.fixtures.path)) ?? [])
    .filter { $0.hasSuffix(".csv") }.sorted()

@Suite("Chunk boundaries: the chunk size never changes what is read")
struct ChunkBoundaryTests {
    @Test(
        "Multi-line fields, multi-byte letters and CRLF read the same with chunks of 16, 17, 64 and the default",
        arguments: [16, 17, 64])
    func chunkBoundaryFile(chunkSize: Int) throws {
        let path = TestPaths.fixture("chunk_boundary.csv")
        let reference = try readRecords(path: path)
        let small = try readRecords(path: path, options: CSVReadOptions(chunkSize: chunkSize))
        #expect(small == reference)
        // And the reference itself is right, so that "equal" means "equally correct".
        #expect(reference.records.count == 5)
        #expect(reference.lines == [1, 2, 4, 7, 10])
        #expect(reference.records[2] == ["Trần Thị \"Bống\"\r\nNgọc", "05/11/2012", "Nữ", "079312006152", "Củ Chi"])
        #expect(reference.physicalLines == 10)
        #expect(reference.issues == [])
    }

    @Test("The fixtures are found (an empty list would make the next test pass vacuously)")
    func fixturesFound() {
        #expect(allFixtures.count >= 28)
        #expect(allFixtures.contains("chunk_boundary.csv"))
    }

    @Test(
        "Every fixture reads the same records, lines and issues at every chunk size from 16 to 48 and 64",
        arguments: allFixtures)
    func everyFixture(name: String) throws {
        let path = TestPaths.fixture(name)
        // Encoding and delimiter are decided from the first chunk only; fix them from the default
        // read so that this test is about streaming (decoders, CR/LF, libcsv state) alone.
        let first = try readRecords(path: path)
        let fixed = CSVReadOptions(delimiter: first.delimiter, encoding: first.encoding, maxFieldBytes: 64)
        let reference = try readRecords(path: path, options: fixed)
        #expect(reference.records == first.records)
        #expect(reference.lines == first.lines)
        for chunkSize in Array(16...48) + [64] {
            var options = fixed
            options.chunkSize = chunkSize
            let small = try readRecords(path: path, options: options)
            #expect(small == reference, "chunk size \(chunkSize)")
        }
    }

    @Test("UTF-8 with a stray byte: same records and the same issue at every chunk size")
    func invalidUTF8AcrossChunks() throws {
        let path = TestPaths.fixture("utf8_invalid_late.csv")
        let reference = try readRecords(path: path, options: CSVReadOptions(encoding: .utf8))
        #expect(reference.issues == [Found(.invalidUTF8, line: 5, byteOffset: 385)])
        #expect(reference.records.last?.first == "Đinh Văn Hùng")
        for chunkSize in Array(16...48) + [64] {
            let small = try readRecords(path: path, options: CSVReadOptions(encoding: .utf8, chunkSize: chunkSize))
            #expect(small == reference, "chunk size \(chunkSize)")
        }
    }

    @Test("The line ending is known whatever the chunk size", arguments: [16, 17, 64])
    func lineEndingAcrossChunks(chunkSize: Int) throws {
        let reader = try CSVReader(path: TestPaths.fixture("lineend_crlf.csv"), options: CSVReadOptions(chunkSize: chunkSize))
        try reader.forEachRecord { _ in }
        #expect(reader.lineEnding == .crlf)
    }

    @Test("The reader hands over records one by one and stops when the consumer throws")
    func consumerStops() throws {
        struct Stop: Error {}
        let reader = try CSVReader(path: TestPaths.fixture("utf8.csv"), options: CSVReadOptions(chunkSize: 16))
        var seen = 0
        #expect(throws: Stop.self) {
            try reader.forEachRecord { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }
}
