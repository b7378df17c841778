import Foundation

/// A person or a script that signs in to the service.
public struct Account: Codable, Sendable {
    public var id: Int64?
    public var name: String
    public var role: Role
    public var schoolCode: String?
    public var groupID: String?
    var passwordHash: String
    /// A one-time password was given: it must be changed at the first sign-in.
    public var mustChangePassword: Bool
    public var createdAt: Date
}
