import Foundation

/// The files a submission keeps under the data folder: the uploads as sent (`files/ID`, named
/// `N-NAME`) and what was made from them (`made/ID`), both removed after `--keep-days`.
extension SubmissionDesk {
    /// The folder of a submission's uploads, if they are still kept.
    func keptFolder(id: String) throws -> String? {
        guard Self.isID(id) else { return nil }
        let folder = (store.folder as NSString).appendingPathComponent("files/\(id)")
        return FileManager.default.fileExists(atPath: folder) ? folder : nil
    }

    /// Upload `number` of a submission, if it is still kept: its path and the name the school gave.
    func keptFile(id: String, number: Int) throws -> (path: String, name: String)? {
        guard let folder = try keptFolder(id: id) else { return nil }
        guard let stored = try store.file(submission: id, number: number) else { return nil }
        let path = (folder as NSString).appendingPathComponent("\(number)-\(stored.name)")
        return FileManager.default.fileExists(atPath: path) ? (path, stored.name) : nil
    }

    /// The folder for what is made from a submission's files (created when missing).
    func madeFolder(id: String) throws -> String {
        let folder = (store.folder as NSString).appendingPathComponent("made/\(id)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The name a school gave a kept file (`files/ID/3-hoc_sinh.xlsx` → `hoc_sinh.xlsx`).
    static func givenName(_ path: String) -> String {
        let last = (path as NSString).lastPathComponent
        guard let dash = last.firstIndex(of: "-"), last[..<dash].allSatisfy(\.isNumber), dash > last.startIndex else { return last }
        return String(last[last.index(after: dash)...])
    }

    /// Deletes the kept and made files of submissions received more than `days` days ago;
    /// their findings and figures stay. Returns how many submissions lost their files.
    @discardableResult
    func expireFiles(olderThan days: Int, now: Date = Date()) throws -> Int {
        let cutoff = now.addingTimeInterval(-Double(days) * 86400)
        let ids = try store.submissionIDs(receivedBefore: cutoff)
        var count = 0
        for id in ids {
            var removed = false
            for kind in ["files", "made"] {
                let folder = (store.folder as NSString).appendingPathComponent("\(kind)/\(id)")
                if FileManager.default.fileExists(atPath: folder) {
                    try FileManager.default.removeItem(atPath: folder)
                    removed = true
                }
            }
            if removed { count += 1 }
        }
        if count > 0 {
            try store.audit(nil, "files.expire", "xóa tệp của \(count) bài nộp quá \(days) ngày")
        }
        return count
    }

    /// A submission id as this service makes them (a lowercase UUID): anything else names no
    /// folder, so a path parameter can never reach outside the data folder.
    static func isID(_ id: String) -> Bool {
        id.count == 36 && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) || $0 == 45 }
    }
}
