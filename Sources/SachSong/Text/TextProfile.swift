/// What one pass over a field's bytes says about its text: the facts the "sạch" checks need,
/// computed once per value.
struct TextProfile {
    var isASCII = true
    var leadingSpace = false
    var trailingSpace = false
    var doubleSpace = false
    var hasTabOrNewline = false
    var combiningMark = false
    var invisible = false
    var upper = 0
    var lower = 0
    var digits = 0
    var mojibake = false

    /// Scans `bytes` (well-formed UTF-8).
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n > 0 else { return }
        leadingSpace = bytes[0] == 0x20
        trailingSpace = bytes[n - 1] == 0x20
        isASCII = UTF8Scalars.isASCII(bytes)
        if isASCII {
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
                case 0x30...0x39: digits += 1
                default: break
                }
                previousSpace = false
            }
            return
        }
        var i = 0
        var previousSpace = false
        var mojibakeNeed = 0
        while i < n {
            let (s, length) = UTF8Scalars.decode(bytes, at: i)
            i += length
            if s == 0x20 {
                if previousSpace { doubleSpace = true }
                previousSpace = true
                mojibakeNeed = 0
                continue
            }
            previousSpace = false
            if s == 0x09 || s == 0x0A || s == 0x0D { hasTabOrNewline = true }
            else if s >= 0x30 && s <= 0x39 { digits += 1 }
            else if VietnameseLetters.isCombiningMark(s) { combiningMark = true }
            else if VietnameseLetters.isInvisible(s) { invisible = true }
            switch VietnameseLetters.letterCase(s) {
            case .upper: upper += 1
            case .lower: lower += 1
            case .none: break
            }
            // UTF-8 read as Windows-1252/1258: a lead byte's character followed by continuation-byte characters.
            let byte = Mojibake.legacyByte(s)
            if mojibakeNeed > 0 {
                if let byte, byte >= 0x80, byte <= 0xBF {
                    mojibakeNeed -= 1
                    if mojibakeNeed == 0 { mojibake = true }
                    continue
                }
                mojibakeNeed = 0
            }
            if let byte {
                switch byte {
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
