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
            // Fast path: eight ASCII bytes at a time.
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            if i >= count { break }
            let lead = base[i]
            if lead < 0x80 { i += 1; continue }
            let need: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; high = 0x9F
            case 0xF0: need = 3; low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F
            default: return .invalid(validPrefix: i, length: 1)
            }
            var k = 1
            while k <= need {
                if i + k >= count { return .incomplete(validPrefix: i) }
                let byte = base[i + k]
                let lo: UInt8 = k == 1 ? low : 0x80
                let hi: UInt8 = k == 1 ? high : 0xBF
                if byte < lo || byte > hi { return .invalid(validPrefix: i, length: k) }
                k += 1
            }
            i += need + 1
        }
        return .valid
    }

    /// True when the bytes are complete, well-formed UTF-8.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        return scan(base, count: bytes.count) == .valid
    }
}
