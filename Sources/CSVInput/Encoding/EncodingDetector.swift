/// What the first bytes of a file say about its encoding.
struct EncodingGuess: Equatable {
    /// The encoding to decode with.
    var encoding: TextEncoding
    /// Bytes of byte-order mark to skip.
    var bomLength: Int
    /// Where the bytes stopped being UTF-8, when that is why another encoding was chosen.
    var firstInvalidUTF8Offset: Int64?
}

/// Detects the encoding of a file from its first chunk: byte-order marks, UTF-16 without a mark
/// (many zero bytes on one side), well-formed UTF-8, else Windows-1258.
enum EncodingDetector {
    /// - Parameters:
    ///   - head: the first bytes of the file.
    ///   - isWholeFile: true when `head` is the whole file (an incomplete final character is then invalid).
    static func detect(_ head: UnsafeBufferPointer<UInt8>, isWholeFile: Bool) -> EncodingGuess {
        let n = head.count
        if n >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF {
            return EncodingGuess(encoding: .utf8BOM, bomLength: 3)
        }
        if n >= 2, head[0] == 0xFF, head[1] == 0xFE { return EncodingGuess(encoding: .utf16LE, bomLength: 2) }
        if n >= 2, head[0] == 0xFE, head[1] == 0xFF { return EncodingGuess(encoding: .utf16BE, bomLength: 2) }
        if let utf16 = guessBOMlessUTF16(head) { return EncodingGuess(encoding: utf16, bomLength: 0) }
        guard let base = head.baseAddress else { return EncodingGuess(encoding: .utf8, bomLength: 0) }
        let census = UTF8Census(base, count: n, isWholeFile: isWholeFile)
        guard let firstInvalid = census.firstInvalid else { return EncodingGuess(encoding: .utf8, bomLength: 0) }
        // A few stray bytes in text that is otherwise UTF-8 do not make it a legacy file: those
        // bytes alone are read as Windows-1258 and reported.
        if census.validMultibyte >= 2 * census.invalid && census.validMultibyte > 0 {
            return EncodingGuess(encoding: .utf8, bomLength: 0)
        }
        let best = LegacyTextDetector.detectBytes(head).encoding
        let encoding = TextEncoding(rawValue: best) ?? .windows1258
        return EncodingGuess(encoding: encoding, bomLength: 0, firstInvalidUTF8Offset: Int64(firstInvalid))
    }

    /// UTF-16 text of mostly Latin letters has a zero byte in every other position.
    private static func guessBOMlessUTF16(_ head: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let n = min(head.count, 4096) & ~1
        guard n >= 4 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        var i = 0
        while i < n {
            if head[i] == 0 { zeroEven += 1 }
            if head[i + 1] == 0 { zeroOdd += 1 }
            i += 2
        }
        let units = n / 2
        if zeroOdd * 10 >= units * 4 && zeroEven * 10 < units { return .utf16LE }
        if zeroEven * 10 >= units * 4 && zeroOdd * 10 < units { return .utf16BE }
        return nil
    }
}

/// Counts of well-formed multi-byte sequences and invalid ones in a sample.
struct UTF8Census {
    var validMultibyte = 0
    var invalid = 0
    var firstInvalid: Int?

    init(_ base: UnsafePointer<UInt8>, count: Int, isWholeFile: Bool) {
        var i = 0
        while i < count {
            switch UTF8Validation.scan(base + i, count: count - i) {
            case .valid:
                countMultibyte(base + i, count - i)
                return
            case .incomplete(let prefix):
                countMultibyte(base + i, prefix)
                if isWholeFile {
                    invalid += 1
                    if firstInvalid == nil { firstInvalid = i + prefix }
                }
                return
            case .invalid(let prefix, let length):
                countMultibyte(base + i, prefix)
                invalid += 1
                if firstInvalid == nil { firstInvalid = i + prefix }
                i += prefix + length
            }
        }
    }

    private mutating func countMultibyte(_ p: UnsafePointer<UInt8>, _ n: Int) {
        for k in 0..<n where p[k] >= 0xC2 && p[k] <= 0xF4 { validMultibyte += 1 }
    }
}
