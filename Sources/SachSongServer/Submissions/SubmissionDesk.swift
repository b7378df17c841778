import Foundation
import SachSong
import SachSongReport

/// Where a school's files become a submission: checked with the service's rules and date, the
/// findings and figures recorded in one transaction (so a submission is there whole or not at
/// all), the files kept under the data folder until they expire.
public struct SubmissionDesk: Sendable {
    let store: any ServeStorage
    let rules: CompiledRules

    public init(store: ServeStore, rules: CompiledRules) {
        self.init(storage: store, rules: rules)
    }

    init(storage: any ServeStorage, rules: CompiledRules) {
        store = storage
        self.rules = rules
    }

    /// Findings kept per rule and file in a stored report (the counts include all).
    public static let keptFindingsPerRule = 1_000

    /// A new folder for the files of a submission being received (`incoming/ID`).
    public func incomingFolder(id: String) throws -> String {
        let folder = (store.folder as NSString).appendingPathComponent("incoming/\(id)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Checks the uploads of submission `id` (in its incoming folder), records the submission,
    /// and moves its files to `files/ID`. Returns the submission's JSON.
    public func submit(id: String, account: Account, uploads: [Upload], asOf: SimpleDate) throws -> String {
        guard let accountID = account.id, let school = account.schoolCode else { throw ServeError.schoolRoleNeedsSchool }
        let incoming = try incomingFolder(id: id)
        var options = CheckOptions(asOf: asOf)
        options.tallies = true
        // What is kept per rule and file (every finding is still counted): bounds the store.
        options.maxFindingsPerRule = Self.keptFindingsPerRule
        let runner = IndicatorRunner(rules: rules, options: options)
        let run = runner.check(path: incoming)
        // The school is the account's, whatever the folder or a school file says.
        let name = try store.school(school)?.name ?? school
        let indicators = runner.indicators(of: run, path: incoming).schools.first.map { found -> SchoolIndicators in
            var figures = found
            figures.id = school
            figures.name = name
            return figures
        }
        let renderer = JSONRenderer()
        var byPath: [String: FileReport] = [:]
        for file in run.files { byPath[file.path] = file }
        let receivedAt = Date()
        let submission = StoredSubmission(
            id: id, schoolCode: school, accountID: accountID, receivedAt: receivedAt, asOf: asOf.iso,
            summary: renderer.summary(run),
            indicators: indicators.map { IndicatorRenderer.schoolJSON($0, spec: rules.ruleSet.criteria) })
        let files = uploads.enumerated().map { n, upload in
            let report = byPath[upload.path].map(renderer.file) ?? Self.unreadable(upload, run)
            return StoredFile(
                submissionID: id, number: n + 1, name: upload.name, size: upload.size, sha256: upload.sha256,
                report: report.replacingOccurrences(of: Self.inner(upload.path), with: Self.inner(upload.name)))
        }
        let kept = (store.folder as NSString).appendingPathComponent("files/\(id)")
        try FileManager.default.createDirectory(
            atPath: (kept as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: incoming, toPath: kept)
        try store.record([NewSubmission(submission: submission, files: files, figures: indicators.map { StoredFigure.of($0, submissionID: id) } ?? [])])
        return try json(id: id)!
    }

    /// A submission's JSON: `{"id","school","receivedAt","asOf","files":[…],"summary":{…},"indicators":{…}}`.
    public func json(id: String) throws -> String? {
        guard let submission = try store.submission(id: id) else { return nil }
        return Self.json(submission, files: try store.files(submission: id))
    }

    /// The school a submission belongs to, if there is such a submission.
    public func school(of id: String) throws -> String? {
        try store.submission(id: id)?.schoolCode
    }

    /// A school's submissions, newest first, each without its files' findings.
    public func history(school: String) throws -> String {
        "[" + (try store.submissions(school: school)).map { Self.head($0) + "}" }.joined(separator: ",") + "]"
    }

    private static func head(_ s: StoredSubmission) -> String {
        let q = JSONRenderer().quote
        let received = ISO8601DateFormatter().string(from: s.receivedAt)
        return "{\"id\":\(q(s.id)),\"school\":\(q(s.schoolCode)),\"receivedAt\":\(q(received)),\"asOf\":\(q(s.asOf)),"
            + "\"summary\":\(s.summary),\"indicators\":\(s.indicators ?? "null")"
    }

    private static func json(_ s: StoredSubmission, files: [StoredFile]) -> String {
        head(s) + ",\"files\":[" + files.map(\.report).joined(separator: ",") + "]}"
    }

    /// A text as it stands inside a JSON string: the server's paths are replaced by the names
    /// the school gave, wherever a report names them.
    private static func inner(_ text: String) -> String { String(JSONRenderer().quote(text).dropFirst().dropLast()) }

    /// The object of a file that could not be read: its name and the reader's message.
    private static func unreadable(_ upload: Upload, _ run: RunReport) -> String {
        let q = JSONRenderer().quote
        let message = run.failures.first { $0.path == upload.path }?.message ?? "không đọc được tệp"
        return "{\"path\":\(q(upload.path)),\"recordType\":null,\"error\":\(q(message)),\"findings\":[]}"
    }
}
