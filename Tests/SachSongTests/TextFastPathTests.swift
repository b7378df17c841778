import Testing
@testable import SachSong
import SachSongSample
import CSVInput

/// The fast paths of the per-value hot spots (plain-text profile, flat match table, the
/// placeholder prefilter) against the reference code, on many generated values.
@Suite("Text fast paths")
struct TextFastPathTests {
    /// Pieces values are built from: ASCII, NFC and NFD Vietnamese, mojibake, spaces of every
    /// kind, invisible characters, Windows-1252 look-alikes and other scripts.
    static let pieces: [String] = {
        var result = [
            "a", "Z", "q", "M", "0", "7", " ", "  ", "\t", "\n", "\r", ",", "-", "/", ".", "'", "x x", "N/A",
            "Nguyễn", "NGUYỄN", "nguyễn", "Thị", "Hương", "HƯƠNG", "Đặng", "đỗ", "Ánh", "Lê", "Võ", "Hồ", "Ưu", "ơi",
            "Ũ", "ũ", "Ĩ", "ĩ", "Ă", "ă", "×", "÷", "ß", "ÿ", "Œ", "œ", "Š", "š", "Ÿ", "Ž", "ž", "ƒ", "ŉ", "ſ",
            "Nguye\u{0302}\u{0303}n", "e\u{0301}", "O\u{031B}", "\u{0323}", "\u{0300}",
            "Nguyá»…n", "Thá»‹", "HÆ°Æ¡ng", "Ä\u{90}áº·ng", "Ã¡", "Ã", "áº", "Æ", "Ä",
            "\u{00A0}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2060}", "\u{FEFF}",
            "\u{202F}", "\u{2007}", "\u{2028}", "\u{3000}", "\u{0085}",
            "€", "‚", "„", "…", "†", "‡", "ˆ", "‰", "‹", "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "›", "«", "»", "°",
            "Ω", "Å", "中", "😀", "ǅ", "ɐ", "Ɓ", "\u{0591}", "\u{1DC0}", "không có", "chưa có thông tin", "Khơ-me",
            // Runs of printable ASCII longer than eight bytes (taken eight at a time), with a
            // space, a tab or a line break somewhere in or after them.
            "Nguyen Van An", "12/04/2014", "HS0001234567", "0912345678", "an.nv@truong.edu.vn", "Thanh pho Ho Chi Minh",
            "ABCDEFGH", "abcdefghijklmnopq", "A  B~C}D|E{F", "line\r\nbreak", "tab\there", "~~~~~~~!", "x\u{7F}y"
        ]
        for s in UInt32(0xC0)...0x1B0 { result.append(String(Character(Unicode.Scalar(s)!))) }
        for s in UInt32(0x1EA0)...0x1EFF { result.append(String(Character(Unicode.Scalar(s)!))) }
        return result
    }()

