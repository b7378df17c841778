/// The outcome of scanning bytes for well-formed UTF-8.
enum UTF8ScanResult: Equatable {
    /// Every byte is part of a complete, well-formed sequence.
    case valid
    /// Well-formed up to `validPrefix`; the remaining bytes start a sequence that the next bytes may complete.
    case incomplete(validPrefix: Int)
    /// Well-formed up to `validPrefix`; the `length` bytes there form no valid sequence.
    case invalid(validPrefix: Int, length: Int)
}

/// Well-formedness check of UTF-8 (Unicode Table 3-7).
///
/// `scan` checks 16 bytes at a time with lane-wise operations and hands the exact position of a
/// fault (and the last few bytes of the buffer) to `scanScalar`, the byte-by-byte reference, so
/// both always give the same result.
enum UTF8Validation {
    /// Bytes checked per block: one SSE2 register (`SIMD32` is lowered lane by lane).
    private typealias Block = SIMD16<Int8>
    private static let blockSize = 16

    /// Scans `count` bytes from `base`.
    static func scan(_ base: UnsafePointer<UInt8>, count: Int) -> UTF8ScanResult {
        let raw = UnsafeRawPointer(base)
        var i = 0
        if count >= blockSize {
            // The first block looks back at three bytes before the buffer: take them as ASCII.
            let ok = withUnsafeTemporaryAllocation(byteCount: blockSize + 3, alignment: 16) { head -> Bool in
                let h = head.baseAddress!
                h.storeBytes(of: 0, toByteOffset: 0, as: UInt16.self)
                h.storeBytes(of: 0, toByteOffset: 2, as: UInt8.self)
                (h + 3).copyMemory(from: raw, byteCount: blockSize)
                return blockIsWellFormed(
                    h.loadUnaligned(fromByteOffset: 3, as: Block.self),
                    h.loadUnaligned(fromByteOffset: 2, as: Block.self),
                    h.loadUnaligned(fromByteOffset: 1, as: Block.self),
                    h.loadUnaligned(as: Block.self))
            }
            if ok {
                i = blockSize
                while i + blockSize <= count {
                    let ok = blockIsWellFormed(
                        raw.loadUnaligned(fromByteOffset: i, as: Block.self),
                        raw.loadUnaligned(fromByteOffset: i - 1, as: Block.self),
                        raw.loadUnaligned(fromByteOffset: i - 2, as: Block.self),
                        raw.loadUnaligned(fromByteOffset: i - 3, as: Block.self))
                    if !ok { break }
                    i += blockSize
                }
            }
        }
        if i == 0 { return scanScalar(base, count: count) }
        // Every byte before `i` is checked, but a sequence may straddle `i` or a fault may follow:
        // restart the exact scan at the last character that starts before `i`.
        var start = i - 1
        while start > 0 && base[start] & 0xC0 == 0x80 { start -= 1 }
        return scanScalar(base, count: count, from: start)
    }

    /// True when the bytes of the block `b` are well-formed given the bytes one, two and three
    /// places before each of them (`p1`, `p2`, `p3`). A sequence may continue into the next
    /// block: its continuation bytes are checked there.
    ///
    /// Lanes are signed, and signed order is not byte order: ASCII is 0…127, continuation bytes
    /// 80–BF are −128…−65 and lead bytes C0–FF are −64…−1. `x ^ flip` restores byte order (byte
    /// k becomes k − 128; `ordered(k)` is that threshold). Every comparison is vector against
    /// vector: comparing with a scalar, or `any(_:)`, is not lowered to vector instructions and
    /// becomes a loop over the lanes.
    @inline(__always)
    private static func blockIsWellFormed(_ b: Block, _ p1: Block, _ p2: Block, _ p3: Block) -> Bool {
        let flip = Block(repeating: -128)
        // A byte must be a continuation exactly when a lead one, two or three bytes before asks for one.
        let isContinuation = b .< lanes(0xC0)
        let expected =
            ((p1 ^ flip) .> ordered(0xBF))  // C0–FF
            .| ((p2 ^ flip) .> ordered(0xDF))  // E0–FF
            .| ((p3 ^ flip) .> ordered(0xEF))  // F0–FF
        // Bytes that never appear: C0, C1 (overlong two-byte leads) and F5–FF.
        let never = ((b & lanes(0xFE)) .== lanes(0xC0)) .| ((b ^ flip) .> ordered(0xF4))
        if anyLane((isContinuation .^ expected) .| never) { return false }
        // The second byte after E0, ED, F0 and F4 has a narrower range. It is a continuation byte
        // here, and among those signed order is byte order.
        let afterE0 = p1 .== lanes(0xE0), afterED = p1 .== lanes(0xED)
        let afterF0 = p1 .== lanes(0xF0), afterF4 = p1 .== lanes(0xF4)
        if anyLane(afterE0 .| afterED .| afterF0 .| afterF4) {
            let outOfRange =
                (afterE0 .& (b .< lanes(0xA0)))  // E0 80–9F: overlong
                .| (afterED .& (b .> lanes(0x9F)))  // ED A0–BF: surrogate
                .| (afterF0 .& (b .< lanes(0x90)))  // F0 80–8F: overlong
                .| (afterF4 .& (b .> lanes(0x8F)))  // F4 90–BF: above U+10FFFF
            if anyLane(outOfRange) { return false }
        }
        return true
    }

