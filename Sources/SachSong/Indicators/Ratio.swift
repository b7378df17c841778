/// A numerator over a denominator; the rate is nil when the denominator is 0 or the numerator
/// cannot be known (a column the files lack) — never a division by zero, never a silent 100 %.
public struct Ratio: Sendable, Equatable {
    public var numerator: Int
    public var denominator: Int
    /// False when the data to count the numerator is missing.
    public var known: Bool

    public init(numerator: Int = 0, denominator: Int = 0, known: Bool = true) {
        self.numerator = numerator
        self.denominator = denominator
        self.known = known
    }

    public var rate: Double? { known && denominator > 0 ? Double(numerator) / Double(denominator) : nil }

    /// Pools two ratios (district figures).
    public static func + (a: Ratio, b: Ratio) -> Ratio {
        // A part whose numerator cannot be known makes the pooled numerator unknown only if it has records.
        let known = (a.known || a.denominator == 0) && (b.known || b.denominator == 0)
        return Ratio(numerator: a.numerator + b.numerator, denominator: a.denominator + b.denominator, known: known)
    }
}
