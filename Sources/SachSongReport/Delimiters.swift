/// Delimiter names accepted on the command line.
public enum Delimiters {
    public static func parse(_ name: String) -> UInt8? {
        switch name.lowercased() {
        case ",", "comma": return UInt8(ascii: ",")
        case ";", "semicolon": return UInt8(ascii: ";")
        case "\t", "\\t", "tab": return UInt8(ascii: "\t")
        case "|", "pipe": return UInt8(ascii: "|")
        default: return nil
        }
    }

    public static func name(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\t"): return "tab"
        default: return String(UnicodeScalar(byte))
        }
    }
}
