/// A place where the input bytes did not follow the encoding being decoded.
public struct DecodeProblem: Sendable, Equatable {
    /// Offset of the first offending byte in the input file (0-based).
    public let byteOffset: Int64
    /// What was wrong.
    public let kind: Kind

    public enum Kind: String, Sendable {
        /// Bytes that are not well-formed UTF-8 (decoded as Windows-1258 instead).
        case invalidUTF8
        /// A UTF-16 surrogate without its partner (replaced by U+FFFD).
        case loneSurrogate
        /// The input ended in the middle of a character (replaced by U+FFFD).
        case truncatedCharacter
    }
}
