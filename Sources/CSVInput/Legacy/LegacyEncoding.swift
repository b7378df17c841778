/// The pre-Unicode Vietnamese encodings that school data still arrives in, usually as cells of an
/// old Excel sheet written with a legacy font and then saved as CSV.
///
/// None of them is a Foundation `String.Encoding`; decode with ``LegacyDecoder`` and spot them with
/// ``LegacyTextDetector``.
public enum LegacyEncoding: String, Sendable, CaseIterable, Codable {
    /// TCVN3 / ABC (`.VnTime`, `.VnArial` fonts): one byte per letter; only lower-case letters and
    /// Ă Â Ê Ô Ơ Ư Đ. Toned capitals need an "H" font and decode as lower case.
    case tcvn3
    /// VNI-Windows (`VNI-Times` fonts): an ASCII vowel followed by a mark byte, plus single bytes
    /// for đ, ơ, ư, the i-vowels and ỵ.
    case vni
    /// VISCII (RFC 1456): one byte for each of the 134 precomposed letters, six capitals on C0 bytes.
    case viscii

    /// The name shown to users and used by ``LegacyTextDetector/detectBytes(_:)``.
    public var displayName: String { rawValue }
}
