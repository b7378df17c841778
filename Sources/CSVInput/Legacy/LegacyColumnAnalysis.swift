/// What ``LegacyTextDetector`` saw in one column: the scores of each reading and the decision.
public struct LegacyColumnAnalysis: Sendable, Equatable {
    /// The legacy encoding the column's candidate cells are in, or nil to leave the column as it is.
    public var encoding: LegacyEncoding?
    /// Syllable score of the candidate cells kept as they are (Latin-1 Vietnamese such as "Lê Hà").
    public var asIsScore: Double
    /// Syllable score of the candidate cells decoded with each encoding (0 with too little evidence).
    public var scores: [LegacyEncoding: Double]
    /// Cells that could be legacy text read as Windows-1252 (see ``LegacyTextDetector/isCandidate(_:)``).
    public var candidateCells: Int
    /// Cells whose bytes are well-formed UTF-8 for Latin text: UTF-8 read as Windows-1252.
    public var mojibakeCells: Int

    /// Creates an analysis.
    public init(
        encoding: LegacyEncoding?, asIsScore: Double, scores: [LegacyEncoding: Double],
        candidateCells: Int, mojibakeCells: Int
    ) {
        self.encoding = encoding
        self.asIsScore = asIsScore
        self.scores = scores
        self.candidateCells = candidateCells
        self.mojibakeCells = mojibakeCells
    }
}
