import Foundation
import ExcelInput
import SachSong
import SachSongReport

/// The workbooks a submission's files give back, made on first request from the kept files
/// with the submission's date and the service's rules (the same code as `check --annotate`,
/// `clean` and `check --format xlsx`), and kept under `made/ID` until the files expire.
struct Downloads: Sendable {
    let desk: SubmissionDesk

    /// What a file of a submission can be turned into.
    enum Kind: String, CaseIterable, Sendable {
        case annotated, clean, changes
    }

    /// A file ready to send: where it is, the name to give it, its content type.
    struct Made: Sendable {
        let path: String
        let name: String
        let contentType: String
    }

    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let csv = "text/csv; charset=utf-8"

    /// File `number` of submission `id` as `kind`; nil when there is no such file.
    func make(id: String, number: Int, kind: Kind, asOf: SimpleDate) throws -> Made? {
        guard let kept = try desk.keptFile(id: id, number: number) else { return nil }
        let base = (kept.name as NSString).deletingPathExtension
        let made = try desk.madeFolder(id: id)
        let rules = desk.rules
        switch kind {
        case .annotated:
            let target = (made as NSString).appendingPathComponent("\(number)-annotated.xlsx")
            if !FileManager.default.fileExists(atPath: target) {
                let options = CheckOptions(asOf: asOf)
                let report = RunChecker(rules: rules, options: options).check(paths: [kept.path])
                guard let file = report.files.first else { throw WorkbookOutputFailure(report.failures.first?.message ?? "không đọc được tệp") }
                _ = try WorkbookAnnotation.write(file, options: options, to: target)
            }
            return Made(path: target, name: "\(base).danh-dau.xlsx", contentType: Self.xlsx)
        case .clean, .changes:
            let csvInput = RecordSources.kind(of: kept.path) == .csv
            let target = (made as NSString).appendingPathComponent("\(number)-clean.\(csvInput ? "csv" : "xlsx")")
            let changes = (made as NSString).appendingPathComponent("\(number)-changes.csv")
            if !FileManager.default.fileExists(atPath: changes) {
                try? FileManager.default.removeItem(atPath: target)
                _ = try CleanJob(file: kept.path, target: target, changes: changes).run(rules: rules, options: CleanOptions(asOf: asOf))
            }
            if kind == .changes { return Made(path: changes, name: "\(base).nhat-ky-sua.csv", contentType: Self.csv) }
            return Made(path: target, name: "\(base).da-lam-sach.\(csvInput ? "csv" : "xlsx")", contentType: csvInput ? Self.csv : Self.xlsx)
        }
    }

    /// Every finding of the submission as a workbook (`check --format xlsx`).
    func findings(id: String, asOf: SimpleDate) throws -> Made? {
        guard let folder = try desk.keptFolder(id: id) else { return nil }
        let made = try desk.madeFolder(id: id)
        let target = (made as NSString).appendingPathComponent("findings.xlsx")
        if !FileManager.default.fileExists(atPath: target) {
            var report = IndicatorRunner(rules: desk.rules, options: CheckOptions(asOf: asOf)).check(path: folder)
            // The school's names for its files, not the server's folders.
            for i in report.files.indices { report.files[i].path = SubmissionDesk.givenName(report.files[i].path) }
            try FindingsWorkbook.write(report, to: target)
        }
        return Made(path: target, name: "phat-hien.xlsx", contentType: Self.xlsx)
    }
}
