import Foundation
import SachSong

/// One indicator's figure of a submission (numerator, denominator, what is missing, and for
/// 3.1 the valid-records ratio), so that the office's dashboard pools figures without reading
/// any file or JSON again.
struct StoredFigure: Codable, Sendable {
    var submissionID: String
    /// The indicator's id (`hoc_sinh_can_cuoc`).
    var indicator: String
    var numerator: Int
    var denominator: Int
    var missing: String?
    var validNumerator: Int?
    var validDenominator: Int?
    var validMissing: String?

    init(submissionID: String, indicator: String, ratio: Ratio, valid: Ratio?) {
        self.submissionID = submissionID
        self.indicator = indicator
        numerator = ratio.numerator
        denominator = ratio.denominator
        missing = ratio.missing
        validNumerator = valid?.numerator
        validDenominator = valid?.denominator
        validMissing = valid?.missing
    }

    var ratio: Ratio { Self.ratio(numerator, denominator, missing) }

    var valid: Ratio? { validNumerator.map { Self.ratio($0, validDenominator ?? 0, validMissing) } }

    /// A ratio as its three columns store it.
    static func ratio(_ numerator: Int, _ denominator: Int, _ missing: String?) -> Ratio {
        var ratio = Ratio(numerator: numerator, denominator: denominator)
        ratio.missing = missing
        return ratio
    }

    /// The figures of a school's counted indicators.
    static func of(_ school: SchoolIndicators, submissionID: String) -> [StoredFigure] {
        school.ratios.keys.sorted().map { id in
            StoredFigure(submissionID: submissionID, indicator: id, ratio: school.ratios[id]!, valid: school.valid[id])
        }
    }

    /// The figures in a school's object of `indicators --format json` (`indicators` →
    /// criterion → indicator → numerator, denominator, missing, valid).
    static func parse(schoolJSON: String, submissionID: String) -> [StoredFigure] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(schoolJSON.utf8)) as? [String: Any],
            let criteria = object["indicators"] as? [String: Any]
        else { return [] }
        func ratio(_ value: [String: Any]) -> Ratio {
            Self.ratio(value["numerator"] as? Int ?? 0, value["denominator"] as? Int ?? 0, value["missing"] as? String)
        }
        var figures: [StoredFigure] = []
        for (_, indicators) in criteria {
            for (id, value) in indicators as? [String: Any] ?? [:] {
                guard let value = value as? [String: Any] else { continue }
                figures.append(
                    StoredFigure(
                        submissionID: submissionID, indicator: id, ratio: ratio(value), valid: (value["valid"] as? [String: Any]).map(ratio)))
            }
        }
        return figures
    }
}