    /// The byte `k` in every lane.
    @inline(__always)
    private static func lanes(_ k: UInt8) -> Block { Block(repeating: Int8(bitPattern: k)) }

    /// The byte `k` in every lane, in the byte order of `x ^ flip`.
    @inline(__always)
    private static func ordered(_ k: UInt8) -> Block { Block(repeating: Int8(bitPattern: k ^ 0x80)) }

    /// True when a lane of the mask is set (`any(_:)` without its lane-by-lane reduction).
    @inline(__always)
    private static func anyLane(_ mask: SIMDMask<Block.MaskStorage>) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// Scans byte by byte from `start`, which must be the start of a character after well-formed
    /// bytes; the reference for `scan`. Skips ASCII eight bytes at a time.
    static func scanScalar(_ base: UnsafePointer<UInt8>, count: Int, from start: Int = 0) -> UTF8ScanResult {
        var i = start
        while i < count {
            // Fast path: skip ASCII eight bytes at a time, then straight to the first non-ASCII byte.
            if i + 8 <= count {
                let high = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                if high == 0 { i += 8; continue }
                i += high.trailingZeroBitCount >> 3
            }
            let lead = base[i]
            if lead < 0x80 { i += 1; continue }
            if lead < 0xE0 {
                // Two bytes: C2–DF then 80–BF.
                if lead < 0xC2 { return .invalid(validPrefix: i, length: 1) }
                if i + 1 >= count { return .incomplete(validPrefix: i) }
                if base[i + 1] & 0xC0 != 0x80 { return .invalid(validPrefix: i, length: 1) }
                i += 2
            } else if lead < 0xF0 {
                // Three bytes: E0 A0–BF, ED 80–9F, others 80–BF; then 80–BF.
                if i + 1 >= count { return .incomplete(validPrefix: i) }
                let b1 = base[i + 1]
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                if b1 < low || b1 > high { return .invalid(validPrefix: i, length: 1) }
                if i + 2 >= count { return .incomplete(validPrefix: i) }
                if base[i + 2] & 0xC0 != 0x80 { return .invalid(validPrefix: i, length: 2) }
                i += 3
            } else {
                if let result = scanFourByte(base, count: count, at: &i) { return result }
            }
        }
        return .valid
    }

    /// The rare four-byte case (and invalid leads F5–FF); nil when the sequence is valid.
    @inline(never)
    private static func scanFourByte(_ base: UnsafePointer<UInt8>, count: Int, at i: inout Int) -> UTF8ScanResult? {
        let lead = base[i]
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xF0: low = 0x90
        case 0xF1...0xF3: break
        case 0xF4: high = 0x8F
        default: return .invalid(validPrefix: i, length: 1)
        }
        for k in 1...3 {
            if i + k >= count { return .incomplete(validPrefix: i) }
            let byte = base[i + k]
            if byte < (k == 1 ? low : 0x80) || byte > (k == 1 ? high : 0xBF) { return .invalid(validPrefix: i, length: k) }
        }
        i += 4
        return nil
    }

    /// True when the bytes are complete, well-formed UTF-8.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        return scan(base, count: bytes.count) == .valid
    }
}
