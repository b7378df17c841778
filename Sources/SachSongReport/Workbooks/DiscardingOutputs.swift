import CSVInput

/// Takes the cleaned rows and keeps none (the workbook is edited in place instead).
final class DiscardingWriter: RecordWriter {
    func write(_ fields: [String]) throws {}
    func write(_ record: RawRecord) throws {}
    func flush() throws {}
    func declareTextColumns(_ columns: Set<Int>) {}
}

/// Discards what is written (dry runs).
final class NullOutput: OutputSink {
    func write(_ bytes: UnsafeRawBufferPointer) throws {}
}
