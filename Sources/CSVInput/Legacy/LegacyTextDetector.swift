/// Spots text in a legacy Vietnamese encoding: per column of cells that a UTF-8 export holds as
/// Windows-1252 gibberish (``detectColumn(_:minimumTokens:)``), and for a whole file that is not
/// UTF-8 (``detectBytes(_:)``).
///
/// The decision follows the heuristic of `fixtures/legacy-encodings/README.md` §5: read the text each
/// possible way and keep the reading whose words are legal Vietnamese syllables
/// (``VietnameseSyllables``), only when it is clearly ahead.
public enum LegacyTextDetector {
    /// The best reading must reach this syllable score.
    public static let minimumScore = 0.6
    /// ... and lead the runner-up by at least this much.
    public static let minimumLead = 0.1

    // MARK: - Columns of cells

    /// The legacy encoding a column of cells is in, or nil to leave it as it is.
    ///
    /// Only candidate cells count (``isCandidate(_:)``): pure ASCII cells, cells that already hold
    /// Vietnamese letters outside Latin-1 (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9) and cells with a character
    /// that has no Windows-1252 byte are skipped; cells whose bytes are well-formed UTF-8 of Latin text
    /// ("Nguyá»…n") are UTF-8 mojibake, not legacy text — when they are at least as many as the
    /// candidates, the answer is nil. The candidates are scored as they are and decoded with TCVN3,
    /// VNI and VISCII; the best reading wins when it scores ≥ ``minimumScore`` and leads the
    /// runner-up by ≥ ``minimumLead``. Ties prefer as-is, then TCVN3, VNI, VISCII.
    ///
    /// Decode the chosen cells with ``LegacyDecoder/decode(cp1252Text:as:)``; convert only cells for
    /// which ``isCandidate(_:)`` is true, so that Unicode cells of a mixed column stay intact.
    ///
    /// - Parameter minimumTokens: a legacy reading with fewer evidence tokens scores 0.
    public static func detectColumn(_ values: [String], minimumTokens: Int = 3) -> LegacyEncoding? {
        analyzeColumn(values, minimumTokens: minimumTokens).encoding
    }

    /// ``detectColumn(_:minimumTokens:)`` with the scores behind the decision, for reports.
    public static func analyzeColumn(_ values: [String], minimumTokens: Int = 3) -> LegacyColumnAnalysis {
        var asIs = SyllableEvidence()
        var evidence = [SyllableEvidence](repeating: SyllableEvidence(), count: LegacyEncoding.allCases.count)
        var candidates = 0
        var mojibake = 0
        for cell in values {
            switch classify(cell) {
            case .skip:
                continue
            case .mojibake:
                mojibake += 1
            case .candidate(let bytes):
                candidates += 1
                asIs += VietnameseSyllables.evidence(in: cell)
                for (i, encoding) in LegacyEncoding.allCases.enumerated() {
                    evidence[i] += VietnameseSyllables.evidence(in: LegacyDecoder.decode(bytes: bytes, as: encoding))
                }
            }
        }
        var scores: [LegacyEncoding: Double] = [:]
        for (i, encoding) in LegacyEncoding.allCases.enumerated() {
            scores[encoding] = evidence[i].total >= minimumTokens ? evidence[i].score : 0
        }
        var chosen: LegacyEncoding?
        if candidates > 0 && mojibake < candidates {
            // Ranked in preference order: as-is (nil) first, then allCases order.
            let readings: [(LegacyEncoding?, Double)] =
                [(nil, asIs.score)]
                + LegacyEncoding.allCases.map { ($0, scores[$0] ?? 0) }
            chosen = decide(readings)
        }
        return LegacyColumnAnalysis(
            encoding: chosen, asIsScore: asIs.score, scores: scores,
            candidateCells: candidates, mojibakeCells: mojibake)
    }

