import CSVInput

/// Collects what a renderer writes, to answer it as a response body.
final class MemoryOutput: OutputSink {
    private(set) var bytes: [UInt8] = []

    func write(_ buffer: UnsafeRawBufferPointer) throws { bytes.append(contentsOf: buffer) }
}
