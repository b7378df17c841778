/// Turns chunks of input bytes in some encoding into UTF-8, carrying incomplete characters
/// from one chunk to the next.
protocol StreamDecoder {
    /// Appends the UTF-8 form of `input` to `output`. `isLast` marks the end of the input, where an
    /// incomplete character becomes U+FFFD and a problem.
    mutating func decode(
        _ input: UnsafeBufferPointer<UInt8>, isLast: Bool,
        into output: inout [UInt8], problems: inout [DecodeProblem])

    /// Decodes `input` mostly in place: when the decoded form of `input` is `head` followed by
    /// `input[range]` (and `head` holds at most one character, never a line break), appends that
    /// head to `head` and returns the range, with the same effect on the decoder as `decode`. Returns
    /// nil and changes nothing when that is not so (a problem to report, a change to make); the
    /// caller then calls `decode` with the same input.
    mutating func decodeInPlace(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool, head: inout [UInt8]) -> Range<Int>?
}

extension StreamDecoder {
    mutating func decodeInPlace(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool, head: inout [UInt8]) -> Range<Int>? {
        nil
    }
}

/// Creates the decoder for an encoding.
func makeStreamDecoder(for encoding: TextEncoding) -> any StreamDecoder {
    switch encoding {
    case .utf8, .utf8BOM: return UTF8StreamDecoder()
    case .utf16LE: return UTF16StreamDecoder(littleEndian: true)
    case .utf16BE: return UTF16StreamDecoder(littleEndian: false)
    case .windows1258: return SingleByteStreamDecoder(upperHalf: Windows1258.upperHalf)
    case .tcvn3, .vni, .viscii: return PassthroughStreamDecoder()
    }
}

/// UTF-8 passes through; bytes that are not well-formed are read as Windows-1258, so that a file
/// mixing both still reads, and each such place is reported.
struct UTF8StreamDecoder: StreamDecoder {
    private var carry: [UInt8] = []
    private var offset: Int64 = 0

    /// Well-formed input needs no change: the decoded text is the input itself, less an incomplete
    /// character at its end (carried to the next chunk), after the character that the carried
    /// bytes of the last chunk begin (the head).
    mutating func decodeInPlace(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool, head: inout [UInt8]) -> Range<Int>? {
        guard let base = input.baseAddress else { return nil }
        var start = 0
        var character: [UInt8] = []
        if !carry.isEmpty {
            // The carried bytes are the start of one character (lead C2–F4); this chunk ends it.
            let length = carry[0] >= 0xF0 ? 4 : carry[0] >= 0xE0 ? 3 : 2
            start = length - carry.count
            guard start > 0, start <= input.count else { return nil }
            character = carry
            character.append(contentsOf: UnsafeBufferPointer(start: base, count: start))
            guard UTF8Validation.scan(character, count: character.count) == .valid else { return nil }
        }
        let end: Int
        switch UTF8Validation.scan(base + start, count: input.count - start) {
        case .valid: end = input.count
        case .incomplete(let prefix) where !isLast: end = start + prefix
        default: return nil
        }
        head.append(contentsOf: character)
        carry.removeAll(keepingCapacity: true)
        carry.append(contentsOf: UnsafeBufferPointer(rebasing: input[end...]))
        offset += Int64(input.count)
        return start..<end
    }

