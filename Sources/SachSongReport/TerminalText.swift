/// Text from the files made safe for a terminal: control characters (C0 but TAB, DEL, C1 — ESC
/// and BEL among them) and the bidirectional overrides (U+202A–U+202E, U+2066–U+2069) become
/// visible escapes ("\u{1B}"), so that a value can neither drive the terminal nor reorder what
/// is shown around it.
public enum TerminalText {
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isHidden(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x20 && v != 0x09) || (v >= 0x7F && v <= 0x9F) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
