/// Where rows are written: the CSV writer, or a workbook writer.
public protocol RecordWriter: AnyObject {
    /// Writes one row of text fields.
    func write(_ fields: [String]) throws
    /// Writes a record as it was read.
    func write(_ record: RawRecord) throws
    /// Writes out what is buffered.
    func flush() throws
    /// Columns (0-based) whose cells must stay text (identity numbers, phones: their zeros).
    /// Writers without cell types ignore it.
    func declareTextColumns(_ columns: Set<Int>)
}

extension RecordWriter {
    public func declareTextColumns(_ columns: Set<Int>) {}
}

extension CSVWriter: RecordWriter {}
