/// A problem in a rule file, with its place.
public struct RuleError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// What is wrong, in Vietnamese.
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `rules/hoc_sinh.yaml:12:5: lỗi: …`
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): lỗi: \(message)"
    }
}

/// Every problem found while loading a profile.
public struct RuleErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [RuleError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