    mutating func decode(
        _ input: UnsafeBufferPointer<UInt8>, isLast: Bool,
        into output: inout [UInt8], problems: inout [DecodeProblem]
    ) {
        var bytes: [UInt8]
        if carry.isEmpty {
            if let base = input.baseAddress, UTF8Validation.scan(base, count: input.count) == .valid {
                output.append(contentsOf: input)
                offset += Int64(input.count)
                return
            }
            bytes = Array(input)
        } else {
            bytes = carry + Array(input)
            carry.removeAll(keepingCapacity: true)
        }
        let start = offset - Int64(bytes.count - input.count)
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            var i = 0
            while i < buffer.count {
                switch UTF8Validation.scan(base + i, count: buffer.count - i) {
                case .valid:
                    output.append(contentsOf: UnsafeBufferPointer(start: base + i, count: buffer.count - i))
                    i = buffer.count
                case .incomplete(let prefix):
                    output.append(contentsOf: UnsafeBufferPointer(start: base + i, count: prefix))
                    i += prefix
                    if isLast {
                        problems.append(DecodeProblem(byteOffset: start + Int64(i), kind: .invalidUTF8))
                        while i < buffer.count { appendWindows1258(buffer[i], to: &output); i += 1 }
                    } else {
                        carry.append(contentsOf: UnsafeBufferPointer(start: base + i, count: buffer.count - i))
                        i = buffer.count
                    }
                case .invalid(let prefix, let length):
                    output.append(contentsOf: UnsafeBufferPointer(start: base + i, count: prefix))
                    i += prefix
                    problems.append(DecodeProblem(byteOffset: start + Int64(i), kind: .invalidUTF8))
                    for _ in 0..<length { appendWindows1258(buffer[i], to: &output); i += 1 }
                }
            }
        }
        offset += Int64(input.count)
    }

    private func appendWindows1258(_ byte: UInt8, to output: inout [UInt8]) {
        if byte < 0x80 {
            output.append(byte)
        } else {
            appendUTF8(UInt32(Windows1258.upperHalf[Int(byte) - 0x80]), to: &output)
        }
    }
}

/// Bytes passed on as they are: legacy font encodings keep delimiters, quotes and line breaks
/// in ASCII, so fields are decoded one by one after parsing.
struct PassthroughStreamDecoder: StreamDecoder {
    mutating func decodeInPlace(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool, head: inout [UInt8]) -> Range<Int>? {
        input.indices
    }

    mutating func decode(
        _ input: UnsafeBufferPointer<UInt8>, isLast: Bool,
        into output: inout [UInt8], problems: inout [DecodeProblem]
    ) {
        output.append(contentsOf: input)
    }
}

/// A one-byte-per-character code page whose lower half is ASCII.
struct SingleByteStreamDecoder: StreamDecoder {
    let upperHalf: [UInt16]

    mutating func decode(
        _ input: UnsafeBufferPointer<UInt8>, isLast: Bool,
        into output: inout [UInt8], problems: inout [DecodeProblem]
    ) {
        output.reserveCapacity(output.count + input.count + input.count / 2)
        for byte in input {
            if byte < 0x80 {
                output.append(byte)
            } else {
                appendUTF8(UInt32(upperHalf[Int(byte) - 0x80]), to: &output)
            }
        }
    }
}

/// UTF-16 of either byte order; lone surrogates become U+FFFD and are reported.
struct UTF16StreamDecoder: StreamDecoder {
    let littleEndian: Bool
    private var carry: [UInt8] = []
    private var pendingHigh: UInt32? = nil
    private var offset: Int64 = 0

    init(littleEndian: Bool) { self.littleEndian = littleEndian }

    mutating func decode(
        _ input: UnsafeBufferPointer<UInt8>, isLast: Bool,
        into output: inout [UInt8], problems: inout [DecodeProblem]
    ) {
        var bytes = carry
        carry.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: input)
        let usable = bytes.count & ~1
        var i = 0
        output.reserveCapacity(output.count + usable)
        while i < usable {
            let unit =
                littleEndian
                ? UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8
                : UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1])
            let unitOffset = offset + Int64(i)
            if let high = pendingHigh {
                pendingHigh = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    appendUTF8(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &output)
                    i += 2
                    continue
                }
                problems.append(DecodeProblem(byteOffset: unitOffset - 2, kind: .loneSurrogate))
                appendUTF8(0xFFFD, to: &output)
            }
            switch unit {
            case 0xD800...0xDBFF: pendingHigh = unit
            case 0xDC00...0xDFFF:
                problems.append(DecodeProblem(byteOffset: unitOffset, kind: .loneSurrogate))
                appendUTF8(0xFFFD, to: &output)
            default: appendUTF8(unit, to: &output)
            }
            i += 2
        }
        offset += Int64(usable)
        if usable < bytes.count { carry.append(bytes[usable]) }
        if isLast {
            if pendingHigh != nil {
                problems.append(DecodeProblem(byteOffset: offset - 2, kind: .loneSurrogate))
                appendUTF8(0xFFFD, to: &output)
                pendingHigh = nil
            }
            if !carry.isEmpty {
                problems.append(DecodeProblem(byteOffset: offset, kind: .truncatedCharacter))
                appendUTF8(0xFFFD, to: &output)
                carry.removeAll()
            }
        }
    }
}
