/// School grades 1–12 from the ways exports write them: "6", "Khối 6", "K6", "Lớp 6"; and the
/// grade a class name starts with: "6A1", "12.6", "10 Toán", "Lớp 9/3".
public enum GradeParser {
    /// The grade of a grade field.
    public static func grade(_ text: String) -> Int? {
        var copy = Array(text.utf8)
        return copy.withUnsafeMutableBufferPointer { grade(bytes: UnsafeBufferPointer($0)) }
    }

    /// The grade a class name begins with.
    public static func gradeOfClass(_ text: String) -> Int? { grade(text) }

    /// The first number of the value (after words such as "Khối", "Lớp"), when it is 1–12.
    static func grade(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0, digits = 0
        for b in bytes {
            if b >= 0x30 && b <= 0x39 {
                value = value * 10 + Int(b - 0x30)
                digits += 1
                if digits > 2 { return nil }
            } else if digits > 0 {
                break
            } else if !((b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80 || b == 0x20 || b == 0x2E) {
                return nil
            }
        }
        return digits > 0 && (1...12).contains(value) ? value : nil
    }
}
