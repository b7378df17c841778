import CSVInput
import Foundation
import Testing

/// The csv-spectrum cases (fixtures/conformance/csv-spectrum, BSD-2-Clause: see its SOURCE.md).
private let spectrum = TestPaths.packageRoot.appendingPathComponent("fixtures/conformance/csv-spectrum")

private let spectrumCases: [String] =
    ((try? FileManager.default.contentsOfDirectory(
        atPath: spectrum.appendingPathComponent("csvs").path)) ?? [])
    .filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()

/// Upstream's own JSON does not match its CSV for this case (SOURCE.md): a robustness case only.
private let brokenCase = "location_coordinates"

@Suite("csv-spectrum conformance")
struct CSVSpectrumTests {
    @Test("The cases are there: every CSV has its JSON")
    func casesPresent() {
        #expect(spectrumCases.count == 12)
        for name in spectrumCases {
            #expect(FileManager.default.fileExists(atPath: spectrum.appendingPathComponent("json/\(name).json").path), "\(name)")
        }
    }

    @Test("Every case reads to exactly the expected records", arguments: spectrumCases.filter { $0 != brokenCase })
    func conformance(name: String) throws {
        var csv = try Data(contentsOf: spectrum.appendingPathComponent("csvs/\(name).csv"))
        let json = try Data(contentsOf: spectrum.appendingPathComponent("json/\(name).json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: String]])

        let directory = try makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        if name.hasSuffix("_crlf") && !csv.contains(0x0D) {
            // The stored *_crlf copies lost their CR bytes (they are LF files), while the JSON still
            // expects the CRLF kept inside quoted fields (newlines_crlf: "Once upon \r\na time").
            // Rebuild the CRLF file upstream meant, so the case tests CRLF as intended.
            csv = Data(csv.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] })
        }
        let path = directory.appendingPathComponent("\(name).csv").path
        try csv.write(to: URL(fileURLWithPath: path))

        let read = try readTable(path: path)
        let header = try #require(read.header)
        #expect(read.issues.isEmpty, "\(read.issues.map(\.message))")
        #expect(read.rows.count == expected.count)
        for (index, object) in expected.enumerated() where index < read.rows.count {
            let row = read.rows[index]
            #expect(row.count == header.count, "row \(index + 1)")
            #expect(Set(header) == Set(object.keys), "row \(index + 1)")
            for (column, name) in header.enumerated() where column < row.count {
                // Byte comparison, so that "\r\n" versus "\n" or a normalisation change shows.
                #expect(
                    Array(row[column].utf8) == Array((object[name] ?? "<thiếu>").utf8),
                    "row \(index + 1), \(name)")
            }
        }
    }

    @Test("location_coordinates (known broken upstream): reads without crashing, reports the stray quotes")
    func locationCoordinates() throws {
        let read = try readTable(path: spectrum.appendingPathComponent("csvs/\(brokenCase).csv").path)
        #expect(read.header == ["Contact Phone Number", "Location Coordinates", "Cities", "Counties"])
        #expect(read.rows.count == 1)
        #expect(read.rows.first?.count == 4)
        #expect(read.encoding == .utf8)
        #expect(read.issues.contains { $0.kind == .strayQuote && $0.line == 2 && $0.column == 1 })
        #expect(read.issues.allSatisfy { $0.kind == .strayQuote })
        // The bare quotes stay in the field, read verbatim.
        #expect(read.rows.first?[1] == "37\u{FFFD}36'37.8\"N 121\u{FFFD}2'17.9\"W")
    }
}
