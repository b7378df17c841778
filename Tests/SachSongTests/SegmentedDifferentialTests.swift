import CSVInput
import Foundation
import TestSupport
import Testing
@testable import SachSong
import SachSongSample

/// A seeded differential test of the two-part check (`SegmentedFileCheck`): many random student
/// exports, each checked whole (`segmentBytes` .max) and cut in two (`segmentBytes` 1), must give
/// the same report. The files are dirty on purpose — title rows, BOMs, `;`, CRLF and lone CR,
/// blank and all-empty records, ragged rows, quoted fields with commas, doubled quotes and line
/// breaks (some planted where the cut falls), stray quotes, invalid UTF-8, NUL bytes, keys and
/// persons repeated on both sides of the cut, Excel damage, placeholders, NFD, CAPS — and so are
/// the options (small per-rule caps, rules disabled).
///
/// `SACHSONG_SPLIT_SEED` and `SACHSONG_SPLIT_FILES` change the seed and the number of files; a
/// failure names the seed and the file index, and keeps the file in the temporary directory.
/// Placeholders in required and optional columns and `dung.grade` findings of both severities
/// are mixed in a file (the severity cache this test found is fixed: see the tests below).
@Suite("Segmented check, differential")
struct SegmentedDifferentialTests {
    static let defaultSeed: UInt64 = 0x5AC4_2026_0601
    static let defaultFiles = 150

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["SACHSONG_SPLIT_SEED"].flatMap { UInt64($0) } ?? defaultSeed
    }

    static var fileCount: Int {
        ProcessInfo.processInfo.environment["SACHSONG_SPLIT_FILES"].flatMap { Int($0) } ?? defaultFiles
    }

    @Test("Random dirty exports, random options: whole and cut in two give the same report")
    func randomExports() throws {
        let seed = Self.seed
        let count = Self.fileCount
        var cut = 0, quotedAtCut = 0, mismatches = 0
        var generating = 0.0
        let started = Date()
        for index in 0..<count {
            var generator = ExportGenerator(seed: seed, index: index)
            let made = Date()
            let file = generator.make()
            generating += Date().timeIntervalSince(made)
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("sachsong-diff-\(seed)-\(index)-\(UUID().uuidString.prefix(8)).csv").path
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            let (whole, split) = try Self.both(path, options: file.options)
            if ProcessInfo.processInfo.environment["SACHSONG_SPLIT_VERBOSE"] != nil {
                print("file \(index): parts \(split.parts), \(file.bytes.count) bytes, \(file.summary)")
            }
            #expect(whole.parts == 1)
            if split.parts == 2 { cut += 1 }
            if file.quotedAtCut { quotedAtCut += 1 }
            let differences = Self.differences(whole, split)
            if differences.isEmpty {
                try? FileManager.default.removeItem(atPath: path)
            } else {
                mismatches += 1
                Issue.record(
                    """
                    whole ≠ cut: seed \(seed), file \(index) (\(file.summary)), parts \(split.parts); kept at \(path)
                    \(differences.prefix(12).joined(separator: "\n"))
                    """)
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print(
            "SegmentedDifferentialTests: seed \(seed): \(count) files, \(cut) cut in two, \(quotedAtCut) with a quoted line break at the cut, \(mismatches) mismatches, \(String(format: "%.1f", seconds)) s (\(String(format: "%.1f", generating)) s generating)"
        )
        // Files the check cannot vouch for are read whole; a good share must really be cut.
        #expect(cut * 10 >= count * 3, "only \(cut) of \(count) files were cut in two")
    }

    // MARK: - Mismatches found, reduced

    /// Rows of a small student file (rule `sach.legacy-font` off, so that a file of a few rows can
    /// be cut: its first part need not sample 200 rows), `middle` repeated on rows 2…9.
    static func smallFile(header: String, first: String, middle: String, last: String) -> String {
        var text = header + "\n" + first + "\n"
        for i in 2...9 { text += middle.replacingOccurrences(of: "#", with: "\(i)") + "\n" }
        return text + last + "\n"
    }

    static func checkSmall(_ text: String, chunk: Int = 64) throws -> (whole: FileReport, split: FileReport) {
        let path = try SegmentedCheckTests.temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = CheckOptions(asOf: FixtureSupport.asOf)
        options.disabled = ["sach.legacy-font"]
        return try both(path, options: options, chunk: chunk)
    }

    /// Found by `randomExports` (seed 0x5AC420260601 with mixed placeholders). A placeholder is an
    /// error in a required column and a warning in an optional one (`PlaceholderCheck.report`
    /// passes the severity per call). `FindingCollector.add` used to resolve a rule's severity
    /// once and cache it by rule id, with the severity of its first call: every later
    /// placeholder got the first one's severity — the N/A of the required «Họ và tên» on row 10
    /// became a warning like the N/A of the optional «Nơi sinh» on row 1 (whole), but stayed an
    /// error as the first placeholder of the second part (cut). The collector now caches only
    /// what the options say of a rule (disabled, forced severity).
    @Test("A placeholder's severity is its own, not the first placeholder's of its part")
    func placeholderSeverityFollowsTheFirstOne() throws {
        let (whole, split) = try Self.checkSmall(
            Self.smallFile(
                header: "Mã định danh Bộ GD&ĐT,Họ và tên,Ngày sinh,Giới tính,Lớp,Trạng thái,Nơi sinh",
                first: "7900000001,Nguyễn Văn An,01/02/2014,Nam,6A1,Đang học,N/A",
                middle: "790000000#,Trần Văn Bình,0#/02/2014,Nam,6A1,Đang học,Huế",
                last: "7900000010,N/A,01/02/2014,Nam,6A1,Đang học,Huế"))
        #expect(split.parts == 2)
        SegmentedCheckTests.expectSame(whole, split)
        for report in [whole, split] {
            let severities = report.findings.filter { $0.rule == "du.placeholder" }.map { "\($0.row ?? 0):\($0.severity)" }
            #expect(severities == ["1:warning", "10:error"])
        }
    }

    /// The same cache with `dung.grade`: a class name that does not start with a grade is a
    /// warning (`GradeCheck.evaluateClass` passes `.warning`), a grade that is not one an error.
    /// Whole, the bad grade on row 10 used to take the warning of the bad class on row 1.
    @Test("A bad grade's severity is its own, not the first dung.grade finding's of its part")
    func gradeSeverityFollowsTheFirstOne() throws {
        let (whole, split) = try Self.checkSmall(
            Self.smallFile(
                header: "Mã định danh Bộ GD&ĐT,Họ và tên,Ngày sinh,Giới tính,Lớp,Khối,Trạng thái",
                first: "7900000001,Nguyễn Văn An,01/02/2014,Nam,13A1,6,Đang học",
                middle: "790000000#,Trần Văn Bình,0#/02/2014,Nam,6A1,6,Đang học",
                last: "7900000010,Lê Văn Cường,01/02/2014,Nam,6A1,sáu,Đang học"))
        #expect(split.parts == 2)
        SegmentedCheckTests.expectSame(whole, split)
        for report in [whole, split] {
            let severities = report.findings.filter { $0.rule == "dung.grade" }.map { "\($0.row ?? 0):\($0.severity)" }
            #expect(severities == ["1:warning", "10:error"])
        }
    }

    /// The delimiter is sniffed from up to 50 lines of the first chunk the reader sees
    /// (`DelimiterSniffer.sniff`). A first part shorter than that chunk used to sniff from its
    /// own lines only. Header and 20 rows with six `;` and an address with one unquoted comma,
    /// then 21 rows with five `;` (one field short) and one comma: the first 21 lines favour
    /// `;`, the first 42 favour `,` — whole `,` (an unrecognised file), cut `;` (a student file).
    /// A file is now cut only past its first chunk (`CheckOptions.readChunkBytes`), so both read
    /// the same first chunk: with the default 1 MiB this small file is not cut at all; with a
    /// 64-byte chunk it is, and both sniff from the same 64 bytes.
    @Test("The delimiter is decided from the same first chunk, whole or cut")
    func delimiterOfTheFirstPart() throws {
        let header = "Mã định danh Bộ GD&ĐT;Họ và tên;Ngày sinh;Giới tính;Lớp;Trạng thái;Địa chỉ"
        var text = header + "\n"
        for i in 1...20 { text += "79000000\(i < 10 ? "0" : "")\(i);Nguyễn Văn An;01/02/2014;Nam;6A1;Đang học;Số \(i), phường 2\n" }
        for i in 21...41 { text += "79000000\(i);Trần Văn Bình;01/02/2014;Nam;6A1;Số \(i), phường 2\n" }
        let (whole, uncut) = try Self.checkSmall(text, chunk: 1 << 20)
        #expect(uncut.parts == 1)
        #expect(whole.delimiter == ",")
        SegmentedCheckTests.expectSame(whole, uncut)
        let (smallWhole, split) = try Self.checkSmall(text, chunk: 64)
        #expect(split.parts == 2)
        #expect(smallWhole.delimiter == split.delimiter)
        SegmentedCheckTests.expectSame(smallWhole, split)
    }

    // MARK: - Checking and comparing

    /// The file checked whole and cut in two (every file of at least 1 byte: `segmentBytes` 1).
    static func both(_ path: String, options base: CheckOptions, chunk: Int = 256) throws -> (whole: FileReport, split: FileReport) {
        var options = base
        options.tallies = false
        // A file is cut only past its first chunk: small files need a small one (both runs read
        // with the same chunk, so they decide encoding and delimiter from the same bytes).
        options.readChunkBytes = chunk
        options.segmentBytes = .max
        let whole = try FileChecker(rules: FixtureSupport.rules, options: options).check(path: path)
        options.segmentBytes = 1
        let split = try FileChecker(rules: FixtureSupport.rules, options: options).check(path: path)
        return (whole, split)
    }

    /// What differs between two reports, in words (empty when they are the same as
    /// `SegmentedCheckTests.expectSame` compares them).
    static func differences(_ a: FileReport, _ b: FileReport) -> [String] {
        var out: [String] = []
        func describe(_ f: Finding) -> String {
            "\(f.rule) row \(f.row.map(String.init) ?? "-") line \(f.line.map(String.init) ?? "-") col \(f.columnIndex.map(String.init) ?? "-") \(f.severity) value \(f.value.map { "«\($0)»" } ?? "-"): \(f.message)"
        }
        if a.rows != b.rows { out.append("rows: whole \(a.rows), cut \(b.rows)") }
        if a.errors != b.errors || a.warnings != b.warnings || a.infos != b.infos {
            out.append("errors/warnings/infos: whole \(a.errors)/\(a.warnings)/\(a.infos), cut \(b.errors)/\(b.warnings)/\(b.infos)")
        }
        if a.rowsWithErrors != b.rowsWithErrors { out.append("rowsWithErrors: whole \(a.rowsWithErrors), cut \(b.rowsWithErrors)") }
        if a.rowsIncomplete != b.rowsIncomplete { out.append("rowsIncomplete: whole \(a.rowsIncomplete), cut \(b.rowsIncomplete)") }
        for rule in Set(a.countsByRule.keys).union(b.countsByRule.keys).sorted() where a.countsByRule[rule] != b.countsByRule[rule] {
            out.append("count of \(rule): whole \(a.countsByRule[rule] ?? 0), cut \(b.countsByRule[rule] ?? 0)")
        }
        if a.findings != b.findings {
            out.append("findings: whole \(a.findings.count), cut \(b.findings.count)")
            var shown = 0
            for i in 0..<max(a.findings.count, b.findings.count) where shown < 6 {
                let x = i < a.findings.count ? a.findings[i] : nil
                let y = i < b.findings.count ? b.findings[i] : nil
                guard x != y else { continue }
                out.append("  #\(i) whole: \(x.map(describe) ?? "none")")
                out.append("  #\(i) cut:   \(y.map(describe) ?? "none")")
                shown += 1
            }
        }
        func trimmed(_ rows: [UInt64]) -> [UInt64] { Array(rows.reversed().drop { $0 == 0 }.reversed()) }
        if trimmed(a.errorRows) != trimmed(b.errorRows) {
            let rowsA = Self.rows(a.errorRows), rowsB = Self.rows(b.errorRows)
            out.append("error rows only whole: \(rowsA.subtracting(rowsB).sorted().prefix(10)), only cut: \(rowsB.subtracting(rowsA).sorted().prefix(10))")
        }
        var keysA: [String: [UInt64: Int32]] = [:], keysB: [String: [UInt64: Int32]] = [:]
        for (field, index) in a.keys { index.forEach { keysA[field, default: [:]][$0.value] = $1.row } }
        for (field, index) in b.keys { index.forEach { keysB[field, default: [:]][$0.value] = $1.row } }
        if keysA != keysB {
            for field in Set(keysA.keys).union(keysB.keys).sorted() where keysA[field] != keysB[field] {
                let x = keysA[field] ?? [:], y = keysB[field] ?? [:]
                let differing = Set(x.keys).union(y.keys).filter { x[$0] != y[$0] }
                out.append(
                    "keys of \(field): \(differing.count) differ, e.g. first rows whole \(differing.prefix(3).map { x[$0].map(String.init) ?? "-" }), cut \(differing.prefix(3).map { y[$0].map(String.init) ?? "-" })"
                )
            }
        }
        return out
    }

    static func rows(_ bits: [UInt64]) -> Set<Int> {
        var rows = Set<Int>()
        for (w, word) in bits.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { rows.insert(w * 64 + bit) }
        }
        return rows
    }
}

