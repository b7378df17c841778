/// How to write CSV.
public struct CSVWriteOptions: Sendable {
    /// Field delimiter.
    public var delimiter: UInt8
    /// Line terminator written after every record.
    public var lineEnding: LineEnding
    /// Start with a UTF-8 byte-order mark, so that Excel opens Vietnamese text correctly.
    public var byteOrderMark: Bool
    /// A report meant to be opened in Excel: a field that Excel would read as a formula (it
    /// begins with =, +, -, @, TAB or CR) gets a leading apostrophe, as OWASP advises against CSV
    /// injection; a plain number ("-5", "+84…" is not one) stays as it is. Never for the user's
    /// own data (`clean` writes it unchanged).
    public var neutraliseFormulas: Bool

    public init(
        delimiter: UInt8 = UInt8(ascii: ","), lineEnding: LineEnding = .crlf, byteOrderMark: Bool = false,
        neutraliseFormulas: Bool = false
    ) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
        self.neutraliseFormulas = neutraliseFormulas
    }

    /// The options of a report for Excel: CRLF, a byte-order mark, formulas neutralised.
    public static let excelReport = CSVWriteOptions(lineEnding: .crlf, byteOrderMark: true, neutraliseFormulas: true)
}

/// Writes CSV records, quoting a field only when it holds the delimiter, a quote or a line break.
public final class CSVWriter {
    public let options: CSVWriteOptions
    private let sink: OutputSink
    private var buffer: [UInt8] = []
    private let terminator: [UInt8]

    public init(sink: OutputSink, options: CSVWriteOptions = CSVWriteOptions()) {
        self.sink = sink
        self.options = options
        self.terminator = options.lineEnding.bytes
        buffer.reserveCapacity(1 << 16)
        if options.byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    /// True when Excel would read the field as a formula: it begins with =, +, -, @, TAB or CR,
    /// and is not a plain number.
    public static func looksLikeFormula(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        if first == "-" || first == "+" {
            let rest = field.dropFirst()
            if !rest.isEmpty, rest.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }), rest.first!.isNumber { return false }
        }
        return true
    }

    /// Writes one record of strings.
    public func write(_ fields: [String]) throws {
        for (i, original) in fields.enumerated() {
            if i > 0 { buffer.append(options.delimiter) }
            let field = options.neutraliseFormulas && Self.looksLikeFormula(original) ? "'" + original : original
            if field.utf8.withContiguousStorageIfAvailable({ appendField($0) }) == nil {
                Array(field.utf8).withUnsafeBufferPointer { appendField($0) }
            }
        }
        try endRecord()
    }

    /// Writes a record read by `CSVReader`, field bytes as they are.
    public func write(_ record: RawRecord) throws {
        for i in 0..<record.count {
            if i > 0 { buffer.append(options.delimiter) }
            appendField(record[i])
        }
        try endRecord()
    }

    /// Writes a record given as byte fields.
    public func write(fields: [[UInt8]]) throws {
        for (i, field) in fields.enumerated() {
            if i > 0 { buffer.append(options.delimiter) }
            field.withUnsafeBufferPointer { appendField($0) }
        }
        try endRecord()
    }

    /// Writes what is buffered.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// True when the field must be quoted.
    public func needsQuotes(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in field where byte == options.delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            return true
        }
        return false
    }

    private func appendField(_ field: UnsafeBufferPointer<UInt8>) {
        guard needsQuotes(field) else { buffer.append(contentsOf: field); return }
        buffer.append(0x22)
        for byte in field {
            if byte == 0x22 { buffer.append(0x22) }
            buffer.append(byte)
        }
        buffer.append(0x22)
    }

    private func endRecord() throws {
        buffer.append(contentsOf: terminator)
        if buffer.count >= 1 << 16 { try flush() }
    }
}
