import SachSong
import Foundation

/// Text helpers of the generator: ASCII folding for e-mails and user names, and the cell
/// corruptions the planted problems use.
enum SampleText {
    /// "Nguyễn Đức" → "nguyenduc".
    static func ascii(_ text: String) -> String {
        var out = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "đ", "Đ": out += "d"
            case "a"..."z", "0"..."9": out.unicodeScalars.append(scalar)
            case "A"..."Z": out += String(scalar).lowercased()
            default: continue
            }
        }
        return out
    }

    /// UTF-8 bytes read as Windows-1252, as a mis-set export does: "Nguyễn" → "Nguyá»…n". Nil
    /// for plain ASCII, which does not change.
    static func mojibake(_ text: String) -> String? {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var out = ""
        for byte in text.utf8 {
            if byte < 0x80 || byte >= 0xA0 {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out.unicodeScalars.append(Unicode.Scalar(cp1252[Int(byte - 0x80)]) ?? Unicode.Scalar(byte))
            }
        }
        return out
    }

    private static let cp1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178
    ]

    /// Canonical decomposition (NFD), as macOS file names and some web forms give; nil when it
    /// changes nothing.
    static func nfd(_ text: String) -> String? {
        let d = text.decomposedStringWithCanonicalMapping
        return d.unicodeScalars.elementsEqual(text.unicodeScalars) ? nil : d
    }

    /// Two spaces where one was; nil without a space.
    static func doubleSpace(_ text: String) -> String? {
        guard let range = text.range(of: " ") else { return nil }
        return text.replacingCharacters(in: range, with: "  ")
    }

    /// A zero-width space after the first word (pasted from a web page).
    static func invisible(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
        guard let range = text.range(of: " ") else { return text + "\u{200B}" }
        return text.replacingCharacters(in: range, with: "\u{200B} ")
    }

    static func upper(_ text: String) -> String? {
        let u = text.uppercased()
        return u == text ? nil : u
    }

    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
