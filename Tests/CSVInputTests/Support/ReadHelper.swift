import CSVInput
import Foundation

/// Where the test data lives, found from this source file (not from bundle resources).
enum TestPaths {
    /// The package root: Tests/CSVInputTests/Support/ReadHelper.swift, three folders up.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // CSVInputTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    /// fixtures/csv in the package.
    static let fixtures: URL = packageRoot.appendingPathComponent("fixtures/csv")

    /// The path of a fixture by file name.
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
}

/// An issue reduced to the parts the tests compare exactly (the message is checked separately).
struct Found: Equatable, CustomStringConvertible {
    var kind: InputIssue.Kind
    var line: Int?
    var row: Int?
    var column: Int?
    var byteOffset: Int64?

    init(_ kind: InputIssue.Kind, line: Int? = nil, row: Int? = nil, column: Int? = nil, byteOffset: Int64? = nil) {
        self.kind = kind
        self.line = line
        self.row = row
        self.column = column
        self.byteOffset = byteOffset
    }

    init(_ issue: InputIssue) {
        self.init(issue.kind, line: issue.line, row: issue.row, column: issue.column, byteOffset: issue.byteOffset)
    }

    var description: String {
        "\(kind.rawValue)(line: \(line.map(String.init) ?? "-"), row: \(row.map(String.init) ?? "-"), "
            + "column: \(column.map(String.init) ?? "-"), offset: \(byteOffset.map(String.init) ?? "-"))"
    }
}

/// Everything a test wants to know after reading a file through `RecordTable`.
struct TableRead {
    var header: [String]?
    var headerLine: Int?
    var titleRows: Int?
    /// Delivered data rows, fields as strings.
    var rows: [[String]]
    /// Physical line where each delivered row starts.
    var lines: [Int]
    /// Data row number (header excluded, blank rows counted) of each delivered row.
    var rowNumbers: [Int]
    var issues: [InputIssue]
    var encoding: TextEncoding
    var delimiter: UInt8
    var lineEnding: LineEnding?
    var rowCount: Int
    var blankRows: Int
    var physicalLines: Int

    /// The issues without their messages, for exact comparison.
    var found: [Found] { issues.map(Found.init) }
    /// The delimiter as a character, for readable expectations.
    var delimiterCharacter: Character { Character(UnicodeScalar(delimiter)) }
}

/// Reads a file as header + data rows.
func readTable(
    path: String, options: CSVReadOptions = CSVReadOptions(),
    headerPolicy: HeaderRowPolicy = .first
) throws -> TableRead {
    let table = try RecordTable(path: path, options: options, headerPolicy: headerPolicy)
    var rows: [[String]] = []
    var lines: [Int] = []
    var numbers: [Int] = []
    try table.read(
        onHeader: { _ in },
        onRow: { row in
            rows.append(row.record.strings())
            lines.append(row.line)
            numbers.append(row.number)
        })
    let reader = table.reader
    return TableRead(
        header: table.header?.names, headerLine: table.header?.line, titleRows: table.header?.titleRows,
        rows: rows, lines: lines, rowNumbers: numbers, issues: table.log.issues,
        encoding: reader.encoding, delimiter: reader.delimiter, lineEnding: reader.lineEnding,
        rowCount: table.rowCount, blankRows: table.blankRows, physicalLines: reader.physicalLines)
}

/// Reads a fixture (by file name) as header + data rows.
func readFixture(
    _ name: String, options: CSVReadOptions = CSVReadOptions(),
    headerPolicy: HeaderRowPolicy = .first
) throws -> TableRead {
    try readTable(path: TestPaths.fixture(name), options: options, headerPolicy: headerPolicy)
}

/// Every record of a file (header included), with its line, straight from `CSVReader`.
struct RecordsRead: Equatable {
    var records: [[String]]
    var lines: [Int]
    var issues: [Found]
    var encoding: TextEncoding
    var delimiter: UInt8
    var physicalLines: Int
}

func readRecords(path: String, options: CSVReadOptions = CSVReadOptions()) throws -> RecordsRead {
    let reader = try CSVReader(path: path, options: options)
    var records: [[String]] = []
    var lines: [Int] = []
    try reader.forEachRecord { record in
        records.append(record.strings())
        lines.append(record.line)
    }
    return RecordsRead(
        records: records, lines: lines, issues: reader.log.issues.map(Found.init),
        encoding: reader.encoding, delimiter: reader.delimiter, physicalLines: reader.physicalLines)
}

/// The students of most fixtures, as every correct reading must give them back.
enum Students {
    static let header = ["Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Địa chỉ"]
    static let rows = [
        ["Nguyễn Văn An", "12/03/2012", "Nam", "001212004871", "Phường Láng Thượng - Đống Đa - Hà Nội"],
        ["Trần Thị Bích Ngọc", "05/11/2012", "Nữ", "079312006152", "Xã Tân Phú Trung - Củ Chi - TP Hồ Chí Minh"],
        ["Lê Hoàng Dũng", "28/07/2011", "Nam", "048211003390", "Phường Hòa Khánh Bắc - Liên Chiểu - Đà Nẵng"]
    ]
}

/// A fresh temporary directory, removed by the caller with `removeTemporaryDirectory`.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("sachsong-csv-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func removeTemporaryDirectory(_ url: URL) {
    try? FileManager.default.removeItem(at: url)
}
