import Foundation

/// The form in which two spellings of a person's name are compared: NFC, Vietnamese lower case,
/// spaces collapsed, and each word's tone mark taken apart from its letters, so that the two
/// tone placements ("hoà"/"hòa", "thuý"/"thúy") compare equal while every diacritic still
/// counts ("Hùng" ≠ "Hưng", "Lan" ≠ "Lân").
public enum NameKey {
    /// The five tone marks as combining characters.
    static let tones: [UInt32: Character] = [0x300: "`", 0x301: "'", 0x303: "~", 0x309: "?", 0x323: "."]

    /// The comparison key of a name.
    public static func of(_ name: String) -> String {
        var words: [String] = []
        for word in MatchKey.of(name).split(separator: " ") {
            var letters = ""
            var tone: Character?
            for scalar in String(word).decomposedStringWithCanonicalMapping.unicodeScalars {
                if let mark = tones[scalar.value] { tone = mark } else { letters.unicodeScalars.append(scalar) }
            }
            words.append(letters.precomposedStringWithCanonicalMapping + (tone.map { String($0) } ?? ""))
        }
        return words.joined(separator: " ")
    }

    /// True when two names are the same name.
    public static func same(_ a: String, _ b: String) -> Bool { of(a) == of(b) }
}
