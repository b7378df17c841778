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
        switch UTF8Validation.scan(base, count: n) {
        case .valid:
            return EncodingGuess(encoding: .utf8, bomLength: 0)
        case .incomplete(let prefix):
            if !isWholeFile { return EncodingGuess(encoding: .utf8, bomLength: 0) }
            return EncodingGuess(encoding: .windows1258, bomLength: 0, firstInvalidUTF8Offset: Int64(prefix))
        case .invalid(let prefix, _):
            return EncodingGuess(encoding: .windows1258, bomLength: 0, firstInvalidUTF8Offset: Int64(prefix))
        }
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