    /// `count` values of one to eight pieces, the same every run.
    static func values(_ count: Int, seed: UInt64) -> [String] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        }
    }

    @Test("The plain-text profile equals the scalar pass on every generated value")
    func profileFastPathMatchesReference() {
        var plain = 0
        for text in Self.values(60_000, seed: 1) {
            var bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                for depth in [TextProfile.Depth.bytes, .text, .name] {
                    let fast = TextProfile(b, depth: depth)
                    let reference = TextProfile(referenceScanOf: b, depth: depth)
                    #expect(fast == reference, "«\(text)» depth: \(depth)")
                }
                var probe = TextProfile(referenceScanOf: UnsafeBufferPointer(start: nil, count: 0), depth: .text)
                var names = probe
                let plainText = probe.scanPlainText(b)
                #expect(plainText == names.scanPlainNames(b), "«\(text)»")
                if plainText { plain += 1 }
            }
            bytes.removeAll()
        }
        // Both sides of the fast path were taken.
        #expect(plain > 1000 && plain < 59_000)
    }

    static let lists: [CodeList] = [
        CodeList(
            id: "placeholders", name: "",
            entries: [
                "N/A", "NA", "n.a", "#N/A", "null", "none", "nil", "không có", "khong co", "không",
                "chưa có thông tin", "chưa cập nhật", "...", "..", ".", "-", "--", "?", "_", "x x", "0"
            ]
            .map { CodeList.Entry(value: $0) }),
        CodeList(
            id: "dan_toc", name: "",
            entries: [
                CodeList.Entry(value: "Kinh", code: "01", synonyms: ["Việt", "Viet", "Kinh (Việt)"]),
                CodeList.Entry(value: "Khơ-me", code: "05", synonyms: ["Khmer", "Khơ me", "kho me"]),
                CodeList.Entry(value: "Đặng", code: "77", synonyms: ["Dang"]),
                CodeList.Entry(value: "Ơ Đu", code: "54", synonyms: ["Ơ-đu", "Ê Đê", "ĐÊ"]),
                CodeList.Entry(value: "Viet", synonyms: ["Kinh"]),
                CodeList.Entry(value: "Nữ", code: "2", synonyms: ["nu", "F"])
            ])
    ]

    /// What the matcher answered before the flat table: the key written into an array, looked
    /// up among the spellings' keys (first declaration wins, canonical before synonym).
    static func referenceMatch(_ list: CodeList, _ bytes: UnsafeBufferPointer<UInt8>, matcher: ValueMatcher) -> ValueMatcher.Match {
        var key: [UInt8] = []
        guard MatchKey.write(bytes, into: &key) else { return matcher.match(String(decoding: bytes, as: UTF8.self)) }
        var found: ValueMatcher.Match = .none
        for (index, entry) in list.entries.enumerated() {
            var spellings: [(String, Bool)] = [(entry.value, true)]
            for synonym in entry.synonyms { spellings.append((synonym, false)) }
            if let code = entry.code { spellings.append((code, true)) }
            for (spelling, canonical) in spellings where Array(MatchKey.of(spelling).utf8) == key {
                switch found {
                case .none: found = canonical ? .canonical(index) : .synonym(index)
                case .synonym where canonical: found = .canonical(index)
                default: break
                }
            }
        }
        return found
    }

    /// True when the first or second byte after leading spaces is not ASCII.
    static func startsNonASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let i = b.firstIndex(where: { $0 != 0x20 }) else { return false }
        return b[i] >= 0x80 || (i + 1 < b.count && b[i + 1] >= 0x80)
    }

    @Test("The flat table matches as the reference does, and the prefilter never hides a match")
    func matcherMatchesReference() {
        for list in Self.lists {
            let matcher = ValueMatcher(list: list)
            var spellings = list.entries.flatMap { [$0.value] + $0.synonyms + ($0.code.map { [$0] } ?? []) }
            spellings += spellings.flatMap {
                [
                    $0.uppercased(), $0.lowercased(), " \($0)", "\($0)\u{00A0}", $0.replacingOccurrences(of: " ", with: "  "),
                    $0.replacingOccurrences(of: " ", with: "\t"), "\u{200B}\($0)", $0.decomposedStringWithCanonicalMapping
                ]
            }
            var matched = 0
            for text in spellings + Self.values(30_000, seed: 2) {
                let bytes = Array(text.utf8)
                bytes.withUnsafeBufferPointer { b in
                    let reference = Self.referenceMatch(list, b, matcher: matcher)
                    #expect(matcher.match(b) == reference, "«\(text)» in \(list.id)")
                    if reference != .none {
                        matched += 1
                        // The prefilter reads non-ASCII bytes now; ASCII ones as before.
                        if Self.startsNonASCII(b) { #expect(matcher.mayMatch(b), "«\(text)» in \(list.id)") }
                    }
                }
            }
            #expect(matched >= spellings.count / 2)
        }
    }

    @Test("The address scan for abolished districts finds what a pass over every byte finds")
    func abolishedDistrictScanMatchesReference() {
        let units = [
            "Quận", "quận", "QUẬN", "Huyện", "huyện", "HUYỆN", "Thị xã", "thị xã", "THỊ XÃ", "Quạn", "Huyên", "Thi xa",
            "Q", "H", "T", "Qu", "Huy", "Th", "ận", "ện", "ị xã"
        ]
        let around = [" ", ", ", "-", ";", "", "  ", " 6", " Bình Chánh", " Thủ Đức", "12 Hậu Giang", "Phường 11", "TP. Hồ Chí Minh"]
        var rng = SplitMix64(seed: 7)
        var found = 0
        var differ: [String] = []
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...8, using: &rng)).map { _ -> String in
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: return units.randomElement(using: &rng)! + (Bool.random(using: &rng) ? " " : "")
                case 1: return around.randomElement(using: &rng)!
                default: return Self.pieces.randomElement(using: &rng)!
                }
            }.joined()
            Array(text.utf8).withUnsafeBufferPointer { b in
                let fast = AbolishedDistrictCheck.unit(in: b)
                if fast != AbolishedDistrictCheck.unitByEveryByte(in: b) { differ.append(text) }
                if fast != nil { found += 1 }
            }
        }
        #expect(differ.first == nil, "\(differ.count) differ, such as \(differ.prefix(5))")
        // Both answers were given many times.
        #expect(found > 2000 && found < 18_000, "\(found)")
    }

    /// The match key of bytes scalar by scalar (every scalar decoded, lowered, encoded again):
    /// the reference for `MatchKey.append`, which lowers the letters Vietnamese is written with
    /// byte by byte.
    static func referenceMatchKey(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var pendingSpace = false
        var i = 0
        while i < bytes.count {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
            i += length
            if VietnameseLetters.isCombiningMark(scalar) { return nil }
            if scalar == 0x20 || scalar == 0x09 || scalar == 0x0A || scalar == 0x0D || VietnameseLetters.isInvisible(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            forEachUTF8Byte(of: VietnameseLetters.lowercased(scalar)) { out.append($0) }
        }
        return out
    }

    @Test("Match keys lowered byte by byte equal those of every scalar decoded")
    func matchKeyFastPathMatchesReference() {
        var differ: [String] = []
        var lowered = 0
        for text in Self.values(60_000, seed: 3) {
            Array(text.utf8).withUnsafeBufferPointer { b in
                var key: [UInt8] = []
                let fast = MatchKey.write(b, into: &key) ? key : nil
                if fast != Self.referenceMatchKey(b) { differ.append(text) }
                if fast != nil && fast != Array(b) { lowered += 1 }
            }
        }
        #expect(differ.first == nil, "\(differ.count) differ, such as \(differ.prefix(5))")
        #expect(lowered > 10_000)
    }
}
