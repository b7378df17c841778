/// What an account may see and do: `admin` everything; `analyst` the schools of its group (or
/// all, without a group); `school` its own school only.
public enum Role: String, Codable, Sendable, CaseIterable {
    case admin
    case analyst
    case school
}
