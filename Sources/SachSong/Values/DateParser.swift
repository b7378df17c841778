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

    /// Parses bytes (leading and trailing spaces ignored). No allocation.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > start else { return .unreadable }
        // Up to three numbers and the two separators between them; a time after the date is ignored.
        var n0 = 0, n1 = 0, n2 = 0
        var w0 = 0, w1 = 0, w2 = 0
        var s0: UInt8 = 0, s1: UInt8 = 0
        var part = 0
        var trailing = false
        var i = start
        while i < end {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                let d = Int(b - 0x30)
                switch part {
                case 0: n0 = n0 * 10 + d; w0 += 1
                case 1: n1 = n1 * 10 + d; w1 += 1
                default: n2 = n2 * 10 + d; w2 += 1
                }
                if w0 > 8 || w1 > 4 || w2 > 4 { return .unreadable }
            } else {
                switch part {
                case 0:
                    if w0 == 0 { return .unreadable }
                    s0 = b; part = 1
                case 1:
                    if w1 == 0 { return .unreadable }
                    s1 = b; part = 2
                default:
                    if w2 == 0 || !(b == 0x20 || b == 0x54) { return .unreadable }
                    trailing = true
                }
                if trailing { break }
            }
            i += 1
        }
        if part == 0 {
            guard w0 == 8 else { return .unreadable }
            return make(day: n0 % 100, month: n0 / 100 % 100, year: n0 / 10000, canonical: false)
        }
        guard part == 2, w2 > 0, s0 == s1, s0 == 0x2F || s0 == 0x2D || s0 == 0x2E else { return .unreadable }
        if w0 == 4 {
            guard w1 <= 2, w2 <= 2 else { return .unreadable }
            return make(day: n2, month: n1, year: n0, canonical: false)
        }
        guard w0 <= 2, w1 <= 2 else { return .unreadable }
        if w2 == 2 { return .ambiguousYear }
        guard w2 == 4 else { return .unreadable }
        let canonical = s0 == 0x2F && w0 == 2 && w1 == 2 && !trailing
        return make(day: n0, month: n1, year: n2, canonical: canonical)
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
