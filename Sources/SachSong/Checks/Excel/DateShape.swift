import Foundation

/// The form of a date as written (`DateShape.text(of:)`), made without allocation for the common
/// case: an ASCII shape is packed in four words. Two shapes are equal exactly when the Strings
/// `DateShape.text(of:)` gives are equal (Swift compares Strings by canonical equivalence), so a
/// shape with other bytes is kept as its String, unless it is canonically an ASCII one.
struct DateShape: Hashable {
    /// Bytes 0..<31 of an ASCII shape, little-endian, and its length in the top byte of `w3`;
    /// all zero for a shape kept as text.
    let w0, w1, w2, w3: UInt64
    /// The shape as a String when it is no ASCII one.
    let text: String?

    /// Bytes an ASCII shape can hold (`DateShape.text(of:)` writes at most 26).
    static let capacity = 31

    /// The shape of a cell Excel holds as a date.
    static let excelDate = DateShape(words: (0, 0, 0, 0), text: "ngày")

    private init(words: (UInt64, UInt64, UInt64, UInt64), text: String?) {
        (w0, w1, w2, w3) = words
        self.text = text
    }

    /// The shape of the bytes of a cell.
    init(_ b: UnsafeBufferPointer<UInt8>) {
        if let packed = Self.packed(b) {
            self = packed
        } else {
            self.init(text: DateShape.text(of: b))
        }
    }

    /// A shape given as text: packed when it is canonically ASCII.
    init(text: String) {
        let composed = text.precomposedStringWithCanonicalMapping
        var packer = Packer()
        for byte in composed.utf8 {
            guard byte < 0x80, packer.count < Self.capacity else {
                self.init(words: (0, 0, 0, 0), text: text)
                return
            }
            packer.append(byte)
        }
        self = packer.shape
    }

    /// The shape as `DateShape.text(of:)` writes it.
    var description: String {
        if let text { return text }
        var bytes: [UInt8] = []
        let count = Int(w3 >> 56)
        for i in 0..<count {
            let word = i < 8 ? w0 : i < 16 ? w1 : i < 24 ? w2 : w3
            bytes.append(UInt8(truncatingIfNeeded: word >> UInt64((i & 7) * 8)))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The ASCII shape of the bytes (the rules of `DateShape.text(of:)`), or nil when it would hold
    /// a byte of 0x80 or more.
    @inline(__always)
    static func packed(_ b: UnsafeBufferPointer<UInt8>) -> DateShape? {
        var packer = Packer()
        var run = 0
        for c in b {
            if c >= 0x30 && c <= 0x39 { run += 1; continue }
            if run > 0 { packer.append(run >= 3 ? UInt8(ascii: "Y") : UInt8(ascii: "9")) }
            run = 0
            if c == 0x20 { continue }
            guard c < 0x80 else { return nil }
            packer.append((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A ? UInt8(ascii: "a") : c)
            if packer.count > 24 { break }
        }
        if run > 0 { packer.append(run >= 3 ? UInt8(ascii: "Y") : UInt8(ascii: "9")) }
        return packer.shape
    }

    /// Bytes packed into four words (at most `capacity`; the callers stay below).
    private struct Packer {
        var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0
        var count = 0

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            let bits = UInt64(byte) << UInt64((count & 7) * 8)
            switch count >> 3 {
            case 0: w0 |= bits
            case 1: w1 |= bits
            case 2: w2 |= bits
            default: w3 |= bits
            }
            count += 1
        }

        var shape: DateShape { DateShape(words: (w0, w1, w2, w3 | UInt64(count) << 56), text: nil) }
    }
}

extension DateShape {
    /// The form of a date as written: digit runs become "9" (or "Y" for three or more), ASCII
    /// letters "a", spaces dropped, other bytes kept ("05/09/2012" → "9/9/Y", "2012-09-05" →
    /// "Y-9-9").
    static func text(of b: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        var run = 0
        func flush() {
            if run > 0 { out.append(run >= 3 ? UInt8(ascii: "Y") : UInt8(ascii: "9")) }
            run = 0
        }
        for c in b {
            if c >= 0x30 && c <= 0x39 { run += 1; continue }
            flush()
            if c == 0x20 { continue }
            out.append(c < 0x80 && ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) ? UInt8(ascii: "a") : c)
            if out.count > 24 { break }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }
}
