/// Issues collected while reading, with a cap per kind so that a broken file cannot exhaust memory.
public struct IssueLog: Sendable {
    /// The issues kept, in the order found.
    public private(set) var issues: [InputIssue] = []
    /// How many of each kind were found, kept or not.
    public private(set) var counts: [InputIssue.Kind: Int] = [:]
    /// How many issues of one kind are kept.
    public let limitPerKind: Int

    public init(limitPerKind: Int = 1000) { self.limitPerKind = limitPerKind }

    /// Records an issue; beyond the limit only the count grows.
    public mutating func append(_ issue: InputIssue) {
        let seen = counts[issue.kind, default: 0]
        counts[issue.kind] = seen + 1
        if seen < limitPerKind { issues.append(issue) }
    }

    /// Counts `extra` more issues of `kind` that are not kept (found beyond the limit elsewhere).
    public mutating func count(_ kind: InputIssue.Kind, extra: Int) {
        if extra > 0 { counts[kind, default: 0] += extra }
    }

    /// Gives each issue tied to a record its data-row number, once the header's record is known.
    mutating func numberRows(headerRecord: Int) {
        for i in issues.indices {
            if issues[i].row == nil, let record = issues[i].record, record > headerRecord {
                issues[i].row = record - headerRecord
            }
        }
    }

    /// Total number of issues found.
    public var total: Int { counts.values.reduce(0, +) }
}
