@testable import CSVInput
import Testing

/// A small deterministic generator (SplitMix64), so that a failure can be replayed.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Runs both scans on `bytes` and counts the buffer; the first few disagreements are recorded.
private struct Comparison {
    var buffers = 0
    var valid = 0, incomplete = 0, invalid = 0
    var mismatches: [String] = []

    mutating func check(_ bytes: [UInt8]) {
        buffers += 1
        let (fast, reference) = bytes.withUnsafeBufferPointer { buffer -> (UTF8ScanResult, UTF8ScanResult) in
            // A non-nil pointer even for an empty buffer.
            guard let base = buffer.baseAddress else {
                return [UInt8(0)].withUnsafeBufferPointer {
                    (UTF8Validation.scan($0.baseAddress!, count: 0), UTF8Validation.scanScalar($0.baseAddress!, count: 0))
                }
            }
            return (UTF8Validation.scan(base, count: buffer.count), UTF8Validation.scanScalar(base, count: buffer.count))
        }
        switch reference {
        case .valid: valid += 1
        case .incomplete: incomplete += 1
        case .invalid: invalid += 1
        }
        if fast != reference, mismatches.count < 10 {
            let hex = bytes.map { String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            mismatches.append("scan \(fast) ≠ scanScalar \(reference) for [\(hex)]")
        }
    }
}

/// Vietnamese text with two-, three- and four-byte sequences, long enough to span several blocks.
private let vietnamese: [[UInt8]] = [
    "Nguyễn Thị Hồng Nhung, Phường Láng Thượng - Đống Đa - Hà Nội",
    "Trần Văn Đức,12/03/2012,Nam,001212004871,Trường THCS Lê Quý Đôn",
    "Họ tên cha: Phạm Quốc Bảo; mẹ: Lê Thị Thuỷ 👩‍👧 ✓ ½ € ﬁ",
    "ẞ Ữ ỹ ỷ ự ừ ở ợ ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ",
    "\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}\u{D7FF}\u{E000}\u{80} abc"
].map { Array($0.utf8) }

/// Byte values where the rules of Table 3-7 change.
private let edgeBytes: [UInt8] = [
    0x00, 0x0A, 0x2C, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xBA, 0xBB, 0xBF,
    0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF,
    0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF
]

/// Sequences at and just past the edges of well-formedness.
private let adversarial: [[UInt8]] = [
    // Surrogates and their neighbours.
    [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xED, 0xAF, 0xBF, 0xED, 0xB0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0x80, 0x80],
    // Overlongs.
    [0xC0, 0x80], [0xC1, 0xBF], [0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80],
    [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
    // Above U+10FFFF and bytes that never appear.
    [0xF4, 0x90, 0x80, 0x80], [0xF4, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80],
    [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xFF, 0xFE],
    // Lone, missing and extra continuation bytes.
    [0x80], [0xBF], [0x80, 0x80, 0x80, 0x80], [0xC2], [0xC2, 0x41], [0xE1, 0xBB], [0xE1, 0xBB, 0x41], [0xE1, 0x41, 0x80],
    [0xF0, 0x9F, 0x98], [0xF0, 0x9F, 0x41, 0x80], [0xC3, 0xA9, 0xA9], [0xE1, 0xBB, 0x85, 0x85], [0xF0, 0x9F, 0x98, 0x80, 0x80],
    // A lead where a continuation belongs.
    [0xE1, 0xC3, 0xA9], [0xF0, 0xE1, 0xBB, 0x85], [0xC3, 0xC3, 0xA9], [0xE1, 0xBB, 0xE1, 0xBB, 0x85],
    // Valid edges.
    [0xC2, 0x80], [0xDF, 0xBF], [0xEF, 0xBF, 0xBF], [0xF1, 0x80, 0x80, 0x80], [0xF3, 0xBF, 0xBF, 0xBF]
]

@Suite("UTF-8 validation: the block scan agrees with the byte-by-byte scan")
struct UTF8ValidationTests {
    private func scan(_ bytes: [UInt8]) -> (UTF8ScanResult, UTF8ScanResult) {
        (bytes + [0]).withUnsafeBufferPointer {
            (UTF8Validation.scan($0.baseAddress!, count: bytes.count), UTF8Validation.scanScalar($0.baseAddress!, count: bytes.count))
        }
    }

    @Test("Known cases, short and after a run of ASCII that fills whole blocks")
    func knownCases() {
        let cases: [([UInt8], UTF8ScanResult)] = [
            ([], .valid),
            (Array("Nguyễn Văn An".utf8), .valid),
            ([0xC3], .incomplete(validPrefix: 0)),
            ([0x61, 0xE1, 0xBB], .incomplete(validPrefix: 1)),
            ([0xF0, 0x9F, 0x98], .incomplete(validPrefix: 0)),
            ([0xC0, 0x80], .invalid(validPrefix: 0, length: 1)),
            ([0xC2, 0x41], .invalid(validPrefix: 0, length: 1)),
            ([0xE0, 0x9F, 0xBF], .invalid(validPrefix: 0, length: 1)),
            ([0xED, 0xA0, 0x80], .invalid(validPrefix: 0, length: 1)),
            ([0xE1, 0xBB, 0x41], .invalid(validPrefix: 0, length: 2)),
            ([0xF0, 0x8F, 0xBF, 0xBF], .invalid(validPrefix: 0, length: 1)),
            ([0xF0, 0x9F, 0x41, 0x80], .invalid(validPrefix: 0, length: 2)),
            ([0xF0, 0x9F, 0x98, 0x41], .invalid(validPrefix: 0, length: 3)),
            ([0xF4, 0x90, 0x80, 0x80], .invalid(validPrefix: 0, length: 1)),
            ([0xF5, 0x80, 0x80, 0x80], .invalid(validPrefix: 0, length: 1)),
            ([0x80], .invalid(validPrefix: 0, length: 1)),
            ([0xFF], .invalid(validPrefix: 0, length: 1))
        ]
        for (bytes, expected) in cases {
            for padding in [0, 5, 16, 29, 47] {
                let padded = Array(repeating: UInt8(ascii: "a"), count: padding) + bytes
                let shifted: UTF8ScanResult =
                    switch expected {
                    case .valid: .valid
                    case .incomplete(let prefix): .incomplete(validPrefix: prefix + padding)
                    case .invalid(let prefix, let length): .invalid(validPrefix: prefix + padding, length: length)
                    }
                let (fast, reference) = scan(padded)
                #expect(reference == shifted, "scanScalar, \(padding) bytes of padding")
                #expect(fast == shifted, "scan, \(padding) bytes of padding")
            }
            // A well-formed tail after the fault does not change the answer; after a valid case it stays valid.
            let tail = Array(repeating: UInt8(ascii: "z"), count: 40)
            let (fast, reference) = scan(bytes + tail)
            if case .valid = expected { #expect(fast == .valid && reference == .valid) }
            if case .invalid = expected { #expect(fast == expected && reference == expected) }
        }
    }

    @Test("At least 200,000 random and adversarial buffers give the same result from both scans")
    func property() {
        var rng = SplitMix64(state: 0x5AC4_5096)
        var comparison = Comparison()

        // 1. Random bytes of every length up to 80 (mostly invalid early).
        for _ in 0..<40_000 {
            let count = Int.random(in: 0...80, using: &rng)
            comparison.check((0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) })
        }
        // 2. Random edge bytes mixed with ASCII: faults anywhere, including late in the buffer.
        for _ in 0..<40_000 {
            let count = Int.random(in: 0...80, using: &rng)
            comparison.check(
                (0..<count).map { _ in
                    Int.random(in: 0..<4, using: &rng) == 0 ? edgeBytes.randomElement(using: &rng)! : UInt8.random(in: 0x20...0x7E, using: &rng)
                })
        }
        // 3. Random well-formed text from random scalars, whole and cut at every length.
        for _ in 0..<2_000 {
            var text: [UInt8] = []
            while text.count < 60 {
                let scalar: UInt32 =
                    switch Int.random(in: 0..<5, using: &rng) {
                    case 0: UInt32.random(in: 0...0x7F, using: &rng)
                    case 1: UInt32.random(in: 0x80...0x7FF, using: &rng)
                    case 2:
                        [
                            UInt32.random(in: 0x800...0xD7FF, using: &rng), UInt32.random(in: 0xE000...0xFFFF, using: &rng),
                            UInt32.random(in: 0x1EA0...0x1EF9, using: &rng)
                        ].randomElement(using: &rng)!
                    case 3: UInt32.random(in: 0x10000...0x10FFFF, using: &rng)
                    default: UInt32.random(in: 0x1EA0...0x1EF9, using: &rng)  // Vietnamese letters with tones
                    }
                text.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
            }
            for length in 0...text.count { comparison.check(Array(text[..<length])) }
        }
        // 4. Vietnamese text with one byte replaced by each edge byte, at every position.
        for text in vietnamese {
            let long = text + text  // faults at every offset within a 16-byte block, and past several blocks
            for position in long.indices {
                for byte in edgeBytes where byte != long[position] {
                    var corrupted = long
                    corrupted[position] = byte
                    comparison.check(corrupted)
                }
            }
        }
        // 5. Adversarial sequences inserted at every offset into Vietnamese and ASCII text, whole and truncated.
        let ascii = Array("ma_hoc_sinh,ho_ten,ngay_sinh,gioi_tinh,dan_toc".utf8)
        for filler in vietnamese + [ascii] {
            for sequence in adversarial {
                for offset in 0...min(filler.count, 48) {
                    let buffer = Array(filler[..<offset]) + sequence + Array(filler[offset...])
                    comparison.check(buffer)
                    for cut in (offset + 1)..<(offset + sequence.count) { comparison.check(Array(buffer[..<cut])) }
                }
            }
        }
        // 6. Large buffers of Vietnamese text with one fault at a random place.
        let page = Array(vietnamese.joined(separator: [0x0A]))
        let large = Array(repeating: page, count: 40).flatMap { $0 }
        for _ in 0..<200 {
            var corrupted = large
            let position = Int.random(in: corrupted.indices, using: &rng)
            corrupted[position] = edgeBytes.randomElement(using: &rng)!
            comparison.check(corrupted)
            comparison.check(Array(corrupted[..<Int.random(in: 0...corrupted.count, using: &rng)]))
        }
        comparison.check(large)

        #expect(comparison.mismatches == [])
        #expect(comparison.buffers >= 200_000)
        // Each outcome is well represented, so agreement is not agreement on one easy answer.
        #expect(comparison.valid >= 10_000)
        #expect(comparison.incomplete >= 10_000)
        #expect(comparison.invalid >= 10_000)
    }

    @Test("Decoding in place gives the text, problems and offsets of decoding by copy, however the input is cut")
    func decodeInPlace() {
        var rng = SplitMix64(state: 0xDEC0DE)
        let page = Array(vietnamese.joined(separator: [0x0D, 0x0A]))
        for round in 0..<3_000 {
            var input = Array(repeating: page, count: 1 + round % 3).flatMap { $0 }
            // Most inputs get a fault or two (a bad byte, a cut sequence) somewhere.
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                input[Int.random(in: input.indices, using: &rng)] = edgeBytes.randomElement(using: &rng)!
            }
            if Bool.random(using: &rng) { input.removeLast(Int.random(in: 1...3, using: &rng)) }
            var cuts = (0..<Int.random(in: 1...12, using: &rng)).map { _ in Int.random(in: 0...input.count, using: &rng) }
            cuts = ([0] + cuts.sorted() + [input.count])

            var byCopy = UTF8StreamDecoder(), inPlace = UTF8StreamDecoder()
            var copied: [UInt8] = [], placed: [UInt8] = []
            var copiedProblems: [DecodeProblem] = [], placedProblems: [DecodeProblem] = []
            input.withUnsafeBufferPointer { all in
                for k in 0..<(cuts.count - 1) {
                    let chunk = UnsafeBufferPointer(rebasing: all[cuts[k]..<cuts[k + 1]])
                    let isLast = k == cuts.count - 2
                    byCopy.decode(chunk, isLast: isLast, into: &copied, problems: &copiedProblems)
                    var head: [UInt8] = []
                    if let range = inPlace.decodeInPlace(chunk, isLast: isLast, head: &head) {
                        #expect(head.count <= 4 && !head.contains(0x0A) && !head.contains(0x0D))
                        placed += head
                        placed += UnsafeBufferPointer(rebasing: chunk[range])
                    } else {
                        #expect(head.isEmpty)
                        inPlace.decode(chunk, isLast: isLast, into: &placed, problems: &placedProblems)
                    }
                }
            }
            #expect(placed == copied)
            #expect(placedProblems == copiedProblems)
        }
    }
}
