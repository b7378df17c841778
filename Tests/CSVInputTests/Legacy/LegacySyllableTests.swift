import Testing
@testable import CSVInput

@Suite("Vietnamese syllables")
struct LegacySyllableTests {
    @Test(
        "legal syllables",
        arguments: [
            "Nguyễn", "trường", "NGHIÊNG", "quý", "giữ", "gìn", "hoà", "hòa", "thuý", "thúy", "huỳnh",
            "khuya", "người", "Đặng", "của", "chích", "học", "tập", "ba", "ý", "oanh", "yêu", "khuyến",
            "e\u{301}", "Nguye\u{302}\u{303}n", "a\u{323}\u{302}p"  // decomposed input is folded
        ])
    func legal(token: String) {
        #expect(VietnameseSyllables.isSyllable(token))
    }

    @Test(
        "not syllables",
        arguments: [
            "café",  // f is no final
            "Müller", "naïve", "où",
            "àá",  // two tones
            "hàt",  // -t only with sắc or nặng
            "họac",  // oa + final: the tone goes on the second vowel
            "Nguyờịn",  // two tones
            "trường\u{AD}", "ư\u{FFFD}", "bcd", "", "aeiou"
        ])
    func illegal(token: String) {
        #expect(!VietnameseSyllables.isSyllable(token))
    }

    @Test("score is the share of non-ASCII tokens of two or more characters that are legal")
    func score() {
        #expect(VietnameseSyllables.score("Nguyễn Văn An") == 1.0)  // An is ASCII: no evidence
        #expect(VietnameseSyllables.evidence(in: "Nguyễn Văn An") == SyllableEvidence(legal: 2, total: 2))
        #expect(VietnameseSyllables.evidence(in: "Müller, Nguyễn; ý") == SyllableEvidence(legal: 1, total: 2))
        #expect(VietnameseSyllables.score("plain ascii 123") == 0)
        #expect(VietnameseSyllables.evidence(in: "Bà Rịa–Vũng Tàu") == SyllableEvidence(legal: 4, total: 4))
    }
}
