import CSVInput

/// What the `.xls` reader process may use: processor seconds (and wall seconds to open the
/// workbook), and bytes of address space.
public struct XLSLimits: Sendable, Equatable {
    public var seconds: Int
    public var memoryBytes: Int64

    public init(seconds: Int = InputLimits.xlsSeconds, memoryBytes: Int64 = InputLimits.xlsMemoryBytes) {
        self.seconds = max(1, seconds)
        self.memoryBytes = max(64 << 20, memoryBytes)
    }
}
