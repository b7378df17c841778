import Foundation
import TestSupport
import Testing
@testable import SachSong
import SachSongSample

/// The hot paths' fast forms against the general forms they replace, on varied inputs.
@Suite("Fast paths")
struct FastPathTests {
    /// Values of date cells: the usual forms, damaged ones, non-ASCII, long, combining marks,
    /// characters canonically equal to ASCII (Kelvin sign, Greek question mark), invisible ones.
    static let dateCells: [String] = [
        "05/09/2012", "5/9/2012", "2012-09-05", "20120905", "05-09-2012", "05.09.2012", "05/09/12",
        "05/09/2012 00:00:00", "2012-09-05T00:00:00.0", "5 tháng 9 năm 2012", "ngày 5/9/2012", "ngày",
        "", " ", "  05 / 09 / 2012 ", "Sep 5, 2012", "5-Sep-12", "x", "12345678901234567890",
        "1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16", "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t",
        "1a2b3c4d5e6f7g8h9i0j1k2l3m4n", "Ngày 05 tháng 09 năm 2012 (âm lịch)", "05/09/2012\u{00A0}",
        "05\u{037E}09\u{037E}2012", "05;09;2012", "\u{212A}05", "K05", "e\u{0301}05", "é05", "\u{00E9}05",
        "05/09/2012\u{200B}", "1/1/1", "////", "\t05/09/2012", "05\u{0000}09", "ÀÁÂÃ/12/2012",
        "12/12/2012 ạạạạạạạạạạạạ", "12/12/2012 aaaaaaaaaaaaaaaaaaaaaaaaaaaaa ạ", "1.5E+10"
    ]

    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer(body)
    }

    @Test("A packed date shape is equal to another exactly when the String shapes are")
    func dateShapes() {
        var cells = Self.dateCells
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("0123456789/-. :TaZ\u{00E0}\u{1EA1}\u{0301}\u{212A}\u{037E};").map(String.init)
        for _ in 0..<400 {
            let length = Int.random(in: 0...30, using: &generator)
            cells.append((0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined())
        }
        let shapes = cells.map { cell in Self.withBytes(cell) { DateShape($0) } }
        let texts = cells.map { cell in Self.withBytes(cell) { DateShape.text(of: $0) } }
        for i in cells.indices {
            #expect(shapes[i].description == texts[i] || shapes[i] == DateShape(text: texts[i]), "\(cells[i])")
            for j in cells.indices {
                #expect((shapes[i] == shapes[j]) == (texts[i] == texts[j]), "«\(cells[i])» vs «\(cells[j])»")
                if shapes[i] == shapes[j] { #expect(shapes[i].hashValue == shapes[j].hashValue) }
            }
            #expect(shapes[i] != .excelDate || texts[i] == "ngày")
        }
    }

    @Test("A date shape tally counts in place and keeps examples under its cap")
    func dateShapeTally() {
        var tally = DateShapeTally(maxShapes: 2, maxExamples: 3)
        let cells = ["01/02/2012", "2012-02-01", "03/04/2012", "x", "05/06/2012", "07/08/2012", "2013-01-01"]
        var made = 0
        for (row, cell) in cells.enumerated() {
            Self.withBytes(cell) {
                tally.add(
                    DateShape($0), row: row + 1, line: row + 2,
                    value: {
                        made += 1; return cell
                    }())
            }
        }
        #expect(tally.entries.count == 2)
        #expect(tally.entries[0].count == 4 && tally.entries[0].examples.map(\.value) == ["01/02/2012", "03/04/2012", "05/06/2012"])
        #expect(tally.entries[1].count == 2 && tally.entries[1].examples.map(\.row) == [2, 7])
        #expect(tally.total == 6)
        #expect(made == 5)
    }

    @Test("Day numbers: the fast forms equal the general ones for every day of years 1–9999 and beyond")
    func dayNumbers() {
        var bad = 0
        for day in (SimpleDate.fastDays.lowerBound - 800)...(SimpleDate.fastDays.upperBound + 800) {
            let date = SimpleDate(dayNumber: day)
            let general = SimpleDate.generalDate(dayNumber: day)
            if date != general || date.dayNumber != day
                || SimpleDate.generalDayNumber(year: date.year, month: date.month, day: date.day) != day
            {
                bad += 1
            }
        }
        #expect(bad == 0)
        #expect(SimpleDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(SimpleDate(dayNumber: -1) == SimpleDate(year: 1969, month: 12, day: 31))
        #expect(SimpleDate(year: -44, month: 3, day: 15)!.dayNumber == SimpleDate.generalDayNumber(year: -44, month: 3, day: 15))
    }

    @Test("Name symbols: the bit-mask test agrees with a byte-by-byte one on every byte and on names")
    func nameSymbols() {
        func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes.contains { b in
                b < 0x80 && !((b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)) && b != 0x20 && b != 0x27 && b != 0x2D && b != 0x2E
            }
        }
        for b in 0...255 {
            let bytes = [UInt8(b)]
            bytes.withUnsafeBufferPointer { #expect(NameCharactersCheck.hasSymbol($0) == reference($0), "\(b)") }
        }
        for name in ["Nguyễn Thị Ánh", "Y' Bhăm", "Nguyễn Văn 2", "Trần@Bình", "Lê-Văn. A", "H'Hen Niê", "A_B", "x~", "", "Đỗ\tAn"] {
            Self.withBytes(name) { #expect(NameCharactersCheck.hasSymbol($0) == reference($0), "\(name)") }
        }
    }

    @Test("Digits key on the stack equals the array-built fingerprint")
    func digitsKey() {
        for value in ["079213655603", "079 213 655 603", "079.213-655.603", "---", ". -", "7900012345", "a b-c.d"] {
            let reference = KeyFingerprint(Array(value.utf8).filter { $0 != 0x20 && $0 != 0x2E && $0 != 0x2D })
            Self.withBytes(value) { #expect(DuplicateKeyCheck.digitsKey($0) == reference, "\(value)") }
        }
    }

    @Test("Person keys built in a shared sink equal keys built alone, row after row")
    func personKeys() throws {
        let rules = CheckExampleTests.rules
        let type = try #require(rules.ruleSet.recordType("hoc_sinh"))
        let header = ["Họ và tên", "Ngày sinh", "Lớp", "Số định danh cá nhân"]
        let mapping = rules.detector.mapping(header: header, type: type)
        let plan = FilePlan(mapping: mapping, header: header, rules: rules)
        let options = CheckOptions(asOf: FixtureSupport.asOf)
        let ctx = CheckContext(
            collector: FindingCollector(file: "t.csv", options: options), plan: plan,
            settings: rules.ruleSet.settings, asOf: options.asOf)
        let keys = plan.duplicateKeys.map(\.slots) + [[plan.slotByField["ho_ten"]!], [plan.slotByField["lop"]!, plan.slotByField["ho_ten"]!]]
        let rows: [[String]] = [
            ["Nguyễn Văn An", "01/02/2014", "6A1", "079214000001"],
            ["nguyễn  văn AN", "01/02/2014", "6A2", "079214000001"],
            ["Lê Thị Bé", "03/04/2014", "6A1", ""],
            ["Trần Văn Cư", "", "6A1", "079214000002"],
            ["Nguye\u{0302}\u{0303}n Văn An", "01/02/2014", "6A1", "079214000001"],
            [String(repeating: "Ạ", count: 40), "05/06/2013", "7A3", "001213000009"],
            ["Ö Ü ẞ \u{00A0}Ý", "29/02/2012", "6A9", "001212000001"]
        ]
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
        defer { storage.deallocate() }
        for capacity in [64, 24] {
            // One sink for all rows (the memo must not leak from one row to the next).
            var sink = KeySink(base: storage, capacity: capacity)
            for (number, row) in rows.enumerated() {
                var text = ""
                var ends: [Int] = []
                for value in row { text += value; ends.append(text.utf8.count) }
                var bytes = Array(text.utf8)
                bytes.withUnsafeMutableBufferPointer { all in
                    ends.withUnsafeBufferPointer { ends in
                        let record = RecordView(bytes: UnsafePointer(all.baseAddress!), ends: ends.baseAddress!, count: ends.count)
                        ctx.row = number + 1
                        ctx.line = number + 2
                        ctx.state.resetAll()
                        ctx.state.record = record
                        defer { ctx.state.record = nil }
                        for column in plan.columns where !record[column.index].isEmpty {
                            ctx.state.present[column.slot] = true
                            if column.type == .date, case .date(let date, _) = DateParser.parse(record[column.index]) {
                                ctx.state.setDate(column.slot, date)
                            }
                        }
                        for slots in keys + keys.reversed() {
                            var buffer: [UInt8] = []
                            let alone = DuplicatePersonCheck.key(slots, in: ctx, buffer: &buffer)
                            let shared = slots.withUnsafeBufferPointer { DuplicatePersonCheck.key($0, in: ctx, sink: &sink, buffer: &buffer) }
                            #expect(shared == alone, "row \(number + 1), slots \(slots), capacity \(capacity)")
                        }
                    }
                }
            }
        }
    }
}

/// A small deterministic generator (SplitMix64) for reproducible random inputs.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
