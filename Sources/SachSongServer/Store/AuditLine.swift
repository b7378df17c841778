/// The audit log's lines for the changes a store records in the same transaction, worded once
/// for every implementation of ``ServeStorage``: the action (ASCII) and its detail.
enum AuditLine {
    static func schoolAdded(_ school: School) -> (action: String, detail: String) {
        ("school.add", "trường \(school.code)")
    }

    static func accountAdded(_ account: Account) -> (action: String, detail: String) {
        ("account.add", "tài khoản \(account.name) (\(account.role.rawValue))")
    }

    static func passwordChanged(_ account: Account) -> (action: String, detail: String) {
        ("password.change", "tài khoản \(account.name)")
    }

    static func tokenAdded(account name: String) -> (action: String, detail: String) {
        ("token.add", "mã API cho \(name)")
    }

    static func submissionAdded(_ new: NewSubmission) -> (action: String, detail: String) {
        let s = new.submission
        return (
            "submission.add",
            "bài nộp \(s.id) của trường \(s.schoolCode): \(new.files.count) tệp, \(new.files.reduce(0) { $0 + $1.size }) byte"
        )
    }
}
