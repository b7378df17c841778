/// Chooses the field delimiter of a CSV text from its first lines.
public enum DelimiterSniffer {
    /// The delimiters considered, in order of preference on a tie.
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

    /// Looks at up to `maxLines` lines of UTF-8 text (quotes respected) and picks the candidate
    /// that splits the most lines into the same number of fields; title lines without any
    /// delimiter do not count. Defaults to a comma.
    public static func sniff(_ text: UnsafeBufferPointer<UInt8>, maxLines: Int = 50) -> UInt8 {
        var counts = Array(repeating: [Int](), count: candidates.count)
        var current = Array(repeating: 0, count: candidates.count)
        var inQuotes = false
        var lines = 0
        var lineHasContent = false
        func endLine() {
            if lineHasContent {
                for c in 0..<candidates.count { counts[c].append(current[c]) }
                lines += 1
            }
            for c in 0..<candidates.count { current[c] = 0 }
            lineHasContent = false
        }
        for byte in text {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); lineHasContent = true; continue }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D {
                endLine()
                if lines >= maxLines { break }
                continue
            }
            lineHasContent = true
            for c in 0..<candidates.count where candidates[c] == byte { current[c] += 1 }
        }
        if lines < maxLines { endLine() }

        var best = candidates[0]
        var bestScore = (0, 0)
        for c in 0..<candidates.count {
            var frequency: [Int: Int] = [:]
            for count in counts[c] where count > 0 { frequency[count, default: 0] += 1 }
            guard let (mode, lineCount) = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            let score = (lineCount, mode)
            if score > bestScore { bestScore = score; best = candidates[c] }
        }
        return best
    }
}
