import Testing
@testable import CSVInput

@Suite("Legacy text detector")
struct LegacyTextDetectorTests {
    private func column(_ encoding: LegacyEncoding, _ words: [String] = LegacyFixtures.words) -> [String] {
        words.compactMap { LegacyFixtures.encode($0, as: encoding).map(LegacyFixtures.cp1252View) }
    }

    @Test("a column in each legacy encoding is detected", arguments: LegacyEncoding.allCases)
    func columns(encoding: LegacyEncoding) {
        let analysis = LegacyTextDetector.analyzeColumn(column(encoding))
        #expect(analysis.encoding == encoding, "\(analysis)")
        #expect(analysis.scores[encoding]! >= 0.9)
        // A column of names with the toned capitals too.
        #expect(LegacyTextDetector.detectColumn(column(encoding, LegacyFixtures.all)) == encoding)
    }

    @Test("the decoded column reads right")
    func decodeDetectedColumn() {
        let cells = column(.vni)
        let encoding = LegacyTextDetector.detectColumn(cells)!
        let decoded = cells.map { LegacyTextDetector.isCandidate($0) ? LegacyDecoder.decode(cp1252Text: $0, as: encoding)! : $0 }
        #expect(decoded == LegacyFixtures.words)
    }

    @Test("twenty Western strings are not legacy Vietnamese, as a column or cell by cell")
    func western() {
        let analysis = LegacyTextDetector.analyzeColumn(LegacyFixtures.western)
        #expect(analysis.encoding == nil, "\(analysis)")
        for cell in LegacyFixtures.western {
            #expect(LegacyTextDetector.detectColumn([cell]) == nil, "\(cell)")
            #expect(LegacyTextDetector.detectColumn([cell], minimumTokens: 1) == nil, "\(cell)")
        }
    }

    @Test("Unicode Vietnamese within Latin-1 stays as it is")
    func latin1Vietnamese() {
        #expect(LegacyTextDetector.detectColumn(["Lê Hà", "Tú Bà", "Hà Lê", "Lê Thành Tú"]) == nil)
        #expect(LegacyTextDetector.detectColumn(["Lê Hà"], minimumTokens: 1) == nil)
        #expect(LegacyTextDetector.detectColumn(["Nguyễn Văn A", "Trần Thị B"]) == nil)
        #expect(!LegacyTextDetector.isCandidate("Nguyễn Văn A"))
        #expect(!LegacyTextDetector.isCandidate("Nguyen Van A"))
    }

    @Test("UTF-8 read as Windows-1252 is not a legacy encoding")
    func mojibake() {
        let cells = LegacyFixtures.words.map { LegacyFixtures.cp1252View(Array($0.utf8)) }
        #expect(cells.contains("Nguyá»…n"))
        #expect(LegacyTextDetector.detectColumn(["Nguyá»…n"], minimumTokens: 1) == nil)
        let analysis = LegacyTextDetector.analyzeColumn(cells)
        #expect(analysis.encoding == nil)
        #expect(analysis.mojibakeCells > 0 && analysis.candidateCells == 0)
    }

    @Test("a TCVN3 column with a few VNI cells is still TCVN3")
    func mixedColumn() {
        let cells = column(.tcvn3, Array(LegacyFixtures.words.prefix(20))) + column(.vni, Array(LegacyFixtures.words.prefix(3)))
        #expect(LegacyTextDetector.detectColumn(cells) == .tcvn3)
    }

    @Test("single cells: per-encoding accuracy stays near the reference measurement")
    func singleCells() {
        var right: [LegacyEncoding: Int] = [:], seen: [LegacyEncoding: Int] = [:]
        for encoding in LegacyEncoding.allCases {
            for word in LegacyFixtures.all {
                guard let bytes = LegacyFixtures.encode(word, as: encoding) else { continue }
                seen[encoding, default: 0] += 1
                if LegacyTextDetector.detectColumn([LegacyFixtures.cp1252View(bytes)], minimumTokens: 1) == encoding {
                    right[encoding, default: 0] += 1
                }
            }
        }
        print("single-cell detection:", LegacyEncoding.allCases.map { "\($0) \(right[$0, default: 0])/\(seen[$0, default: 0])" })
        // Single cells are often ambiguous (README §5); columns are what the detector is for.
        #expect(right[.vni, default: 0] >= 40)
        #expect(right[.tcvn3, default: 0] >= 20)
        #expect(right[.viscii, default: 0] >= 20)
    }

    // MARK: - Whole files

    private static let fileText = """
        Họ và tên;Ngày sinh;Lớp;Trường;Địa chỉ
        Nguyễn Văn Đức;12/03/2012;6A;Trường Trung học cơ sở Lê Lợi;Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh
        Trần Thị Thủy;05/11/2011;7B;Trường Tiểu học Hòa Bình;Xã Tân Phú, huyện Đức Hòa, tỉnh Long An
        Phạm Quốc Việt;21/07/2012;6A;Trường Trung học cơ sở Lê Lợi;Phường Hải Châu, Đà Nẵng
        Hoàng Ngọc Hương;30/01/2010;8C;Trường Trung học cơ sở Nguyễn Du;Thị trấn Sông Cầu, tỉnh Phú Yên
        Đặng Hữu Phúc;14/09/2011;7A;Trường Tiểu học Kim Đồng;Phường Ninh Kiều, Cần Thơ
        """

    private func detect(_ bytes: [UInt8]) -> (encoding: String, score: Double) {
        bytes.withUnsafeBufferPointer { LegacyTextDetector.detectBytes($0) }
    }

    @Test("a whole file in Windows-1258, TCVN3, VNI or VISCII is told apart")
    func wholeFiles() {
        let cp1258 = detect(LegacyFixtures.encodeWindows1258(Self.fileText))
        #expect(cp1258.encoding == "windows-1258" && cp1258.score > 0.9, "\(cp1258)")
        for encoding in LegacyEncoding.allCases {
            let result = detect(LegacyFixtures.encode(Self.fileText, as: encoding)!)
            #expect(result.encoding == encoding.rawValue && result.score > 0.9, "\(encoding): \(result)")
        }
    }

    @Test("a Western Latin-1 file stays Windows-1258")
    func westernFile() {
        let text = LegacyFixtures.western.joined(separator: ";") + "\nFrançois Müller;Zürich;crème brûlée;déjà vu\n"
        let bytes = Array(text.unicodeScalars.map { UInt8($0.value) })
        #expect(detect(bytes).encoding == "windows-1258")
        #expect(detect([UInt8]()).encoding == "windows-1258")
    }
}
