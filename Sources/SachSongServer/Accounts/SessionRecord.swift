import Foundation

/// A signed-in browser: only the SHA-256 of its cookie is kept, with the CSRF token its forms
/// carry and when it ends.
struct SessionRecord: Codable, Sendable {
    var idHash: String
    var accountID: Int64
    var csrfToken: String
    var createdAt: Date
    var expiresAt: Date
}