// MARK: - The generator

/// SplitMix64: small, fast, and the same on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One random export of student records with its check options.
struct GeneratedExport {
    var bytes: [UInt8]
    var options: CheckOptions
    /// A quoted field with line breaks spans the byte where the file is cut.
    var quotedAtCut: Bool
    /// What the file has, for failure messages.
    var summary: String
}

/// Writes random, dirty `hoc_sinh` exports.
struct ExportGenerator {
    var rng: SplitMix64

    /// The generator of file `index` of a run seeded with `seed`.
    init(seed: UInt64, index: Int) {
        var mixer = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        rng = SplitMix64(seed: mixer.next())
    }

    // MARK: Randomness

    mutating func chance(_ p: Double) -> Bool { Double(rng.next() >> 11) * 0x1p-53 < p }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(rng.next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    mutating func digits(_ n: Int) -> String {
        var bytes = [UInt8](repeating: 0x30, count: n)
        for i in 0..<n { bytes[i] = 0x30 + UInt8(truncatingIfNeeded: rng.next() % 10) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` with leading zeros to `width` digits.
    func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    // MARK: Columns

    struct Column {
        let field: String
        let names: [String]
    }

    static let columns: [Column] = [
        Column(
            field: "ma_hoc_sinh",
            names: ["Mã định danh Bộ GD&ĐT", "Mã định danh Bộ GD&ĐT (trên CSDL ngành)", "Mã định danh", "Mã học sinh", "Mã HS", "MA_HOC_SINH"]),
        Column(field: "ho_ten", names: ["Họ và tên", "Họ tên", "Họ và tên học sinh", "HO_TEN", "Ho va ten"]),
        Column(field: "ngay_sinh", names: ["Ngày sinh", "Ngày tháng năm sinh", "NGAY_SINH", "Ngày/tháng/năm sinh"]),
        Column(field: "gioi_tinh", names: ["Giới tính", "Phái", "GIOI_TINH"]),
        Column(field: "dan_toc", names: ["Dân tộc", "DAN_TOC"]),
        Column(field: "so_dinh_danh", names: ["Số định danh cá nhân", "Số CCCD", "CCCD", "Mã định danh cá nhân", "Số CMND/CCCD", "SO_DINH_DANH"]),
        Column(field: "lop", names: ["Lớp", "Tên lớp", "LOP", "Lớp học"]),
        Column(field: "khoi", names: ["Khối", "KHOI", "Khối lớp"]),
        Column(field: "trang_thai", names: ["Trạng thái", "Tình trạng", "TRANG_THAI", "Trạng thái học sinh"]),
        Column(field: "so_dien_thoai", names: ["Số điện thoại liên hệ", "SĐT", "Điện thoại", "SĐT liên hệ"]),
        Column(field: "email", names: ["Email", "Thư điện tử"]),
        Column(field: "dia_chi", names: ["Chỗ ở hiện nay", "Địa chỉ", "DIA_CHI", "Địa chỉ thường trú"]),
        Column(field: "noi_sinh", names: ["Nơi sinh"]),
        Column(field: "ho_ten_cha", names: ["Họ tên cha", "Họ tên bố"]),
        Column(field: "nam_sinh_cha", names: ["Năm sinh cha", "Năm sinh bố"]),
        Column(field: "ho_ten_me", names: ["Họ tên mẹ", "Tên mẹ"]),
        Column(field: "nam_sinh_me", names: ["Năm sinh mẹ"]),
        Column(field: "xac_thuc_dan_cu", names: ["Xác thực CSDL dân cư", "Đã xác thực"]),
        Column(field: "ngay_cap_nhat", names: ["Ngày cập nhật", "NGAY_CAP_NHAT"]),
        Column(field: "ghi_chu", names: ["Ghi chú", "Ghi chu khac"])
    ]
    static let required: Set<String> = ["ma_hoc_sinh", "ho_ten", "ngay_sinh", "gioi_tinh", "lop", "trang_thai"]

    /// Rules a file may switch off.
    static let rules = [
        "sach.duplicate-key", "sach.duplicate-person", "sach.legacy-font", "excel.date-text", "excel.id-number",
        "excel.scientific", "excel.phone-number", "excel.trailing-empty", "sach.name-case", "sach.nfc",
        "sach.spaces", "du.required", "du.placeholder", "dung.date-format", "sach.date-format",
        "cccd.format", "cccd.birth-year", "dung.age-grade", "dung.class-grade", "csv.too-few-fields",
        "csv.too-many-fields", "csv.stray-quote", "dung.value-not-allowed", "sach.mojibake", "dung.code-format",
        "song.stale", "sach.invisible", "du.conditional-required"
    ]

    // MARK: People

    struct Person {
        var code: String
        var name: String
        var birth: (y: Int, m: Int, d: Int)
        var gender: String
        var grade: Int
        var className: String
        var status: String
        var citizenID: String
        var phone: String
        var email: String
        var address: String
        var birthplace: String
        var father: String
        var fatherYear: Int
        var mother: String
        var motherYear: Int
        var ethnic: String
        var verified: String
        var updated: (y: Int, m: Int, d: Int)
    }

    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
    static let middles = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Thu", "Gia", "Bảo", "Quốc", "Kim"]
    static let givens = [
        "An", "Bình", "Cúc", "Dũng", "Giang", "Hà", "Hương", "Khang", "Linh", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Uyên", "Vy", "Yến", "Ánh", "Đạt"
    ]
    static let streets = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Điện Biên Phủ", "Võ Văn Tần"]
    static let places = ["TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Cần Thơ", "Huế", "Bình Dương"]
    static let statuses = ["Đang học", "Đang học", "Đang học", "Đang học", "Chuyển đến kỳ 1", "Chuyển đi", "Thôi học", "Đã tốt nghiệp", "Đang hoc", "Nghỉ học"]
    static let ethnics = ["Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Tày", "Kinh "]
    static let placeholders = ["N/A", "-", "không có", "Không có", "x", "null", "..", "Chưa có", "0"]

    mutating func name() -> String { "\(pick(Self.families)) \(pick(Self.middles)) \(pick(Self.givens))" }

    mutating func person() -> Person {
        let grade = int(1...12)
        let year = 2026 - 5 - grade - (chance(0.1) ? int(-1...3) : 0)
        let gender = chance(0.5) ? "Nam" : "Nữ"
        let centuryDigit = year >= 2000 ? (gender == "Nam" ? 2 : 3) : (gender == "Nam" ? 0 : 1)
        let citizen = pick(["079", "001", "048", "092", "075"]) + "\(centuryDigit)" + pad(year % 100, 2) + digits(6)
        return Person(
            code: pick(["79", "01", "48"]) + digits(8), name: name(), birth: (year, int(1...12), int(1...28)),
            gender: gender, grade: grade, className: "\(grade)A\(int(1...5))", status: pick(Self.statuses),
            citizenID: citizen, phone: pick(["09", "03", "07", "08"]) + digits(8), email: "hs\(digits(5))@truong.edu.vn",
            address: "Số \(int(1...300)), \(pick(Self.streets)), phường \(int(1...15))", birthplace: pick(Self.places),
            father: "\(pick(Self.families)) Văn \(pick(Self.givens))", fatherYear: year - int(22...40),
            mother: "\(pick(Self.families)) Thị \(pick(Self.givens))", motherYear: year - int(20...38),
            ethnic: pick(Self.ethnics), verified: pick(["Có", "Không", "Đã xác thực", "Có"]),
            updated: (int(2023...2026), int(1...12), int(1...28)))
    }

    // MARK: Values

    /// How dates are written in this file (the dominant form) and how often another form is used.
    var dateForm = 0
    var otherDateForms = 0.03
    var manyDateShapes = false
    var dirt = 0.05
    var legacyNames = false

    mutating func date(_ d: (y: Int, m: Int, d: Int)) -> String {
        var form = dateForm
        if manyDateShapes && chance(0.5) { form = int(0...16) } else if chance(otherDateForms) { form = int(0...9) }
        let dd = pad(d.d, 2), mm = pad(d.m, 2), yyyy = pad(d.y, 4)
        switch form {
        case 1: return "\(yyyy)-\(mm)-\(dd)"
        case 2: return "\(d.d)/\(d.m)/\(d.y)"
        case 3: return "\(dd)-\(mm)-\(yyyy)"
        case 4: return "\(dd).\(mm).\(yyyy)"
        case 5: return "\(dd)/\(mm)/\(pad(d.y % 100, 2))"
        case 6: return "31/02/\(d.y)"
        case 7: return "\(yyyy)/\(mm)/\(dd)"
        case 8: return "\(40000 + int(0...4000))"
        case 9: return "\(dd)/\(mm)/\(yyyy) 00:00:00"
        case 10: return "ngày \(d.d) tháng \(d.m) năm \(d.y)"
        case 11: return "\(yyyy)\(mm)\(dd)"
        case 12: return "\(d.d)-\(d.m)-\(d.y)"
        case 13: return "\(d.d).\(d.m).\(d.y)"
        case 14: return "\(dd)/\(mm)/2030"
        case 15: return "\(d.y)"
        case 16: return "\(dd) - \(mm) - \(yyyy)"
        default: return "\(dd)/\(mm)/\(yyyy)"
        }
    }

    /// Spreadsheet damage to an identity number.
    mutating func damagedNumber(_ digits: String) -> String {
        let trimmed = String(digits.drop { $0 == "0" })
        switch int(0...3) {
        case 0:
            let mantissa = trimmed.prefix(1) + "." + trimmed.dropFirst().prefix(4)
            return "\(mantissa)E+\(max(trimmed.count - 1, 1))"
        case 1: return digits + ".0"
        case 2: return trimmed + ".0"
        default: return trimmed
        }
    }

    mutating func text(_ field: String, _ p: Person) -> String {
        switch field {
        case "ma_hoc_sinh":
            if chance(dirt / 2) { return damagedNumber(p.code) }
            if chance(dirt / 3) { return pick([String(p.code.prefix(9)), p.code + "1", "HS" + p.code.suffix(6), p.code.prefix(4) + " " + p.code.dropFirst(4)]) }
            return p.code
        case "ho_ten":
            var value = p.name
            if legacyNames && chance(0.5) { value = pick(["NguyÔn V¨n An", "TrÇn ThÞ Hoa", "Lª V¨n Hïng", "Ph¹m ThÞ Lan", "§ç V¨n B×nh"]) }
            if chance(dirt / 2) { value = value.uppercased() }
            if chance(dirt / 3) { value = value.lowercased() }
            if chance(dirt / 3) { value = value.replacingOccurrences(of: " ", with: "  ") }
            return value
        case "ngay_sinh": return date(p.birth)
        case "gioi_tinh": return chance(dirt / 2) ? pick(["nam", "NỮ", "Male", "1", "nu", "Khác"]) : p.gender
        case "dan_toc": return p.ethnic
        case "so_dinh_danh":
            if p.grade < 6 && chance(0.5) { return "" }
            if chance(dirt) { return damagedNumber(p.citizenID) }
            if chance(dirt / 3) {
                return pick([
                    String(p.citizenID.dropLast()), p.citizenID.prefix(4) + " " + p.citizenID.dropFirst(4),
                    "0" + p.citizenID.dropFirst(1).replacingOccurrences(of: "2", with: "9")
                ])
            }
            return p.citizenID
        case "lop": return chance(dirt / 3) ? pick(["Lớp \(p.className)", "\(p.grade + 1)A1", "A\(p.grade)", p.className.lowercased()]) : p.className
        case "khoi": return chance(dirt / 3) ? "\(p.grade % 12 + 1)" : "\(p.grade)"
        case "trang_thai": return p.status
        case "so_dien_thoai":
            if chance(dirt) {
                return pick([damagedNumber(p.phone), "+84" + p.phone.dropFirst(), p.phone.prefix(4) + " " + p.phone.dropFirst(4), "016" + p.phone.dropFirst(2)])
            }
            return p.phone
        case "email": return chance(dirt / 2) ? pick(["hs@", "abc.gmail.com", "hs 1@truong.edu.vn"]) : p.email
        case "dia_chi": return p.address
        case "noi_sinh": return p.birthplace
        case "ho_ten_cha": return p.father
        case "nam_sinh_cha": return chance(dirt / 3) ? "\(p.fatherYear % 100)" : "\(p.fatherYear)"
        case "ho_ten_me": return p.mother
        case "nam_sinh_me": return "\(p.motherYear)"
        case "xac_thuc_dan_cu": return p.verified
        case "ngay_cap_nhat": return date(p.updated)
        default: return chance(0.7) ? "" : pick(["Học sinh mới", "Chuyển trường, có \"giấy\" kèm", "ok", "Ghi chú: \"cần bổ sung\""])
        }
    }

    // MARK: Fields as bytes

    /// Per field: a stray quote, an invalid UTF-8 byte, a NUL byte, a quoted line break, a field
    /// that needs quotes left unquoted (most files have none of these: the second part of a file
    /// with any of the first four is not joined, the file is read whole).
    var strayQuotes = 0.0
    var invalidBytes = 0.0
    var nulBytes = 0.0
    var quotedBreaks = 0.0
    var unquoted = 0.0
    var delimiter: UInt8 = UInt8(ascii: ",")
    var lineEnding: [UInt8] = [0x0A]

    /// One field: the value written with the file's noise, quoted when it must be (or sometimes
    /// left unquoted on purpose: stray quotes, extra delimiters).
    mutating func field(_ value: String, required: Bool) -> [UInt8] {
        var text = value
        // At most one roll per field when it stays clean (a debug build pays for every one).
        if dirt > 0, chance(dirt) {
            if !text.isEmpty {
                if chance(0.25) { text = required && chance(0.5) ? "" : pick(Self.placeholders) }
                if chance(0.25) { text = " " + text }
                if chance(0.25) { text += "  " }
                if chance(0.2) { text = text.decomposedStringWithCanonicalMapping }
                if chance(0.08), !text.isEmpty { text.insert("\u{200B}", at: text.index(text.startIndex, offsetBy: text.count / 2)) }
                // Mojibake: the UTF-8 bytes read as Latin-1 and written again as UTF-8.
                if chance(0.08) { text = String(decoding: Array(text.utf8).flatMap { Array(String(UnicodeScalar($0)).utf8) }, as: UTF8.self) }
            } else if chance(0.33) {
                text = pick(Self.placeholders)
            }
        }
        var bytes = Array(text.utf8)
        let special = strayQuotes + invalidBytes + nulBytes + quotedBreaks
        if special > 0, chance(special) {
            var roll = Double(rng.next() >> 11) * 0x1p-53 * special
            if roll < strayQuotes {
                guard !bytes.isEmpty else { return bytes }
                // A stray quote inside an unquoted field, or text after a closing quote.
                if chance(0.5) { bytes.insert(UInt8(ascii: "\""), at: bytes.count / 2) } else { bytes = [0x22] + bytes + [0x22, 0x78] }
                return bytes
            }
            roll -= strayQuotes
            if roll < invalidBytes {
                bytes.insert(pick([0xFF, 0xC3, 0x80, 0xE1]), at: bytes.count / 2)
            } else if roll - invalidBytes < nulBytes {
                bytes.insert(0x00, at: bytes.count / 2)
            } else {
                // A doubled quote and a line break in a quoted field.
                bytes += Array(" (\"ghi chú\")".utf8) + lineEnding + Array("dòng hai".utf8)
            }
        }
        let needsQuotes = bytes.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if needsQuotes || chance(0.03) {
            if !needsQuotes || !chance(unquoted) {
                return [0x22] + bytes.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] } + [0x22]
            }
        }
        return bytes
    }

    // MARK: The file

    mutating func make() -> GeneratedExport {
        var notes: [String] = []
        var options = CheckOptions(asOf: FixtureSupport.asOf)
        // Options.
        if chance(0.35) {
            options.maxFindingsPerRule = int(1...5)
            notes.append("max \(options.maxFindingsPerRule)/rule")
        }
        if chance(0.3) {
            var disabled = Set<String>()
            for _ in 0..<int(1...4) { disabled.insert(pick(Self.rules)) }
            options.disabled = disabled
            notes.append("disabled \(disabled.sorted())")
        }
        if chance(0.35) {
            // Below 200 rows in its first part, a file is cut only when this rule is off (the
            // first part must have decided its legacy-font columns).
            options.disabled.insert("sach.legacy-font")
            notes.append("no legacy-font")
        }

        // The form of the file.
        let delimiterChoice = int(0...9)
        delimiter = delimiterChoice < 7 ? UInt8(ascii: ",") : (delimiterChoice < 9 ? UInt8(ascii: ";") : 0x09)
        if delimiter != UInt8(ascii: ",") { notes.append(delimiter == 0x09 ? "tab" : "semicolon") }
        if chance(0.08) {
            options.delimiter = delimiter
            notes.append("delimiter given")
        }
        lineEnding = chance(0.4) ? [0x0D, 0x0A] : [0x0A]
        if lineEnding.count == 2 { notes.append("CRLF") }
        let loneCR = chance(0.1) ? 0.03 : 0.0
        if loneCR > 0 { notes.append("lone CR") }
        dirt = pick([0.0, 0.02, 0.05, 0.1, 0.2])
        notes.append("dirt \(dirt)")
        dateForm = chance(0.8) ? 0 : pick([1, 2, 3])
        otherDateForms = pick([0.0, 0.01, 0.05, 0.2])
        manyDateShapes = chance(0.05)
        if manyDateShapes { notes.append("many date shapes") }
        legacyNames = chance(0.04)
        if legacyNames { notes.append("legacy names") }
        // Rare per file, then a few per file (about 3000 fields in all).
        func rate(_ p: Double, _ name: String) -> Double {
            guard chance(p) else { return 0 }
            notes.append(name)
            return pick([0.0003, 0.001, 0.003])
        }
        strayQuotes = rate(0.1, "stray quotes")
        invalidBytes = rate(0.08, "invalid UTF-8")
        nulBytes = rate(0.06, "NUL bytes")
        quotedBreaks = rate(0.15, "quoted line breaks")
        unquoted = rate(0.1, "unquoted fields")
        let rowCount = chance(0.6) ? int(400...600) : int(50...399)
        notes.append("\(rowCount) rows")

        // Columns.
        var columns = Self.columns.filter { Self.required.contains($0.field) || ($0.field == "so_dinh_danh" ? chance(0.85) : chance(0.45)) }
        if chance(0.05) {
            let dropped = pick(columns.filter { Self.required.contains($0.field) && $0.field != "ma_hoc_sinh" }).field
            columns.removeAll { $0.field == dropped }
            notes.append("no \(dropped)")
        }
        if chance(0.3) { columns.shuffle(using: &rng) }
        var names = columns.map { pick($0.names) }
        if chance(0.1) { names = names.map { $0.uppercased() } }
        if chance(0.1) { names = names.map { $0.decomposedStringWithCanonicalMapping } }
        if chance(0.1) { names = names.map { chance(0.3) ? $0 + " (*)" : $0 } }
        let trailingBlankHeader = chance(0.05)
        if trailingBlankHeader { names.append("") }
        let width = names.count

        var out: [UInt8] = []
        if chance(0.15) { out += [0xEF, 0xBB, 0xBF]; notes.append("BOM") }
        var headerRecord = 1
        if chance(0.2) {
            let titles = [
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", "TRƯỜNG THCS NGUYỄN DU", "DANH SÁCH HỌC SINH NĂM HỌC 2025-2026", "", "Ngày xuất: 01/06/2026"
            ]
            for title in titles.prefix(int(1...5)) {
                if !title.isEmpty {
                    headerRecord += 1
                    out += Array(title.utf8)
                    if chance(0.3) { out += [UInt8](repeating: delimiter, count: int(1...3)) }
                }
                out += lineEnding
            }
            notes.append("titles")
            if chance(0.2) {
                options.headerRow = headerRecord
                notes.append("header row \(headerRecord)")
            }
        }
        out += names.map { field($0, required: false) }.joined(separator: [delimiter]) + lineEnding

        // Rows.
        var people: [Person] = []
        var lines: [[UInt8]] = []
        let dupRate = pick([0.0, 0.02, 0.05, 0.12])
        for _ in 0..<rowCount {
            if chance(0.02) { lines.append(lineEnding); continue }
            if chance(0.015) { lines.append([UInt8](repeating: delimiter, count: width - 1) + lineEnding); continue }
            var p = person()
            if !people.isEmpty && chance(dupRate) {
                let earlier = people[int(0...(people.count - 1))]
                switch int(0...4) {
                case 0: p.code = earlier.code
                case 1: p.citizenID = earlier.citizenID
                case 2: p.name = earlier.name; p.birth = earlier.birth; p.className = earlier.className; p.grade = earlier.grade
                case 3: p = earlier
                default:
                    p.name = earlier.name; p.birth = earlier.birth; p.citizenID = earlier.citizenID
                    if chance(0.5) { p.name = p.name.uppercased() }
                }
            }
            people.append(p)
            lines.append(row(p, columns: columns, width: width, loneCR: loneCR))
        }
        if chance(0.1) {
            for _ in 0..<int(1...4) { lines.append(chance(0.5) ? [UInt8](repeating: delimiter, count: width - 1) + lineEnding : lineEnding) }
            notes.append("trailing blank rows")
        }
        if chance(0.1) { lines[lines.count - 1].removeLast(lineEnding.count); notes.append("no final line break") }

        // Around the cut.
        var quotedAtCut = false
        var planted: Range<Int>?
        if chance(0.2), let i = rowAt(share: SegmentedFileCheck.firstShare, prefix: out.count, lines: lines) {
            // A long quoted field with line breaks, so that the cut falls inside it.
            var p = people.isEmpty ? person() : people[int(0...(people.count - 1))]
            p.code = pick(["79", "01"]) + digits(8)
            var long: [UInt8] = [0x22]
            for k in 0..<int(50...80) {
                long += Array("dòng \(k) của \"ghi chú\"".utf8).flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }
                long += chance(0.1) ? [0x0D] : lineEnding
            }
            long += [0x22]
            var line = row(p, columns: columns, width: width, loneCR: 0)
            line.removeLast(lineEnding.count)
            let at = line.count + 1
            line += [delimiter] + long + lineEnding
            let start = out.count + lines[..<i].reduce(0) { $0 + $1.count }
            planted = (start + at)..<(start + at + long.count)
            lines.insert(line, at: i)
            notes.append("quoted breaks near the cut")
        }
        if chance(0.08), let i = rowAt(share: SegmentedFileCheck.firstShare, prefix: out.count, lines: lines) {
            // A stray quote just after the cut (the second part cannot be joined).
            let p = people.isEmpty ? person() : people[int(0...(people.count - 1))]
            var line = row(p, columns: columns, width: width, loneCR: 0)
            line.insert(contentsOf: Array(" \"lạc\" ".utf8), at: line.count - lineEnding.count)
            lines.insert(line, at: min(i + 1, lines.count))
            notes.append("stray quote after the cut")
        }
        if chance(0.15), let i = rowAt(share: SegmentedFileCheck.firstShare, prefix: out.count, lines: lines), i > 0 {
            // The rows just before the cut repeated just after it.
            let before = lines[max(0, i - 3)..<i]
            lines.insert(contentsOf: before, at: min(i + 1, lines.count))
            notes.append("rows repeated across the cut")
        }
        for line in lines { out += line }
        if let planted {
            let target = Int(Double(out.count) * SegmentedFileCheck.firstShare)
            if let lf = out[target...].firstIndex(of: 0x0A), planted.contains(lf) { quotedAtCut = true }
        }
        return GeneratedExport(bytes: out, options: options, quotedAtCut: quotedAtCut, summary: notes.joined(separator: ", "))
    }

    /// The index of the line holding the byte at `share` of the file.
    func rowAt(share: Double, prefix: Int, lines: [[UInt8]]) -> Int? {
        let total = prefix + lines.reduce(0) { $0 + $1.count }
        let target = Int(Double(total) * share)
        var position = prefix
        for (i, line) in lines.enumerated() {
            position += line.count
            if position > target { return i }
        }
        return nil
    }

    /// One data row: its fields, sometimes ragged, and its line ending.
    mutating func row(_ p: Person, columns: [Column], width: Int, loneCR: Double) -> [UInt8] {
        var fields = columns.map { field(text($0.field, p), required: Self.required.contains($0.field)) }
        while fields.count < width { fields.append(chance(0.9) ? [] : Array("x".utf8)) }
        if chance(dirt / 6) {
            if chance(0.5) {
                fields.removeLast(min(int(1...3), fields.count - 1))
            } else {
                for _ in 0..<int(1...2) { fields.append(Array("thừa".utf8)) }
            }
        }
        if delimiter != UInt8(ascii: ","), chance(dirt / 2) {
            // An address with a comma left unquoted in a `;` or tab file.
            fields[fields.count - 1] += Array("Số 5, phường 2".utf8)
        }
        return fields.joined(separator: [delimiter]) + (chance(loneCR) ? [0x0D] : lineEnding)
    }
}
