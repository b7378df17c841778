/// What one pass over a field's bytes says about its text: the facts the "sạch" checks need,
/// computed once per value, as deep as the value's kind needs (``Depth``): typed fields (dates,
/// codes, lists) get a light byte-level pass, free text adds mojibake detection, and names add
/// letter and digit counts.
struct TextProfile: Equatable {
    /// How much a pass learns.
    enum Depth: Sendable {
        /// Spaces, control characters, combining marks and invisible characters, by bytes.
        case bytes
        /// And mojibake (every scalar read): free text.
        case text
        /// And counts of upper- and lower-case letters: people's names.
        case name

        /// The depth a field's values need.
        init(_ type: FieldType) {
            self = type == .personName ? .name : type.isText ? .text : .bytes
        }
    }

    var isASCII = true
    var leadingSpace = false
    var trailingSpace = false
    var doubleSpace = false
    var hasTabOrNewline = false
    var combiningMark = false
    var invisible = false
    /// Letter counts: only at depth `.name` (zero otherwise). Digits in a name are found with
    /// the other characters a name may not hold (`NameCharactersCheck`).
    var upper = 0
    var lower = 0
    /// Only at depths `.text` and `.name` (false at `.bytes`).
    var mojibake = false

    /// Scans `bytes` (well-formed UTF-8) to `depth`. Text and names take a pass over plain text
    /// first (`scanPlainText`), which bails out to the scalar pass on anything that could be
    /// mojibake, invisible or combining.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, depth: Depth) {
        let n = bytes.count
        guard n > 0 else { return }
        leadingSpace = bytes[0] == 0x20
        trailingSpace = bytes[n - 1] == 0x20
        switch depth {
        case .bytes:
            scanBytes(bytes)
        case .text:
            if !scanPlainText(bytes) {
                isASCII = false
                scanScalars(bytes)
                forgetCounts()
            }
        case .name:
            if !scanPlainNames(bytes) {
                isASCII = false
                scanScalars(bytes)
            }
        }
    }

    /// The same facts by the reference passes (every byte or every scalar, one at a time), to
    /// test the fast paths against.
    init(referenceScanOf bytes: UnsafeBufferPointer<UInt8>, depth: Depth) {
        let n = bytes.count
        guard n > 0 else { return }
        leadingSpace = bytes[0] == 0x20
        trailingSpace = bytes[n - 1] == 0x20
        isASCII = UTF8Scalars.isASCII(bytes)
        switch depth {
        case .bytes:
            scanEveryByte(bytes)
        case .text, .name:
            isASCII ? scanASCII(bytes) : scanScalars(bytes)
            if depth == .text { forgetCounts() }
        }
    }

    /// Letter counts are kept for names only, so that no other value carries counts
    /// that depend on which pass read it.
    private mutating func forgetCounts() {
        upper = 0
        lower = 0
    }

    /// The bytes-deep pass: eight bytes at a time while they hold nothing but printable ASCII
    /// (no byte under 0x21, none over 0x7F), byte by byte from each byte that does.
    private mutating func scanBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var previous: UInt8 = 0
        var ascii = true
        var i = 0
        let n = bytes.count
        while i < n {
            let plain = Self.plainASCII(base, at: i, count: n)
            if plain > 0 {
                previous = 0x21
                i += plain
                if plain == 8 { continue }
            }
            let b = base[i]
            if b >= 0x80 { ascii = false }
            noteByte(b, previous: previous, at: i, in: bytes)
            previous = b
            i += 1
        }
        isASCII = ascii
    }

    /// The bytes-deep pass, one byte at a time (the reference).
    private mutating func scanEveryByte(_ bytes: UnsafeBufferPointer<UInt8>) {
        var previous: UInt8 = 0
        for i in 0..<bytes.count {
            noteByte(bytes[i], previous: previous, at: i, in: bytes)
            previous = bytes[i]
        }
    }

    /// How many of the eight bytes at `i` lead them as printable ASCII other than the space,
    /// 0x21–0x7F (0 when fewer than eight remain: the caller reads those one by one). Below 8,
    /// the byte after them is one to look at. The bytes are read as a little-endian word, so that
    /// a borrow, which only ever marks a byte after a true one, never hides the first byte under
    /// 0x21.
    @inline(__always)
    static func plainASCII(_ base: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int {
        guard i + 8 <= n else { return 0 }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let high: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- 0x2121_2121_2121_2121) & ~word & high
        let flagged = (word | below) & high
        return flagged == 0 ? 8 : flagged.trailingZeroBitCount >> 3
    }

    /// What one byte says at the bytes depth: spaces, controls, the lead bytes of combining marks
    /// and of invisible characters.
    @inline(__always)
    private mutating func noteByte(_ b: UInt8, previous: UInt8, at i: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        if b <= 0x20 {
            if b == 0x20 {
                if previous == 0x20 { doubleSpace = true }
            } else if b == 0x09 || b == 0x0A || b == 0x0D {
                hasTabOrNewline = true
            }
        } else if b >= 0xC2 {
            switch b {
            case 0xCC, 0xCD: combiningMark = true
            case 0xC2: if i + 1 < n, bytes[i + 1] == 0xA0 { invisible = true }
            case 0xE2:
                if i + 2 < n {
                    let b1 = bytes[i + 1], b2 = bytes[i + 2]
                    if (b1 == 0x80 && ((b2 >= 0x8B && b2 <= 0x8F) || b2 == 0xAF || b2 == 0x87)) || (b1 == 0x81 && b2 == 0xA0) {
                        invisible = true
                    }
                }
            case 0xEF: if i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { invisible = true }
            default: break
            }
        }
    }

    private mutating func scanASCII(_ bytes: UnsafeBufferPointer<UInt8>) {
        var previousSpace = false
        for b in bytes {
            switch b {
            case 0x20:
                if previousSpace { doubleSpace = true }
                previousSpace = true
                continue
            case 0x09, 0x0A, 0x0D: hasTabOrNewline = true
            case 0x41...0x5A: upper += 1
            case 0x61...0x7A: lower += 1
            default: break
            }
            previousSpace = false
        }
    }

    mutating func scanScalars(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var i = 0
        var previousSpace = false
        var mojibakeNeed = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                if b == 0x20 {
                    if previousSpace { doubleSpace = true }
                    previousSpace = true
                    mojibakeNeed = 0
                    continue
                }
                previousSpace = false
                mojibakeNeed = 0
                switch b {
                case 0x09, 0x0A, 0x0D: hasTabOrNewline = true
                case 0x41...0x5A: upper += 1
                case 0x61...0x7A: lower += 1
                default: break
                }
                continue
            }
            let (s, length) = UTF8Scalars.decode(bytes, at: i)
            i += length
            previousSpace = false
            // The letters of Vietnamese proper (U+1EA0–U+1EF9): even upper, odd lower; never mojibake.
            if s >= 0x1EA0 && s <= 0x1EF9 {
                if s & 1 == 0 { upper += 1 } else { lower += 1 }
                mojibakeNeed = 0
                continue
            }
            if VietnameseLetters.isCombiningMark(s) { combiningMark = true } else if VietnameseLetters.isInvisible(s) { invisible = true }
            switch VietnameseLetters.letterCase(s) {
            case .upper: upper += 1
            case .lower: lower += 1
            case .none: break
            }
            // UTF-8 read as Windows-1252/1258: a lead byte's character followed by continuation-byte characters.
            let legacy = Mojibake.legacyByte(s)
            if mojibakeNeed > 0 {
                if let legacy, legacy >= 0x80, legacy <= 0xBF {
                    mojibakeNeed -= 1
                    if mojibakeNeed == 0 { mojibake = true }
                    continue
                }
                mojibakeNeed = 0
            }
            if let legacy {
                switch legacy {
                case 0xC2...0xDF: mojibakeNeed = 1
                case 0xE0...0xEF: mojibakeNeed = 2
                case 0xF0...0xF4: mojibakeNeed = 3
                default: break
                }
            }
        }
    }

    /// Letters present and none of them lower case ("NGUYỄN VĂN AN").
    var isAllUpper: Bool { upper >= 2 && lower == 0 }
    /// Letters present and none of them upper case ("nguyễn văn an").
    var isAllLower: Bool { lower >= 2 && upper == 0 }
}
