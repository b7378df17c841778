import Foundation
import SachSong

/// The records behind one indicator of a submission (`indicators --explain`): in its
/// denominator, not in its numerator. Read again from the kept files; identity numbers masked.
struct Explanation: Sendable {
    let desk: SubmissionDesk

    struct Row: Sendable {
        let file: String
        let row: Int
        let line: Int
        let who: String
        let reason: String
        /// What names the record across submissions (its code, else its name); never shown.
        let key: String
    }

    /// The rows, or nil when the files have expired.
    func rows(id: String, indicator: String, asOf: SimpleDate) throws -> (ratio: Ratio, excluded: Int, rows: [Row])? {
        guard let folder = try desk.keptFolder(id: id) else { return nil }
        var options = CheckOptions(asOf: asOf)
        options.explainIndicator = indicator
        let report = IndicatorRunner(rules: desk.rules, options: options).run(path: folder)
        guard let school = report.schools.first else { return (Ratio(), 0, []) }
        let mask = PersonalDataMask()
        let rows = school.explained.map { row in
            let who = [row.code.map { mask.text($0) }, row.name].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " · ")
            return Row(
                file: SubmissionDesk.givenName(row.file), row: row.row, line: row.line, who: who.isEmpty ? "—" : who, reason: row.reason,
                key: row.code.flatMap { $0.isEmpty ? nil : $0 } ?? row.name ?? "\(row.file):\(row.row)")
        }
        return (school.ratios[indicator] ?? Ratio(), school.nonCitizens[indicator] ?? 0, rows)
    }
}
