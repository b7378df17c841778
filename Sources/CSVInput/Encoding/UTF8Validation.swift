/// The outcome of scanning bytes for well-formed UTF-8.
enum UTF8ScanResult: Equatable {
    /// Every byte is part of a complete, well-formed sequence.
    case valid
    /// Well-formed up to `validPrefix`; the remaining bytes start a sequence that the next bytes may complete.
    case incomplete(validPrefix: Int)
    /// Well-formed up to `validPrefix`; the `length` bytes there form no valid sequence.
    case invalid(validPrefix: Int, length: Int)
}

/// Well-formedness check of UTF-8 (Unicode Table 3-7), with an ASCII fast path.
enum UTF8Validation {
    /// Scans `count` bytes from `base`.
    static func scan(_ base: UnsafePointer<UInt8>, count: Int) -> UTF8ScanResult {
        var i = 0
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
