/// When a field must be filled.
public enum Requirement: Sendable, Equatable {
    /// Never required.
    case optional
    /// Always required.
    case always
    /// Required when the person is at least this old at the as-of date (e.g. the citizen ID from 14).
    case fromAge(Int)
    /// Required when another field holds one of these values (canonical spellings).
    case whenField(String, [String])
}
