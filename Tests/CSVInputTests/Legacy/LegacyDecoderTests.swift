import Foundation
import Testing
@testable import CSVInput

@Suite("Legacy decoder")
struct LegacyDecoderTests {
    @Test("bytes documented in the README decode to the right letters")
    func knownBytes() {
        // TCVN3 "Nguyễn" = 4e 67 75 79 d4 6e (README §4, same as glibc TCVN5712-1).
        #expect(LegacyDecoder.decode(bytes: [0x4E, 0x67, 0x75, 0x79, 0xD4, 0x6E], as: .tcvn3) == "Nguyễn")
        // VISCII (README §6): Đặng = d0 a3 6e 67, Trường = 54 72 df b6 6e 67, Thủy = 54 68 fc 79.
        #expect(LegacyDecoder.decode(bytes: [0xD0, 0xA3, 0x6E, 0x67], as: .viscii) == "Đặng")
        #expect(LegacyDecoder.decode(bytes: [0x54, 0x72, 0xDF, 0xB6, 0x6E, 0x67], as: .viscii) == "Trường")
        #expect(LegacyDecoder.decode(bytes: [0x54, 0x68, 0xFC, 0x79], as: .viscii) == "Thủy")
        // VISCII capitals on C0 bytes (RFC 1456) and Õ = 0xA0.
        #expect(LegacyDecoder.decode(bytes: [0x02, 0x05, 0x06, 0x14, 0x19, 0x1E, 0xA0], as: .viscii) == "ẲẴẪỶỸỴÕ")
    }

    @Test(
        "Windows-1252 views from the README decode",
        arguments: [
            ("NguyÔn V¨n A", LegacyEncoding.tcvn3, "Nguyễn Văn A"),
            ("Tr­êng", .tcvn3, "Trường"),  // U+00AD soft hyphen is ư
            ("§Æng", .tcvn3, "Đặng"),
            ("Nguyeãn", .vni, "Nguyễn"),
            ("Tröôøng", .vni, "Trường"),
            ("Ñaëng", .vni, "Đặng"),
            ("AÙ AÁ ÖÙ", .vni, "Á Ấ Ứ"),
            ("Ð£ng", .viscii, "Đặng"),
            ("Trß¶ng", .viscii, "Trường")
        ])
    func cp1252Views(view: String, encoding: LegacyEncoding, expected: String) {
        #expect(LegacyDecoder.decode(cp1252Text: view, as: encoding) == expected)
    }

    @Test("Latin-1 reading: U+0080–U+009F give their byte like the Windows-1252 symbols")
    func latin1Controls() {
        // VISCII 0x80 = Ạ, seen either as € (Windows-1252) or U+0080 (Latin-1).
        #expect(LegacyDecoder.decode(cp1252Text: "\u{80}", as: .viscii) == "Ạ")
        #expect(LegacyDecoder.decode(cp1252Text: "€", as: .viscii) == "Ạ")
    }

    @Test("text with a character that has no Windows-1252 byte gives nil")
    func unmappable() {
        #expect(LegacyDecoder.decode(cp1252Text: "Nguyễn", as: .tcvn3) == nil)
        #expect(LegacyDecoder.decode(cp1252Text: "中", as: .vni) == nil)
        #expect(LegacyDecoder.decode(cp1252Text: "e\u{301}", as: .viscii) == nil)
    }

    @Test("VNI: a lone mark or a mark of the other case is U+FFFD; TCVN3/VNI keep Windows-1252 symbols")
    func vniStrictAndSymbols() {
        #expect(LegacyDecoder.decode(cp1252Text: "aÙ", as: .vni) == "a\u{FFFD}")
        #expect(LegacyDecoder.decode(cp1252Text: "ù", as: .vni) == "\u{FFFD}")
        #expect(LegacyDecoder.decode(cp1252Text: "Baø Ròa – Vuõng Taøu", as: .vni) == "Bà Rịa – Vũng Tàu")
        #expect(LegacyDecoder.decode(cp1252Text: "“Hµ Néi” – €", as: .tcvn3) == "“Hà Nội” – €")
        // Pair at the very end and a trailing base with no mark.
        #expect(LegacyDecoder.decode(bytes: [0x61, 0xF9], as: .vni) == "á")
        #expect(LegacyDecoder.decode(bytes: [0x61], as: .vni) == "a")
        #expect(LegacyDecoder.decode(bytes: [UInt8](), as: .vni) == "")
    }

    @Test("round trip of 61 words through each encoding and the Windows-1252 view")
    func roundTrip() {
        var exact: [LegacyEncoding: Int] = [:]
        for encoding in LegacyEncoding.allCases {
            for word in LegacyFixtures.all {
                guard let bytes = LegacyFixtures.encode(word, as: encoding) else {
                    // Only VISCII lacks a byte, for the en dash (every 0x80–0x9F byte is a letter).
                    #expect(encoding == .viscii && word.contains("–"), "\(encoding) cannot write \(word)")
                    continue
                }
                let fromBytes = LegacyDecoder.decode(bytes: bytes, as: encoding)
                let view = LegacyFixtures.cp1252View(bytes)
                let fromView = LegacyDecoder.decode(cp1252Text: view, as: encoding)
                #expect(fromView == fromBytes)
                #expect(fromBytes == fromBytes.precomposedStringWithCanonicalMapping, "not NFC: \(fromBytes)")
                let hasTonedCapital = LegacyFixtures.tonedCapitals.contains(word)
                if encoding == .tcvn3 && hasTonedCapital {
                    #expect(fromBytes != word)
                } else {
                    #expect(fromBytes == word, "\(encoding): \(word) → \(view) → \(fromBytes)")
                }
                if fromBytes == word { exact[encoding, default: 0] += 1 }
            }
        }
        #expect(exact[.vni] == 61)
        #expect(exact[.viscii] == 60)  // all but "Bà Rịa – Vũng Tàu"
        #expect(exact[.tcvn3] == 52)  // all but the 9 words with toned capitals
    }

    @Test("TCVN3 toned capitals come back lower case; an H font reading restores all-caps words")
    func tcvn3TonedCapitalLoss() {
        for word in LegacyFixtures.tonedCapitals {
            let bytes = LegacyFixtures.encode(word, as: .tcvn3)!
            let decoded = LegacyDecoder.decode(bytes: bytes, as: .tcvn3)
            #expect(decoded.lowercased() == word.lowercased())
            #expect(decoded != word)
            if word == word.uppercased() {
                #expect(LegacyDecoder.decodeTCVN3(bytes: bytes, capitalFont: true) == word)
            }
        }
        #expect(LegacyDecoder.decode(cp1252Text: "¸nh", as: .tcvn3) == "ánh")  // was "Ánh"
        #expect(LegacyDecoder.decode(cp1252Text: "NGUYÔN", as: .tcvn3) == "NGUYễN")  // was "NGUYỄN"
        #expect(
            LegacyDecoder.decodeTCVN3(
                bytes: Array("NGUYÔN".unicodeScalars.map { UInt8($0.value) }),
                capitalFont: true) == "NGUYỄN")
    }
}
