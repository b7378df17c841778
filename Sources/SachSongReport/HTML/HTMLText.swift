import Foundation

/// Escaping and Vietnamese number forms for the HTML report. Every text that reaches the page
/// goes through `escape` (element content) or `attribute` (quoted attribute values): file content
/// such as a school name can never become markup.
enum HTMLText {
    /// Text safe as element content and inside double- or single-quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Controls other than tab and line breaks are not allowed in HTML text.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            // Bidirectional overrides would reorder what is shown around them: shown as escapes.
            case "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}":
                out += "\\u{" + String(character.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// An id/anchor made of ASCII letters, digits and dashes only (other characters become
    /// their scalar value), so it is safe in `id="…"` and `href="#…"`.
    static func anchor(_ prefix: String, _ text: String) -> String {
        var out = prefix
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_\(String(scalar.value, radix: 16))"
            }
        }
        return out
    }

    /// `81,1%` (Vietnamese decimal comma, `digits` decimals); `—` without a rate.
    static func percent(_ rate: Double?, digits: Int = 1) -> String {
        guard let rate else { return "—" }
        return String(format: "%.\(digits)f", rate * 100).replacingOccurrences(of: ".", with: ",") + "%"
    }

    /// A band's minimum: `98%`, `97,5%`.
    static func threshold(_ rate: Double) -> String {
        let percent = rate * 100
        return abs(percent - percent.rounded()) < 1e-9 ? String(Int(percent.rounded())) + "%" : self.percent(rate)
    }

    /// `81,1`; whole numbers without decimals.
    static func decimal(_ value: Double, digits: Int = 1) -> String {
        if value.rounded() == value { return String(Int(value)) }
        return String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }

    /// `1.234` (Vietnamese thousands dot).
    static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "." }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A sort key for `data-v`: the number, or -1 for a missing figure (sorted below 0 %).
    static func sortKey(_ value: Double?) -> String {
        value.map { String(format: "%.6f", $0) } ?? "-1"
    }
}
