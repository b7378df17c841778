/// Numbers as typed in Vietnamese exports: "12", "12,5", "12.5", "1.234,5".
public enum NumberParser {
    /// The value, or nil when the text is not a number.
    public static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        if let value = Double(trimmed) { return value }
        var candidate = trimmed
        if candidate.contains(",") {
            // Vietnamese decimal comma, dots as thousands separators.
            candidate = candidate.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        }
        return Double(candidate)
    }
}

extension String {
    /// Without leading and trailing ASCII spaces.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
