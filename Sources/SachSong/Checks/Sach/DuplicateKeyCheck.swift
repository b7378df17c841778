/// A value that must be unique (student code, citizen ID) repeated within a file or across the
/// files of one run.
public struct DuplicateKeyCheck: Check {
    public static let id = "sach.duplicate-key"
    public static let dimension = Dimension.sach
    public static let severity = Severity.error
    public static let summary = "Mã hoặc số định danh phải duy nhất nhưng lặp lại (trong một tệp hoặc giữa các tệp)."
    public static let examples: [CheckExample] = [
        .valid([("ma_hoc_sinh", "7912345678")])
        // One example row cannot repeat itself; the engine tests plant repeats across rows and files.
    ]

    /// The normalised key of a unique field: digits only for identity numbers, match key otherwise.
    static func key(_ value: FieldValue, in ctx: CheckContext) -> KeyFingerprint {
        if value.field.type == .citizenID || value.field.type == .code || value.field.type == .phone {
            return digitsKey(value.trimmed)
        }
        if MatchKey.write(value.trimmed, into: &ctx.scratch) { return KeyFingerprint(ctx.scratch) }
        return KeyFingerprint(Array(MatchKey.of(value.trimmedText).utf8))
    }

    /// The fingerprint of the bytes without spaces, dots and hyphens (built on the stack).
    static func digitsKey(_ bytes: UnsafeBufferPointer<UInt8>) -> KeyFingerprint {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { digits in
            var count = 0
            for b in bytes where b != 0x20 && b != 0x2E && b != 0x2D {
                digits[count] = b
                count += 1
            }
            // An empty key as the array path gives it (a fingerprint tells a missing buffer apart).
            guard count > 0 else { return KeyFingerprint([UInt8]()) }
            return KeyFingerprint(UnsafeBufferPointer(rebasing: digits[..<count]))
        }
    }

    static func report(_ value: FieldValue, first: KeyPlace, in ctx: CheckContext) {
        ctx.emit(
            self, value.column, value: value.text,
            message: "«\(value.trimmedText)» ở «\(value.column.header)» trùng với dòng dữ liệu \(first.row) (dòng \(first.line)) của cùng tệp.",
            firstSeen: Finding.FirstSeen(row: Int(first.row), line: Int(first.line)))
    }
}