    /// True when `cell` could be legacy bytes read as Windows-1252: it has a non-ASCII character, no
    /// Vietnamese letter outside Latin-1, every character has a Windows-1252 / Latin-1 byte, and the
    /// bytes are not well-formed UTF-8 of Latin text.
    public static func isCandidate(_ cell: String) -> Bool {
        if case .candidate = classify(cell) { return true }
        return false
    }

    // MARK: - Whole files

    /// Names the encoding of the first chunk of a file that is not UTF-8: `"windows-1258"`,
    /// `"tcvn3"`, `"vni"` or `"viscii"`, with the syllable score of that reading.
    ///
    /// Windows-1258 (combining tone marks, composed for scoring) is the answer unless a legacy
    /// reading scores ≥ ``minimumScore`` and leads every other reading by ≥ ``minimumLead``; a
    /// Western Latin-1 file, whose words are no Vietnamese syllables in any reading, therefore stays
    /// Windows-1258, as the reader decodes it today.
    public static func detectBytes(_ sample: UnsafeBufferPointer<UInt8>) -> (encoding: String, score: Double) {
        let readings = byteScores(sample)
        let best = decide(readings.map { ($0.encoding, $0.score) })
        return (best, readings.first { $0.encoding == best }?.score ?? 0)
    }

    /// The syllable score of `sample` read as Windows-1258, TCVN3, VNI and VISCII, in that order.
    public static func byteScores(_ sample: UnsafeBufferPointer<UInt8>) -> [(encoding: String, score: Double)] {
        var result = [(encoding: "windows-1258", score: VietnameseSyllables.score(decodeWindows1258(sample)))]
        for encoding in LegacyEncoding.allCases {
            result.append((encoding.displayName, VietnameseSyllables.score(LegacyDecoder.decode(bytes: sample, as: encoding))))
        }
        return result
    }

    // MARK: - Implementation

    private enum CellKind {
        case skip
        case mojibake
        case candidate([UInt8])
    }

    private static func classify(_ cell: String) -> CellKind {
        var nonASCII = false
        for scalar in cell.unicodeScalars {
            let v = scalar.value
            if v >= 0x80 { nonASCII = true }
            if isVietnameseOutsideLatin1(v) { return .skip }
        }
        guard nonASCII, let bytes = Windows1252Bytes.bytes(of: cell) else { return .skip }
        if let utf8 = String(validating: bytes, as: UTF8.self), isLatinish(utf8) { return .mojibake }
        return .candidate(bytes)
    }

    @inline(__always)
    private static func isVietnameseOutsideLatin1(_ v: UInt32) -> Bool {
        switch v {
        case 0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129, 0x0168, 0x0169,
            0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x1EA0...0x1EF9:
            return true
        default:
            return false
        }
    }

    /// Text in Latin scripts: U+0000–U+024F, combining marks, U+1E00–U+1EFF, general punctuation.
    private static func isLatinish(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            let v = s.value
            return v <= 0x024F || (0x0300...0x036F).contains(v) || (0x1E00...0x1EFF).contains(v)
                || (0x2000...0x206F).contains(v)
        }
    }

    /// The first reading (in the given preference order) with the highest score, when it clears
    /// ``minimumScore`` and leads the runner-up by ``minimumLead``; else the first reading.
    private static func decide<Name>(_ readings: [(Name, Double)]) -> Name {
        var bestIndex = 0
        for i in readings.indices where readings[i].1 > readings[bestIndex].1 { bestIndex = i }
        guard bestIndex != 0 else { return readings[0].0 }
        let best = readings[bestIndex].1
        var runnerUp = -Double.infinity
        for i in readings.indices where i != bestIndex { runnerUp = max(runnerUp, readings[i].1) }
        if best >= minimumScore && best - runnerUp >= minimumLead - 1e-9 { return readings[bestIndex].0 }
        return readings[0].0
    }

    /// Windows-1258 bytes as text with combining tone marks (the scorer folds them into letters).
    private static func decodeWindows1258(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count)
        for b in bytes { units.append(b < 0x80 ? UInt16(b) : Windows1258.upperHalf[Int(b) - 0x80]) }
        return String(decoding: units, as: UTF16.self)
    }
}
