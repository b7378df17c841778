/// How many tokens of a text could be Vietnamese syllables, out of those that count as evidence
/// (tokens with a non-ASCII character and at least two characters).
public struct SyllableEvidence: Sendable, Equatable {
    /// Evidence tokens that are legal Vietnamese syllables.
    public var legal: Int
    /// All evidence tokens.
    public var total: Int

    /// Creates evidence from counts.
    public init(legal: Int = 0, total: Int = 0) {
        self.legal = legal
        self.total = total
    }

    /// `legal / total`, or 0 when there is no evidence.
    public var score: Double { total == 0 ? 0 : Double(legal) / Double(total) }

    /// Adds the counts of `other` (evidence of several cells of a column).
    public static func += (lhs: inout SyllableEvidence, rhs: SyllableEvidence) {
        lhs.legal += rhs.legal
        lhs.total += rhs.total
    }
}
