import Foundation
import SachSong

/// The records that moved one indicator of a school between its last two submissions: those
/// short in the previous submission and not in the latest (newly complete), and the reverse
/// (newly failing). Read from the kept files of both (`--explain` of each), matched by code.
struct MovedRecords: Sendable {
    let desk: SubmissionDesk

    struct Result: Sendable {
        var newlyComplete: [Explanation.Row] = []
        var newlyFailing: [Explanation.Row] = []
        /// Why the comparison could not be made, if it could not.
        var unavailable: String?
    }

    func compare(school: String, indicator: String) throws -> Result {
        let submissions = try desk.submissions(school: school)
        guard submissions.count >= 2 else { return Result(unavailable: "Trường mới có một lần nộp: chưa có lần trước để so sánh.") }
        let explanation = Explanation(desk: desk)
        func rows(_ submission: StoredSubmission) throws -> [Explanation.Row]? {
            try explanation.rows(id: submission.id, indicator: indicator, asOf: ReferenceDate.parse(submission.asOf) ?? ReferenceDate.today())?.rows
        }
        guard let latest = try rows(submissions[0]), let previous = try rows(submissions[1]) else {
            return Result(unavailable: "Tệp của một trong hai lần nộp đã hết hạn lưu: không so sánh được từng hồ sơ (số liệu vẫn giữ).")
        }
        let latestKeys = Set(latest.map(\.key))
        let previousKeys = Set(previous.map(\.key))
        return Result(
            newlyComplete: previous.filter { !latestKeys.contains($0.key) }, newlyFailing: latest.filter { !previousKeys.contains($0.key) })
    }
}
