import Foundation

/// One line of the audit log: who did what, when. `detail` names files, schools and accounts,
/// never a value from inside an upload.
public struct AuditEntry: Codable, Sendable {
    public var id: Int64?
    public var at: Date
    public var accountID: Int64?
    public var action: String
    public var detail: String
}
