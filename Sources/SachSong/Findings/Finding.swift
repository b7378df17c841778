/// One problem at one place: plain data that any renderer can turn into text, JSON, CSV or HTML.
public struct Finding: Sendable, Codable, Equatable {
    /// The file, as given on the command line.
    public var file: String
    /// The record type the file was read as (`hoc_sinh`…), if recognised.
    public var recordType: String?
    /// 1-based data row (header excluded); nil for file-level findings.
    public var row: Int?
    /// Physical line where the row starts.
    public var line: Int?
    /// Column header as written in the file.
    public var column: String?
    /// 0-based column index.
    public var columnIndex: Int?
    /// The value as found (may be nil for row- or file-level findings).
    public var value: String?
    /// Rule id, e.g. `cccd.birth-year`.
    public var rule: String
    public var dimension: Dimension
    public var severity: Severity
    /// What is wrong, in Vietnamese.
    public var message: String
    /// A safe replacement value, when one exists.
    public var fix: String?
    /// The cell of a workbook finding ("C12"), nil for CSV input.
    public var cell: String?
    /// For a repeated value: the data row (and line) where it was first seen in the same file,
    /// so that the first occurrence can be named too.
    var firstSeen: FirstSeen?

    /// Where a repeated value was first seen.
    struct FirstSeen: Sendable, Codable, Equatable {
        let row: Int
        let line: Int
    }

    public init(
        file: String, recordType: String? = nil, row: Int? = nil, line: Int? = nil, column: String? = nil,
        columnIndex: Int? = nil, value: String? = nil, rule: String, dimension: Dimension,
        severity: Severity, message: String, fix: String? = nil
    ) {
        self.file = file
        self.recordType = recordType
        self.row = row
        self.line = line
        self.column = column
        self.columnIndex = columnIndex
        self.value = value
        self.rule = rule
        self.dimension = dimension
        self.severity = severity
        self.message = message
        self.fix = fix
    }
}
