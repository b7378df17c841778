import CSVInput
import Foundation

/// The form in which values and headers are compared: NFC, Vietnamese lower case, spaces
/// trimmed and collapsed. Diacritics are kept ("Hùng" ≠ "Hưng").
enum MatchKey {
    /// The match key of a string.
    static func of(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace || VietnameseLetters.isInvisible(scalar.value) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" "); pendingSpace = false }
            let lower = VietnameseLetters.lowercased(scalar.value)
            result.unicodeScalars.append(Unicode.Scalar(lower) ?? scalar)
        }
        return result
    }

    /// The match key of UTF-8 bytes, written into `out` (reused, no allocation once warm).
    /// Returns false when the bytes hold combining marks and need the String path.
    @inline(__always)
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        return append(bytes, to: &out)
    }

    /// FNV-1a hash of bytes.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}

/// Bytes of a key being built, in a fixed buffer the caller owns: no allocation, no
/// uniqueness or exclusivity checks. `overflowed` tells the caller to take the array path.
struct KeySink {
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int
    var count = 0
    var overflowed = false
    /// The parts of the key built last, for the next key of the same row (see `KeySinkParts`).
    var parts = KeySinkParts()

    init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        guard count < capacity else { overflowed = true; return }
        base[count] = byte
        count += 1
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}

/// Where a match key's bytes go: a growing array, or a fixed buffer (`KeySink`).
protocol MatchKeyBytes {
    var count: Int { get }
    mutating func append(_ byte: UInt8)
    /// Drops the bytes after the first `count`.
    mutating func truncate(to count: Int)
}

extension Array: MatchKeyBytes where Element == UInt8 {
    mutating func truncate(to count: Int) { removeSubrange(count...) }
}

extension KeySink: MatchKeyBytes {
    mutating func truncate(to count: Int) { self.count = count }
}

extension MatchKey {
    /// Appends the match key of UTF-8 bytes to `out`. Returns false, leaving `out` as it was,
    /// when the bytes hold combining marks and need the String path.
    @inline(__always)
    static func append<Out: MatchKeyBytes>(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) -> Bool {
        let start = out.count
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                    pendingSpace = out.count != start
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                continue
            }
            // The letters Vietnamese is written with, lowered byte by byte (no decoding); none
            // of them is a combining mark or an invisible character.
            let plain = PlainLetter.lowercased(bytes, at: i)
            if plain.length > 0 {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
                out.append(plain.b1)
                if plain.length == 3 { out.append(plain.b2) }
                i += plain.length
                continue
            }
            let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
            i += length
            if VietnameseLetters.isCombiningMark(scalar) {
                out.truncate(to: start)
                return false
            }
            if scalar == 0xA0 || VietnameseLetters.isInvisible(scalar) {
                pendingSpace = out.count != start
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            forEachUTF8Byte(of: VietnameseLetters.lowercased(scalar)) { out.append($0) }
        }
        return true
    }
}
