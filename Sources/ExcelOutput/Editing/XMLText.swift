/// Text made safe for SpreadsheetML: the markup characters escaped, and characters XML 1.0
/// cannot carry (controls other than tab and line breaks) written as Excel's `_xHHHH_` escapes,
/// as is an underscore that would otherwise read as one.
enum XMLText {
    /// `text` as element content or an attribute value (quotes escaped too).
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(s)
            case "\r": out += "&#13;"
            case "_" where looksLikeEscape(scalars, i): out += "_x005F_"
            default:
                if s.value < 0x20 || (s.value >= 0xFFFE && s.value <= 0xFFFF) || (s.value >= 0xD800 && s.value <= 0xDFFF) {
                    out += "_x" + hex4(s.value) + "_"
                } else {
                    out.unicodeScalars.append(s)
                }
            }
            i += 1
        }
        return out
    }

    /// `_x` four hex digits `_` starting at `i`.
    private static func looksLikeEscape(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i + 6 < s.count, s[i + 1] == "x" || s[i + 1] == "X", s[i + 6] == "_" else { return false }
        return s[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
