import CSVInput
import Foundation

/// How cell values are written as text: numbers as Excel shows them, dates as dd/mm/yyyy, and
/// column letters.
public enum CellText {
    /// "A" for 0, "Z" for 25, "AA" for 26.
    public static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var letters: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(UInt8(65 + r))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The cell reference of a 0-based column on a 1-based sheet row: `C12`.
    public static func reference(column: Int, row: Int) -> String { columnLetters(column) + String(row) }

    /// The 0-based column of the letters at the start of a reference like `C12`, or nil.
    /// Excel's own limits: rows and columns of a sheet, characters of a cell.
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384
    public static let maxCellCharacters = 32_767

    package static func column(ofReference ref: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        var letters = 0
        for b in ref {
            let upper = b & 0xDF
            guard upper >= 65, upper <= 90 else { break }
            value = value * 26 + Int(upper - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : value - 1
    }

    /// A number as Excel's General format shows it in a wide column: integers without ".0",
    /// other numbers with up to 15 significant digits and no trailing zeros.
    public static func number(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        var text = String(format: "%.15g", value)
        if text.contains("e") {
            // 1.5e+20 → 1.5E+20, as Excel writes it.
            text = text.replacingOccurrences(of: "e", with: "E")
            return text
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// The raw text of a `<v>` number as Excel shows it ("79212004321" for "7.9212004321E10").
    static func number(raw: [UInt8]) -> [UInt8] {
        // Plain integers (the common case) are kept as they are.
        var plain = !raw.isEmpty
        for (i, b) in raw.enumerated() where !(b >= 0x30 && b <= 0x39) && !(i == 0 && b == UInt8(ascii: "-")) { plain = false; break }
        if plain, raw.count < 16 { return raw }
        guard let value = Double(String(decoding: raw, as: UTF8.self)) else { return raw }
        return Array(number(value).utf8)
    }

    /// An Excel serial date as `dd/mm/yyyy` (with ` HH:MM:SS` when it has a time of day, or the
    /// time alone for a time-only format). The 1900 system keeps Excel's 29/02/1900 (serial 60).
    public static func date(serial: Double, system1904: Bool, timeOnly: Bool = false) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var whole = serial.rounded(.down)
        var seconds = Int(((serial - whole) * 86_400).rounded())
        if seconds >= 86_400 { seconds = 0; whole += 1 }
        let time = String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        if timeOnly { return time }
        let serialDay = Int(whole)
        let text: String
        if system1904 {
            let (y, m, d) = CivilDays.date(CivilDays.number(year: 1904, month: 1, day: 1) + serialDay)
            text = String(format: "%02d/%02d/%04d", d, m, y)
        } else if serialDay == 60 {
            text = "29/02/1900"
        } else if serialDay == 0 {
            text = "00/01/1900"
        } else {
            let base = CivilDays.number(year: 1899, month: 12, day: serialDay < 60 ? 31 : 30)
            let (y, m, d) = CivilDays.date(base + serialDay)
            text = String(format: "%02d/%02d/%04d", d, m, y)
        }
        return seconds == 0 ? text : text + " " + time
    }

    /// `YYYY-MM-DD[ HH:MM:SS]` (freexl, ISO cells) as `dd/mm/yyyy[ HH:MM:SS]`; other text unchanged.
    public static func isoDate(_ text: String) -> String {
        let u = Array(text.utf8)
        guard u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return text }
        let day = String(decoding: u[8..<10], as: UTF8.self)
        let month = String(decoding: u[5..<7], as: UTF8.self)
        let year = String(decoding: u[0..<4], as: UTF8.self)
        var rest = u.count > 10 ? String(decoding: u[11...], as: UTF8.self) : ""
        if let dot = rest.firstIndex(of: ".") { rest = String(rest[..<dot]) }
        if rest == "00:00:00" { rest = "" }
        return "\(day)/\(month)/\(year)" + (rest.isEmpty ? "" : " " + rest)
    }

    /// Whether a number format code shows a date (or a time): d, m or y tokens outside quoted
    /// text, escapes and brackets (except the elapsed-time brackets [h] [m] [s]).
    static func formatKind(code: String) -> DateKind {
        var hasDate = false, hasTime = false
        var chars = Array(code.lowercased().unicodeScalars)
        var i = 0
        // Only the first section (positive numbers) decides.
        if let semi = chars.firstIndex(of: ";") { chars = Array(chars[..<semi]) }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\"":
                i += 1
                while i < chars.count, chars[i] != "\"" { i += 1 }
            case "\\", "_", "*":
                i += 1
            case "[":
                let start = i
                while i < chars.count, chars[i] != "]" { i += 1 }
                let inside = String(String.UnicodeScalarView(chars[(start + 1)..<min(i, chars.count)]))
                if ["h", "hh", "m", "mm", "s", "ss"].contains(inside) { hasTime = true }
            case "d", "y": hasDate = true
            case "h", "s": hasTime = true
            case "m": break
            default: break
            }
            i += 1
        }
        if hasDate { return .date }
        if hasTime { return .time }
        // "mm" alone (no d/y/h/s) is rare; treat m with d or y only as a date.
        return .none
    }

    enum DateKind { case none, date, time }

    /// The built-in number formats that are dates (14–17, 22) or times (18–21, 45–47).
    static func builtinKind(_ id: Int) -> DateKind {
        switch id {
        case 14...17, 22: return .date
        case 18...21, 45...47: return .time
        default: return .none
        }
    }
}
