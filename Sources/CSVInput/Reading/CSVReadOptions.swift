/// How to read a CSV file. Every setting has a sensible default; `nil` means "detect".
public struct CSVReadOptions: Sendable {
    /// Field delimiter; `nil` sniffs it from the first lines among `,` `;` TAB `|`.
    public var delimiter: UInt8?
    /// Input encoding; `nil` detects it (BOM, UTF-16, UTF-8, else Windows-1258).
    public var encoding: TextEncoding?
    /// Bytes read from the file at a time.
    public var chunkSize: Int
    /// A field longer than this many bytes is reported (and still read).
    public var maxFieldBytes: Int
    /// How many issues of one kind are kept (all are counted).
    public var maxIssuesPerKind: Int
    /// Bytes read from the input (and inflated from one workbook part) before reading stops
    /// with ``CSVInputError/inputTooLarge(path:limit:option:)``.
    public var maxInputBytes: Int64 = InputLimits.inputBytes
    /// Bytes of a workbook's shared strings, all together.
    public var maxStringsBytes: Int64 = InputLimits.stringsBytes
    /// Processor seconds the `.xls` reader process may use (see `XLSLimits`).
    public var maxXLSSeconds: Int = InputLimits.xlsSeconds
    /// Address space of the `.xls` reader process, in bytes.
    public var maxXLSMemoryBytes: Int64 = InputLimits.xlsMemoryBytes
    /// Read only these bytes of a regular file (a part of it checked on its own thread). The range
    /// must start where a record starts; past offset 0 no byte-order mark is looked for, so give
    /// `encoding` and `delimiter` too.
    public var byteRange: Range<Int64>?

    public init(
        delimiter: UInt8? = nil, encoding: TextEncoding? = nil, chunkSize: Int = 1 << 20,
        maxFieldBytes: Int = 1 << 20, maxIssuesPerKind: Int = 1000
    ) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.chunkSize = max(chunkSize, 16)
        self.maxFieldBytes = maxFieldBytes
        self.maxIssuesPerKind = maxIssuesPerKind
    }
}
