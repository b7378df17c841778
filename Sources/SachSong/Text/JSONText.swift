/// JSON string literals, for the hand-written JSON of reports, baselines and answer keys
/// (fixed key order, no Foundation encoder on the hot path).
public enum JSONText {
    /// The value as a JSON string literal, or `null`. Control characters, U+2028/U+2029 (which break
    /// some JavaScript readers) and invisible U+200B/U+FEFF are written as \u escapes.
    public static func quote(_ value: String?) -> String {
        guard let value else { return "null" }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x2028 || v == 0x2029 || v == 0x200B || v == 0xFEFF {
                    let hex = String(v, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
