/// Anything that yields a file's records as byte fields with their line numbers: the CSV reader,
/// and the workbook readers. `RecordTable` (header, data rows, shape problems) works on any of them.
public protocol RecordSource: AnyObject {
    /// The path as given.
    var name: String { get }
    /// The text encoding the records were decoded from (UTF-8 for workbooks).
    var encoding: TextEncoding { get }
    /// The format as reported: "csv" or "xlsx", "xls".
    var format: String { get }
    /// The field delimiter (a comma for workbooks, whose output is written as CSV).
    var delimiter: UInt8 { get }
    /// The line terminator of the input, when it has one.
    var lineEnding: LineEnding? { get }
    /// Physical lines (CSV) or sheet rows (workbooks) read.
    var physicalLines: Int { get }
    /// Structural problems found while reading.
    var log: IssueLog { get set }
    /// Reads every record in order; may be called once.
    func forEachRecord(_ body: (RawRecord) throws -> Void) throws
}

extension CSVReader: RecordSource {
    public var format: String { "csv" }
}
