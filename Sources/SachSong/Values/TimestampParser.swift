/// A date with a time of day, as activity logs write it: "2026-11-20 08:15:00",
/// "2026-11-20T08:15:00+07:00", "20/11/2026 08:15".
public struct Timestamp: Sendable, Equatable {
    public let date: SimpleDate
    /// Seconds since midnight.
    public let seconds: Int
    /// Offset from UTC in seconds, when written.
    public let offset: Int?

    /// Seconds since 1970-01-01 in Vietnam time (+07:00) unless an offset was written.
    public var vietnamEpochSeconds: Int {
        let local = date.dayNumber * 86_400 + seconds
        guard let offset else { return local }
        return local - offset + 7 * 3600
    }
}

public enum TimestampParser {
    /// Parses a timestamp; a plain date is midnight.
    public static func parse(_ text: String) -> Timestamp? {
        let trimmed = text.trimmingSpaces
        var datePart = Substring(trimmed)
        var timePart: Substring = ""
        if let split = trimmed.firstIndex(where: { $0 == " " || $0 == "T" }) {
            datePart = trimmed[..<split]
            timePart = trimmed[trimmed.index(after: split)...]
        }
        guard case .date(let date, _) = DateParser.parse(String(datePart)) else { return nil }
        guard !timePart.isEmpty else { return Timestamp(date: date, seconds: 0, offset: nil) }
        var offset: Int?
        var clock = timePart
        if clock.hasSuffix("Z") {
            offset = 0
            clock = clock.dropLast()
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = clock[clock.index(after: sign)...].split(separator: ":")
            guard let h = Int(zone.first ?? ""), h <= 14 else { return nil }
            let m = zone.count > 1 ? Int(zone[1]) ?? 0 : 0
            offset = (clock[sign] == "-" ? -1 : 1) * (h * 3600 + m * 60)
            clock = clock[..<sign]
        }
        let parts = clock.split(separator: ":")
        guard parts.count >= 2, parts.count <= 3, let h = Int(parts[0]), let m = Int(parts[1]),
            (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        var s = 0
        if parts.count == 3 {
            guard let whole = Double(parts[2]), whole >= 0, whole < 61 else { return nil }
            s = Int(whole)
        }
        return Timestamp(date: date, seconds: h * 3600 + m * 60 + s, offset: offset)
    }
}
