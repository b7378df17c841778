/// School grades 1–12 from the ways exports write them: "6", "Khối 6", "K6", "Lớp 6"; and the
/// grade a class name starts with: "6A1", "12.6", "10 Toán", "Lớp 9/3".
public enum GradeParser {
    /// The grade of a grade field.
    public static func grade(_ text: String) -> Int? {
        guard let number = leadingNumber(afterWords: text) else { return nil }
        return (1...12).contains(number) ? number : nil
    }

    /// The grade a class name begins with.
    public static func gradeOfClass(_ text: String) -> Int? { grade(text) }

    private static func leadingNumber(afterWords text: String) -> Int? {
        var value = 0, digits = 0
        var seenDigit = false
        for scalar in text.unicodeScalars {
            if scalar.value >= 48 && scalar.value <= 57 {
                value = value * 10 + Int(scalar.value - 48)
                digits += 1
                seenDigit = true
                if digits > 2 { return nil }
            } else if seenDigit {
                break
            } else if scalar.properties.isAlphabetic || scalar == " " || scalar == "." {
                continue
            } else {
                return nil
            }
        }
        return seenDigit ? value : nil
    }
}
