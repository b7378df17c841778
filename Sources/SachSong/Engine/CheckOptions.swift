import CSVInput

/// How a run of checks is configured.
public struct CheckOptions: Sendable {
    /// Reference date for ages, freshness and statuses.
    public var asOf: SimpleDate
    /// Force every file to this record type.
    public var recordType: String?
    /// Rule ids switched off.
    public var disabled: Set<String>
    /// Severity overrides by rule id.
    public var severities: [String: Severity]
    /// Findings kept per rule and file (all are counted).
    public var maxFindingsPerRule: Int
    /// Findings kept per file in all (all are counted).
    public var maxFindingsPerFile: Int
    /// Header row: nil detects it (title rows above are skipped), N forces the N-th record.
    public var headerRow: Int?
    /// Reading options (delimiter, encoding).
    public var delimiter: UInt8?
    /// A field longer than this many bytes is reported (csv.field-too-long).
    public var maxFieldBytes = 1 << 20
    /// Bytes read from one input, or inflated from one workbook part (``InputLimits``).
    public var maxInputBytes = InputLimits.inputBytes
    /// Bytes of a workbook's shared strings (``InputLimits``).
    public var maxStringsBytes = InputLimits.stringsBytes
    /// Processor seconds and address space of the `.xls` reader process (``InputLimits``).
    public var maxXLSSeconds = InputLimits.xlsSeconds
    public var maxXLSMemoryBytes = InputLimits.xlsMemoryBytes

    /// How every reader of a check reads: the delimiter and the limits, in chunks of `chunkSize`
    /// (the whole file, or the part `range` of it).
    public func readOptions(chunkSize: Int, range: Range<Int64>? = nil, delimiter: UInt8? = nil) -> CSVReadOptions {
        var read = CSVReadOptions(delimiter: delimiter ?? self.delimiter, chunkSize: chunkSize)
        read.maxFieldBytes = maxFieldBytes
        read.maxInputBytes = maxInputBytes
        read.maxStringsBytes = maxStringsBytes
        read.maxXLSSeconds = maxXLSSeconds
        read.maxXLSMemoryBytes = maxXLSMemoryBytes
        read.byteRange = range
        return read
    }
    /// The sheet of a workbook to read (a name or a 1-based number); nil: the first with data.
    public var sheet: String?
    /// Count the indicator figures of each file as its rows are checked (`FileReport.tally`);
    /// `check` alone does not need them.
    public var tallies = true
    /// A CSV file at least this large is read as two parts on two cores (`SegmentedFileCheck`).
    public var segmentBytes = 8 << 20
    /// Bytes read from a CSV file at a time. The encoding and the delimiter are decided from the
    /// first chunk, so a file is cut only past its first chunk (tests and fuzzers make it small).
    public var readChunkBytes = 1 << 20
    /// Collect the rows behind this indicator (in its denominator, not its numerator).
    public var explainIndicator: String?

    public init(
        asOf: SimpleDate, recordType: String? = nil, disabled: Set<String> = [], severities: [String: Severity] = [:],
        maxFindingsPerRule: Int = 10_000, maxFindingsPerFile: Int = Int.max, headerRow: Int? = nil,
        delimiter: UInt8? = nil
    ) {
        self.asOf = asOf
        self.recordType = recordType
        self.disabled = disabled
        self.severities = severities
        self.maxFindingsPerRule = maxFindingsPerRule
        self.maxFindingsPerFile = maxFindingsPerFile
        self.headerRow = headerRow
        self.delimiter = delimiter
    }
}
