/// A kind of check: one type per kind, with its identity, its place among đúng/đủ/sạch/sống,
/// a Vietnamese description and examples that the test suite runs through the whole engine.
public protocol Check {
    /// Rule id, ASCII, e.g. `cccd.birth-year`.
    static var id: String { get }
    static var dimension: Dimension { get }
    /// Severity unless a profile or `--severity` says otherwise.
    static var severity: Severity { get }
    /// What the check looks for, in Vietnamese.
    static var summary: String { get }
    /// Values or rows that must pass, and must fail, this check.
    static var examples: [CheckExample] { get }
}

/// A row (field id → value) of a record type of the default profile, and whether it must
/// trigger the check.
public struct CheckExample: Sendable {
    public let recordType: String
    public let fields: [(String, String)]
    public let triggers: Bool
    /// Reference date for ages and freshness; default 2026-06-01.
    public let asOf: SimpleDate

    public static let defaultAsOf = SimpleDate(year: 2026, month: 6, day: 1)!

    public static func valid(_ fields: [(String, String)], asOf: SimpleDate = defaultAsOf) -> CheckExample {
        CheckExample(recordType: "hoc_sinh", fields: fields, triggers: false, asOf: asOf)
    }

    public static func valid(_ recordType: String, _ fields: [(String, String)], asOf: SimpleDate = defaultAsOf) -> CheckExample {
        CheckExample(recordType: recordType, fields: fields, triggers: false, asOf: asOf)
    }

    public static func invalid(_ fields: [(String, String)], asOf: SimpleDate = defaultAsOf) -> CheckExample {
        CheckExample(recordType: "hoc_sinh", fields: fields, triggers: true, asOf: asOf)
    }

    public static func invalid(_ recordType: String, _ fields: [(String, String)], asOf: SimpleDate = defaultAsOf) -> CheckExample {
        CheckExample(recordType: recordType, fields: fields, triggers: true, asOf: asOf)
    }
}
