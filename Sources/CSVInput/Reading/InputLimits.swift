import Foundation

/// The limits every reader keeps, whatever the input: generous enough that no real export meets
/// them, small enough that a hostile or endless input cannot take the machine. Each can be
/// raised: on the command line (`--max-input-bytes`, `--max-strings-bytes`, `--max-field-bytes`)
/// or, for every command and the service, by the environment variables named below.
public enum InputLimits {
    /// Bytes read from one input (a file, standard input, a FIFO), and bytes one part of a
    /// workbook may inflate to. `SACHSONG_MAX_INPUT_BYTES`; default 2 GiB.
    public static let inputBytes: Int64 = value("SACHSONG_MAX_INPUT_BYTES") ?? (2 << 30)
    /// Bytes of a workbook's shared-string table, all strings together.
    /// `SACHSONG_MAX_STRINGS_BYTES`; default 512 MiB.
    public static let stringsBytes: Int64 = value("SACHSONG_MAX_STRINGS_BYTES") ?? (512 << 20)
    /// Processor seconds the `.xls` reader process may use (and wall seconds to open the
    /// workbook). `SACHSONG_MAX_XLS_SECONDS`; default 30.
    public static let xlsSeconds: Int = value("SACHSONG_MAX_XLS_SECONDS").map { Int(clamping: $0) } ?? 30
    /// Address space of the `.xls` reader process. `SACHSONG_MAX_XLS_MEMORY_BYTES`; default 2 GiB.
    public static let xlsMemoryBytes: Int64 = value("SACHSONG_MAX_XLS_MEMORY_BYTES") ?? (2 << 30)
    /// The first bytes looked at to refuse an input that is mostly NUL bytes (not a table).
    public static let sniffBytes = 64 << 10

    private static func value(_ name: String) -> Int64? {
        guard let text = ProcessInfo.processInfo.environment[name], let number = Int64(text), number > 0 else { return nil }
        return number
    }

    /// "2 GiB", "50.000.000 byte": a limit as the messages say it.
    public static func describe(_ bytes: Int64) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        var digits = String(bytes)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped + " byte"
    }
}
