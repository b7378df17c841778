import ArgumentParser
import CSVInput
import SachSong

/// The input limits (README «Giới hạn»), declared once for every command that reads files:
/// `check`, `inspect`, `clean`, `indicators`, `report`, `reconcile`. Each defaults to its
/// environment variable, else to ``InputLimits``.
struct InputLimitOptions: ParsableArguments {
    @Option(
        name: .customLong("max-input-bytes"),
        help: "Đọc tối đa số byte này từ một tệp hoặc luồng, và từ mỗi phần giải nén của bảng tính (mặc định 2 GiB; biến môi trường SACHSONG_MAX_INPUT_BYTES).")
    var maxInputBytes: Int64?

    @Option(
        name: .customLong("max-strings-bytes"),
        help: "Tổng số byte tối đa của bảng chuỗi dùng chung trong bảng tính .xlsx (mặc định 512 MiB; SACHSONG_MAX_STRINGS_BYTES).")
    var maxStringsBytes: Int64?

    @Option(
        name: .customLong("max-xls-seconds"),
        help: "Số giây xử lý tối đa để đọc một tệp .xls, trong tiến trình đọc riêng (mặc định 30; SACHSONG_MAX_XLS_SECONDS).")
    var maxXLSSeconds: Int?

    @Option(
        name: .customLong("max-xls-memory-bytes"), help: "Bộ nhớ tối đa của tiến trình đọc .xls (mặc định 2 GiB; SACHSONG_MAX_XLS_MEMORY_BYTES).")
    var maxXLSMemoryBytes: Int64?

    func validate() throws {
        if let maxInputBytes, maxInputBytes <= 0 { throw ValidationError("--max-input-bytes phải lớn hơn 0.") }
        if let maxStringsBytes, maxStringsBytes <= 0 { throw ValidationError("--max-strings-bytes phải lớn hơn 0.") }
        if let maxXLSSeconds, maxXLSSeconds <= 0 { throw ValidationError("--max-xls-seconds phải lớn hơn 0.") }
        if let maxXLSMemoryBytes, maxXLSMemoryBytes < 64 << 20 {
            throw ValidationError("--max-xls-memory-bytes phải từ 67108864 (64 MiB) trở lên.")
        }
    }

    /// Reading options with these limits.
    func apply(to read: inout CSVReadOptions) {
        if let maxInputBytes { read.maxInputBytes = maxInputBytes }
        if let maxStringsBytes { read.maxStringsBytes = maxStringsBytes }
        if let maxXLSSeconds { read.maxXLSSeconds = maxXLSSeconds }
        if let maxXLSMemoryBytes { read.maxXLSMemoryBytes = maxXLSMemoryBytes }
    }

    /// Check options with these limits.
    func apply(to options: inout CheckOptions) {
        if let maxInputBytes { options.maxInputBytes = maxInputBytes }
        if let maxStringsBytes { options.maxStringsBytes = maxStringsBytes }
        if let maxXLSSeconds { options.maxXLSSeconds = maxXLSSeconds }
        if let maxXLSMemoryBytes { options.maxXLSMemoryBytes = maxXLSMemoryBytes }
    }
}
