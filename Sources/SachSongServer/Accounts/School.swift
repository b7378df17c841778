/// A school the service knows: its code (the sector database's), its name, and the group that
/// manages it (a ward or commune, or the Department).
public struct School: Codable, Sendable {
    public var code: String
    public var name: String
    public var groupID: String?
}
