import SachSong
/// A small seeded pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014): the same seed
/// gives the same sequence on every machine and Swift version, which `SystemRandomNumberGenerator`
/// never promises. Used by `sachsong sample` so that a seed names one exact data set.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for one part of a data set: the seed mixed with the part's coordinates, so
    /// that parts are independent and each can be regenerated alone.
    public init(seed: UInt64, _ parts: UInt64...) {
        var s = seed
        for part in parts { s = SplitMix64.mix(s &+ 0x9E37_79B9_7F4A_7C15 &* (part &+ 1)) }
        state = s
    }

    public mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< bound (bound > 0), by the multiply-shift method (no modulo bias worth speaking of).
    public mutating func int(_ bound: Int) -> Int {
        Int((UInt64(bound).multipliedFullWidth(by: next())).high)
    }

    /// lower ... upper, both included.
    public mutating func int(_ lower: Int, _ upper: Int) -> Int { lower + int(upper - lower + 1) }

    /// [0, 1)
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    /// `count` digits, leading zeros kept.
    public mutating func digits(_ count: Int) -> String {
        var text = ""
        text.reserveCapacity(count)
        for _ in 0..<count { text.append(Character(Unicode.Scalar(UInt8(48 + int(10))))) }
        return text
    }
}

/// Items with weights, drawn in proportion to them.
struct Weighted<T: Sendable>: Sendable {
    let items: [T]
    let cumulative: [Double]

    init(_ pairs: [(T, Double)]) {
        items = pairs.map(\.0)
        var sum = 0.0
        cumulative = pairs.map {
            sum += $0.1; return sum
        }
    }

    func draw(_ rng: inout SplitMix64) -> T {
        let target = rng.unit() * cumulative.last!
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return items[low]
    }
}
