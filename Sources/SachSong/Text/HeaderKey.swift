import Foundation

/// The forms in which a column header is compared with the rules' headers and aliases.
enum HeaderKey {
    /// Match key with "_" as space, required-markers "(*)" and "*" and punctuation removed:
    /// "Họ và tên (*)", "HO_VA_TEN" and "họ  và tên" compare equal.
    static func strict(_ header: String) -> String {
        var text = header.precomposedStringWithCanonicalMapping
        text = text.replacingOccurrences(of: "(*)", with: " ")
        var cleaned = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "_", "*", ".", ":", ";", ",", "(", ")", "[", "]", "{", "}", "\"", "'", "-", "–", "/", "\\":
                cleaned.unicodeScalars.append(" ")
            default:
                cleaned.unicodeScalars.append(scalar)
            }
        }
        return MatchKey.of(cleaned)
    }

    /// The strict key with diacritics removed and đ→d, spaces dropped: a last resort for headers
    /// typed without accents ("Ho va ten", "HoTen").
    static func folded(_ header: String) -> String {
        let strict = strict(header)
        var result = ""
        for scalar in strict.decomposedStringWithCanonicalMapping.unicodeScalars {
            if VietnameseLetters.isCombiningMark(scalar.value) || scalar == " " { continue }
            if scalar == "đ" { result.append("d") } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
