/// School grades 1–12 from the ways exports write them: "6", "Khối 6", "K6", "Lớp 6"; and the
/// grade a class name starts with: "6A1", "12.6", "10 Toán", "Lớp 9/3". A preschool's groups and
/// classes ("Nhóm 24-36 tháng", "Lớp Chồi 1", "Khối Lá") have no grade (`isPreschool`).
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

    /// Words that name a preschool's group or class: nhà trẻ and nhóm trẻ (3–36 months), mẫu
    /// giáo's Mầm, Chồi, Lá (3–6 years), and ages in months; with and without diacritics.
    private static let preschoolWords: Set<[UInt8]> = Set(
        ["trẻ", "mầm", "chồi", "lá", "tháng", "mẫu", "tre", "mam", "choi", "thang", "mau"].map { Array($0.utf8) })

    /// True when a grade or class value names a preschool's group or class ("Lớp Chồi 1", "Nhóm
    /// 24-36 tháng", "MẪU GIÁO LỚN"): it has no grade, and its number is not one. A value that
    /// starts with a digit ("6A1") is a school class, and is not looked into.
    static func isPreschool(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, !(first >= 0x30 && first <= 0x39), bytes.count <= 64 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 80) { buffer -> Bool in
            var sink = KeySink(base: buffer.baseAddress!, capacity: buffer.count)
            guard MatchKey.append(bytes, to: &sink), !sink.overflowed else { return false }
            // The words of the lower-case key, split at ASCII bytes that are no letter.
            let key = sink.bytes
            var start = 0
            for i in 0...key.count {
                let b: UInt8 = i < key.count ? key[i] : 0x20
                let letter = b >= 0x80 || (b >= 0x61 && b <= 0x7A)
                if letter { continue }
                if i > start, preschoolWords.contains(Array(key[start..<i])) { return true }
                start = i + 1
            }
            return false
        }
    }
}
