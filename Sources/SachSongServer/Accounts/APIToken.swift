import Foundation

/// A token for scripts and CI (`Authorization: Bearer …`). Only its SHA-256 is stored: the
/// token itself is shown once, when made.
struct APIToken: Codable, Sendable {
    var id: Int64?
    var accountID: Int64
    var tokenHash: String
    var createdAt: Date
    var lastUsedAt: Date?
}
