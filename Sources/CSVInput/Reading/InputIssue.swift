/// A structural problem found while reading a file: the file is still read, and the problem is
/// reported at its place.
public struct InputIssue: Sendable, Equatable {
    /// What kind of problem; the raw value is the rule id used in reports.
    public enum Kind: String, Sendable, CaseIterable {
        case invalidUTF8 = "csv.invalid-utf8"
        case invalidUTF16 = "csv.invalid-utf16"
        case strayQuote = "csv.stray-quote"
        case unterminatedQuote = "csv.unterminated-quote"
        case nulByte = "csv.nul-byte"
        case fieldTooLong = "csv.field-too-long"
        case tooManyFields = "csv.too-many-fields"
        case tooFewFields = "csv.too-few-fields"
        case blankHeader = "csv.blank-header"
        case duplicateHeader = "csv.duplicate-header"
        case emptyFile = "csv.empty-file"
        case headerNotFound = "csv.header-not-found"
        case noDataRows = "csv.no-data-rows"
        case titleRowsSkipped = "csv.title-rows"

        /// Whether the problem makes the affected data unreliable (error) or only needs a look (warning).
        public var isError: Bool {
            switch self {
            case .strayQuote, .unterminatedQuote, .tooManyFields, .tooFewFields, .emptyFile, .fieldTooLong, .headerNotFound:
                return true
            default: return false
            }
        }
    }

    public let kind: Kind
    /// Physical line (1-based) where the problem is, when known.
    public let line: Int?
    /// Data row (1-based, header excluded), when the problem belongs to a data row.
    public internal(set) var row: Int?
    /// The 1-based position among all records of the file of the record the problem is in.
    public internal(set) var record: Int?
    /// Column index (0-based), when the problem belongs to one field.
    public let column: Int?
    /// Byte offset in the file (0-based), for encoding problems.
    public let byteOffset: Int64?
    /// A Vietnamese sentence saying what is wrong.
    public let message: String

    public init(kind: Kind, line: Int? = nil, row: Int? = nil, column: Int? = nil, byteOffset: Int64? = nil, message: String) {
        self.kind = kind
        self.line = line
        self.row = row
        self.column = column
        self.byteOffset = byteOffset
        self.message = message
    }
}

extension InputIssue {
    /// A data row with more or fewer fields than the header.
    public static func raggedRow(fields: Int, width: Int, row: Int, line: Int) -> InputIssue {
        if fields > width {
            return InputIssue(
                kind: .tooManyFields, line: line, row: row, column: width,
                message: "Dòng dữ liệu \(row) có \(fields) trường, nhiều hơn \(width) cột của dòng tiêu đề.")
        }
        return InputIssue(
            kind: .tooFewFields, line: line, row: row, column: fields,
            message: "Dòng dữ liệu \(row) có \(fields) trường, ít hơn \(width) cột của dòng tiêu đề.")
    }
}
