/// Reads the date forms found in exports: dd/mm/yyyy (also with - or . and one-digit day or
/// month), yyyy-mm-dd (ISO, optionally with a time), yyyymmdd. Two-digit years are ambiguous and
/// not read.
public enum DateParser {
    public enum Result: Equatable {
        /// A real date; `canonical` is true for the profile's form dd/mm/yyyy.
        case date(SimpleDate, canonical: Bool)
        /// Well-formed numbers but no such day (31/02/2010, 00/05/2010).
        case nonexistent(day: Int, month: Int, year: Int)
        /// A two-digit year: the century is a guess.
        case ambiguousYear
        /// Not a date.
        case unreadable
    }

    /// Parses trimmed bytes.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > start else { return .unreadable }
        // Split into up to three numbers and the separators between them.
        var numbers: [Int] = []
        var widths: [Int] = []
        var separators: [UInt8] = []
        var i = start
        var current = 0, width = 0
        while i < end {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                current = current * 10 + Int(b - 0x30)
                width += 1
                if width > 8 { return .unreadable }
            } else {
                if width == 0 { return .unreadable }
                numbers.append(current); widths.append(width); separators.append(b)
                current = 0; width = 0
                if numbers.count == 3 {
                    // A time after the date ("2012-01-09T00:00:00", "25/05/2010 00:00:00") is ignored.
                    if b == 0x20 || b == 0x54 { break }
                    return .unreadable
                }
            }
            i += 1
        }
        if width > 0 { numbers.append(current); widths.append(width) }
        if numbers.count == 1 && widths[0] == 8 {
            let v = numbers[0]
            return make(day: v % 100, month: v / 100 % 100, year: v / 10000, canonical: false)
        }
        guard numbers.count == 3, separators.count >= 2, separators[0] == separators[1] else { return .unreadable }
        let sep = separators[0]
        guard sep == 0x2F || sep == 0x2D || sep == 0x2E else { return .unreadable }
        if widths[0] == 4 {
            guard widths[1] <= 2, widths[2] <= 2 else { return .unreadable }
            return make(day: numbers[2], month: numbers[1], year: numbers[0], canonical: false)
        }
        guard widths[0] <= 2, widths[1] <= 2 else { return .unreadable }
        if widths[2] == 2 { return .ambiguousYear }
        guard widths[2] == 4 else { return .unreadable }
        let canonical = sep == 0x2F && widths[0] == 2 && widths[1] == 2 && separators.count == 2 && i >= end
        return make(day: numbers[0], month: numbers[1], year: numbers[2], canonical: canonical)
    }

    private static func make(day: Int, month: Int, year: Int, canonical: Bool) -> Result {
        guard year >= 1000 else { return .unreadable }
        if let date = SimpleDate(year: year, month: month, day: day) { return .date(date, canonical: canonical) }
        return .nonexistent(day: day, month: month, year: year)
    }

    /// Parses a string (tests and the command line).
    public static func parse(_ text: String) -> Result {
        var copy = Array(text.utf8)
        return copy.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }
}

extension DateParser {
    /// Reads YYYY-MM-DD only (command-line dates).
    public static func parseISO(_ text: String) -> SimpleDate? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return nil
        }
        return SimpleDate(year: y, month: m, day: d)
    }
}
