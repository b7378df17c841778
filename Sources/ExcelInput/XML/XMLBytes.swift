import Foundation

/// Byte searches over XML text, shared by the reader's scanner and the writer's sheet rewriter.
package enum XMLBytes {
    /// Whether `literal` starts at `at`.
    @inline(__always)
    package static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ at: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at + count <= p.count else { return false }
        for k in 0..<count where p[at + k] != literal.utf8Start[k] { return false }
        return true
    }

    /// Where `literal` next starts at or after `from`.
    package static func find(_ p: UnsafeBufferPointer<UInt8>, from: Int, _ literal: StaticString) -> Int? {
        guard let base = p.baseAddress else { return nil }
        var i = from
        while i + literal.utf8CodeUnitCount <= p.count {
            guard let hit = memchr(base + i, Int32(literal.utf8Start[0]), p.count - i) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if hasPrefix(p, at, literal) { return at }
            i = at + 1
        }
        return nil
    }

    /// The `>` that ends the tag whose content starts at `from`, outside quoted attribute values.
    package static func tagEnd(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var quote: UInt8 = 0
        var j = from
        while j < p.count {
            let b = p[j]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return j
            }
            j += 1
        }
        return nil
    }
}
