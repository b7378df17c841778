/// A numerator over a denominator; the rate is nil when the denominator is 0 or the numerator
/// cannot be known (a file or column the school did not supply) — never a division by zero,
/// never a silent 0 % or 100 %. A figure that cannot be known says what is missing.
public struct Ratio: Sendable, Equatable {
    public var numerator: Int
    public var denominator: Int
    /// What is missing to count this figure, and what to supply ("thiếu cột «Xác thực CSDL dân
    /// cư» trong tệp Học sinh"); nil when the data is there.
    public var missing: String?

    public init(numerator: Int = 0, denominator: Int = 0, known: Bool = true) {
        self.numerator = numerator
        self.denominator = denominator
        missing = known ? nil : "thiếu dữ liệu"
    }

    /// A figure that cannot be counted, with what is missing.
    public init(missing: String, denominator: Int = 0) {
        numerator = 0
        self.denominator = denominator
        self.missing = missing
    }

    /// False when the data to count the numerator is missing.
    public var known: Bool { missing == nil }

    public var rate: Double? { known && denominator > 0 ? Double(numerator) / Double(denominator) : nil }

    /// Pools two ratios (group and total figures). A part that cannot be counted makes the pool
    /// unknown only if it has records; a pool of parts that all lack the data lacks it too.
    public static func + (a: Ratio, b: Ratio) -> Ratio {
        var pooled = Ratio(numerator: a.numerator + b.numerator, denominator: a.denominator + b.denominator)
        if let reason = a.denominator > 0 ? a.missing : nil {
            pooled.missing = reason
        } else if let reason = b.denominator > 0 ? b.missing : nil {
            pooled.missing = reason
        } else if let reason = a.missing, b.missing != nil {
            pooled.missing = reason
        }
        return pooled
    }
}

extension Dictionary where Value == Ratio {
    /// Pools `ratio` into the entry `key` (the first ratio of a key is taken as it is, so that a
    /// part without data keeps its reason).
    public mutating func pool(_ key: Key, _ ratio: Ratio) {
        self[key] = self[key].map { $0 + ratio } ?? ratio
    }

    /// Pools every ratio of `other` into this dictionary.
    public mutating func pool(_ other: [Key: Ratio]) {
        for (key, ratio) in other { pool(key, ratio) }
    }
}
