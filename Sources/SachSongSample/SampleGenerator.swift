import SachSong
import Foundation

/// Writes a synthetic district: one folder per school with every record type of the profile,
/// realistic values, and problems planted at a chosen rate, each listed in `planted.json` — the
/// answer key `check` must reproduce.
///
/// Design:
/// - Deterministic: every random draw comes from `SplitMix64` seeded with the seed and the
///   coordinates of what is drawn (school, record type, row), never from the system generator.
///   A person's own draws (name, sex, class, birth date…) depend only on (seed, school, row), so the
///   activity log can name the same people without keeping them; planting decisions come from a
///   generator of their own per file.
/// - Streaming: rows are written as they are made through a 1 MiB buffer; what is kept is one
///   row, one reference row for the duplicate plants, and counters of citizen-ID numbers per
///   (province, century/sex digit, year) — at most 63 × 10 × 100 integers.
/// - Valid by construction when the rate is 0: birth years follow grade + 5 in the school year
///   containing `asOf`, citizen IDs encode the birth province, century/sex and year and are
///   unique (a bijection of a per-bucket counter), phones use prefixes in service, dates lie
///   before `asOf` and within the freshness limit, staff are below the retirement age.
/// - Planted problems: a data row carries one planted problem with probability `defectRate`,
///   the kind drawn uniformly among the kinds of its record type; one problem per row, so no two
///   plants interact (a wrong sex digit is never planted in a row whose birth date was moved).
///   Duplicates copy the most recent row without a plant. Numbers that a plant puts in an ID
///   come from a range that real numbers never use, so a plant never collides with a real person.
public final class SampleGenerator {
    let ruleSet: RuleSet
    let options: SampleOptions
    private var idCounters: [Int: Int] = [:]
    private var plantedIDs = 0
    private var planted: PlantedWriter?
    private var summary = SampleSummary()
    private var fileNumber = 0
    private let schoolYear: Int

    /// Record types in the order they are written.
    public static let recordTypeOrder = ["truong", "nhan_su", "hoc_sinh", "co_so_vat_chat", "hoc_lieu_so", "he_thong", "hoat_dong"]

    public init(rules: RuleSet, options: SampleOptions) {
        ruleSet = rules
        self.options = options
        schoolYear = options.asOf.month >= 9 ? options.asOf.year : options.asOf.year - 1
    }

    /// Writes the sample under `directory` (created if missing) and `directory/planted.json`.
    public func write(to directory: String) throws -> SampleSummary {
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let key = try PlantedWriter(path: directory + "/planted.json")
        planted = key
        for i in 0..<options.schools {
            var school = makeSchool(i)
            // Schools under ward folders (city / ward / school) when asked for groups.
            if options.groups > 0 { school.folder = "phuong_\(SampleText.pad(i % options.groups + 1, 2))/" + school.folder }
            let folder = directory + "/" + school.folder
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (typeIndex, typeID) in Self.recordTypeOrder.enumerated() {
                guard let type = ruleSet.recordType(typeID), options.recordTypes?.contains(typeID) ?? true else { continue }
                let variant = options.variant.resolved(fileNumber: fileNumber)
                fileNumber += 1
                let relative = school.folder + "/" + typeID + ".csv"
                var w = try FileWriter(
                    path: directory + "/" + relative, relative: relative, type: type, variant: variant,
                    serial: typeID == "hoc_sinh" || typeID == "nhan_su",
                    plantRNG: SplitMix64(seed: options.seed, UInt64(i), UInt64(typeIndex), 0xD1E))
                try w.start()
                switch typeID {
                case "truong": try writeSchool(school, &w)
                case "nhan_su": try writeStaff(school, &w)
                case "hoc_sinh": try writeStudents(school, &w)
                case "co_so_vat_chat": try writeFacilities(school, &w)
                case "hoc_lieu_so": try writeMaterials(school, &w)
                case "he_thong": try writeSystems(school, &w)
                case "hoat_dong": try writeActivity(school, &w)
                default: break
                }
                try w.file.close()
                summary.files.append((relative, w.file.rows, variant))
            }
        }
        try key.close()
        summary.planted = key.count
        return summary
    }

    // MARK: - One file being written

    struct FileWriter {
        let relative: String
        let file: SampleCSVFile
        var table: SampleTable
        var plantRNG: SplitMix64
        var pending: [(field: String, rule: String, kind: String)] = []

        init(path: String, relative: String, type: RecordType, variant: SampleVariant, serial: Bool, plantRNG: SplitMix64) throws {
            self.relative = relative
            file = try SampleCSVFile(path: path, variant: variant)
            table = SampleTable(type, aliases: variant == .aliases, serial: serial)
            self.plantRNG = plantRNG
        }

        func start() throws { try file.writeHeader(table.headers) }

        /// The kind to plant in the next row, if any.
        mutating func draw(_ kinds: [String], rate: Double) -> String? {
            guard rate > 0, plantRNG.chance(rate) else { return nil }
            return plantRNG.pick(kinds)
        }

        mutating func mark(_ field: String, _ rule: String, _ kind: String) { pending.append((field, rule, kind)) }
    }

    /// Writes the row in the table and its plants.
    private func emit(_ w: inout FileWriter) throws {
        if w.table.has("_stt") { w.table["_stt"] = String(w.file.rows + 1) }
        try w.file.writeRow(w.table.values)
        for p in w.pending {
            try planted?.write(SamplePlant(file: w.relative, row: w.file.rows, column: w.table.header(p.field), rule: p.rule, kind: p.kind))
        }
        w.pending.removeAll(keepingCapacity: true)
    }

    // MARK: - Schools

    struct School {
        var index: Int
        var code: String
        var name: String
        var level: String
        var grades: [Int]
        var folder: String
        var address: String
        var ward: String
        var classesPerGrade: Int
        var systems: [Int]
    }

    private func makeSchool(_ i: Int) -> School {
        var rng = SplitMix64(seed: options.seed, UInt64(i), 0x5C0)
        let levels: [(String, String, [Int])] = [
            ("THCS", "thcs", Array(6...9)), ("THPT", "thpt", Array(10...12)),
            ("Tiểu học", "th", Array(1...5))
        ]
        let (level, slug, grades) = levels[i % levels.count]
        let base = SampleData.schoolNames[i % SampleData.schoolNames.count]
        let name = base + (i >= SampleData.schoolNames.count ? " \(i / SampleData.schoolNames.count + 1)" : "")
        let ward = rng.pick(SampleData.wards)
        let address = "\(rng.int(1, 400)) \(rng.pick(SampleData.streets)), \(ward), Thành phố Hồ Chí Minh"
        let classes = max(1, options.students / (grades.count * 38))
        return School(
            index: i, code: "7976" + SampleText.pad(i + 1, 6), name: "Trường \(level) \(name)", level: level,
            grades: grades, folder: "truong_\(SampleText.pad(i + 1, 3))_\(slug)", address: address, ward: ward,
            classesPerGrade: classes, systems: Array(0..<SampleData.systems.count))
    }

    // MARK: - People

    struct Person {
        var male: Bool
        var family: String
        var middle: String
        var given: String
        var name: String { "\(family) \(middle) \(given)" }
    }

    private func person(_ rng: inout SplitMix64, male: Bool, family: String? = nil) -> Person {
        let family = family ?? SampleData.familyNames.draw(&rng)
        let middle = male ? SampleData.middleMale.draw(&rng) : SampleData.middleFemale.draw(&rng)
        var given = rng.pick(male ? SampleData.givenMale : SampleData.givenFemale)
        if given == middle { given = male ? "Khang" : "Linh" }
        return Person(male: male, family: family, middle: middle, given: given)
    }

    /// A student's own generator and name: the same for every file that mentions the student.
    private func studentIdentity(_ school: Int, _ j: Int) -> (SplitMix64, Person) {
        var rng = SplitMix64(seed: options.seed, UInt64(school), 0x57D, UInt64(j))
        let male = rng.chance(0.51)
        return (rng, person(&rng, male: male))
    }

    private func staffIdentity(_ school: Int, _ j: Int) -> (SplitMix64, Person) {
        var rng = SplitMix64(seed: options.seed, UInt64(school), 0x57A, UInt64(j))
        let male = rng.chance(0.3)
        return (rng, person(&rng, male: male))
    }

    /// 10-digit MOET code: "79" and a bijection of the running number (unique below 10^8 students).
    private func studentCode(_ school: Int, _ j: Int) -> String {
        let n = (school * options.students + j) % 100_000_000
        return "79" + SampleText.pad((n * 48_271 + 12_345) % 100_000_000, 8)
    }

    private func staffCode(_ school: Int, _ j: Int) -> String { "8" + SampleText.pad(school, 3) + SampleText.pad(j, 6) }

    /// Position of staff member j: 0 principal, 1–2 vice-principals, every ninth an employee.
    private func staffRole(_ j: Int) -> (position: String, role: String) {
        if j == 0 { return ("Hiệu trưởng", "Cán bộ quản lý") }
        if j <= 2 { return ("Phó hiệu trưởng", "Cán bộ quản lý") }
        if j % 9 == 8 { return (["Kế toán", "Văn thư", "Nhân viên thư viện", "Nhân viên y tế"][j % 4], "Nhân viên") }
        return ("Giáo viên", "Giáo viên")
    }

    // MARK: - Values

    private func centuryDigit(year: Int, male: Bool) -> Int { (year / 100 - 19) * 2 + (male ? 0 : 1) }

    /// A 12-digit personal ID: province, century/sex digit, year digits, and six digits unique in
    /// their bucket. Planted numbers take their six digits from 900000–999999, which real numbers
    /// never use.
    private func citizenID(province: String, digit: Int, yy: Int, planted: Bool = false) -> String {
        let bucket = (Int(province) ?? 0) * 1000 + digit * 100 + yy
        let suffix: Int
        if planted {
            plantedIDs += 1
            suffix = 900_000 + (plantedIDs &* 7 &+ bucket) % 100_000
        } else {
            let c = idCounters[bucket, default: 0]
            idCounters[bucket] = c + 1
            suffix = (c * 7919 + bucket * 31) % 900_000
        }
        return province + String(digit) + SampleText.two(yy) + SampleText.pad(suffix, 6)
    }

    private func citizenID(province: String, birthYear: Int, male: Bool) -> String {
        citizenID(province: province, digit: centuryDigit(year: birthYear, male: male), yy: birthYear % 100)
    }

    private func mobile(_ rng: inout SplitMix64) -> String { rng.pick(SampleData.mobilePrefixes) + rng.digits(7) }

    private func date(_ rng: inout SplitMix64, year: Int) -> SimpleDate {
        let month = rng.int(1, 12)
        return SimpleDate(year: year, month: month, day: rng.int(1, SimpleDate.daysIn(month: month, year: year)))!
    }

    private func recent(_ rng: inout SplitMix64, within days: Int = 300) -> String {
        options.asOf.adding(days: -rng.int(0, days)).description
    }

    private func address(_ rng: inout SplitMix64) -> String {
        let number = rng.chance(0.4) ? "\(rng.int(1, 300))/\(rng.int(1, 60))" : "\(rng.int(1, 999))"
        return "\(number) \(rng.pick(SampleData.streets)), \(rng.pick(SampleData.wards)), Thành phố Hồ Chí Minh"
    }

    private func email(_ p: Person, _ rng: inout SplitMix64, domain: String) -> String {
        SampleText.ascii(p.given) + SampleText.ascii(p.family) + String(rng.int(1, 9999)) + "@" + domain
    }

    /// The generic date plants on a last-updated or other date field.
    private func plantDate(_ kind: String, _ field: String, _ w: inout FileWriter) {
        var rng = w.plantRNG
        switch kind {
        case "date-nonexistent":
            let year = options.asOf.year - rng.int(0, 1)
            w.table[field] = ["31/02/\(year)", "30/02/\(year)", "31/04/\(year)", "31/06/\(year)", "31/09/\(year)", "31/11/\(year)"][rng.int(6)]
            w.mark(field, NonexistentDateCheck.id, kind)
        case "date-future":
            w.table[field] = options.asOf.adding(days: rng.int(5, 300)).description
            w.mark(field, FutureDateCheck.id, kind)
        default:  // stale
            let limit = w.table.recordType.field(field)?.freshnessDays ?? ruleSet.settings.freshnessDays
            w.table[field] = options.asOf.adding(days: -(limit + rng.int(30, 1500))).description
            w.mark(field, StaleRecordCheck.id, kind)
        }
        w.plantRNG = rng
    }

    /// Text plants on a name or address; false when the text cannot show the problem (ASCII).
    private func plantText(_ kind: String, _ field: String, _ w: inout FileWriter) -> Bool {
        let text = w.table[field]
        let result: (String?, String)
        switch kind {
        case "caps": result = (SampleText.upper(text), NameCaseCheck.id)
        case "double-space": result = (SampleText.doubleSpace(text), SpacesCheck.id)
        case "nfd": result = (SampleText.nfd(text), NormalizationCheck.id)
        case "invisible": result = (SampleText.invisible(text), InvisibleCharacterCheck.id)
        case "mojibake": result = (SampleText.mojibake(text), MojibakeCheck.id)
        default: return false
        }
        guard let changed = result.0 else { return false }
        w.table[field] = changed
        w.mark(field, result.1, kind)
        return true
    }

    private static let unknownProvinces = [
        "003", "005", "007", "009", "013", "016", "018", "021", "023", "028", "029", "032",
        "039", "041", "043", "047", "050", "053", "055", "057", "059", "061", "063", "065"
    ]

    /// Citizen-ID plants; false when the row has no number to corrupt.
    private func plantID(_ kind: String, province: String, birth: SimpleDate, male: Bool, _ w: inout FileWriter) -> Bool {
        let field = "so_dinh_danh"
        let current = w.table[field]
        guard current.count == 12 else { return false }
        var rng = w.plantRNG
        defer { w.plantRNG = rng }
        let digit = centuryDigit(year: birth.year, male: male)
        switch kind {
        case "cccd-format":
            w.table[field] = current + String(rng.int(10))
            w.mark(field, CitizenIDFormatCheck.id, kind)
        case "cccd-parent":
            let parentYear = birth.year - rng.int(24, 40)
            let parentMale = rng.chance(0.5)
            w.table[field] = citizenID(
                province: province, digit: centuryDigit(year: parentYear, male: parentMale),
                yy: parentYear % 100, planted: true)
            w.mark(field, ParentNumberCheck.id, kind)
        case "cccd-gender":
            w.table[field] = citizenID(province: province, digit: digit ^ 1, yy: birth.year % 100, planted: true)
            w.mark(field, GenderDigitCheck.id, kind)
        case "cccd-year":
            var yy = birth.year % 100 + (rng.chance(0.5) ? 1 : -1) * rng.int(1, 3)
            if yy < 0 || yy > 99 { yy = birth.year % 100 + (yy < 0 ? 2 : -2) }
            w.table[field] = citizenID(province: province, digit: digit, yy: yy, planted: true)
            w.mark(field, BirthYearDigitsCheck.id, kind)
        case "cccd-lost-zero":
            guard current.hasPrefix("0") else { return false }
            w.table[field] = String(current.dropFirst())
            w.mark(field, LostLeadingZeroCheck.id, kind)
        case "cccd-province":
            w.table[field] = citizenID(province: rng.pick(Self.unknownProvinces), digit: digit, yy: birth.year % 100, planted: true)
            w.mark(field, ProvinceCodeCheck.id, kind)
        default:
            return false
        }
        return true
    }

    /// Phone plants on a field holding a valid mobile.
    private func plantPhone(_ kind: String, _ field: String, _ w: inout FileWriter) {
        var rng = w.plantRNG
        defer { w.plantRNG = rng }
        let number = w.table[field].isEmpty ? mobile(&rng) : w.table[field]
        switch kind {
        case "phone-invalid":
            w.table[field] = ["0" + rng.digits(8), "04" + rng.digits(8), "0" + rng.digits(11)][rng.int(3)]
            w.mark(field, PhoneCheck.id, kind)
        case "phone-old":
            let old = [
                "0162", "0163", "0164", "0165", "0166", "0167", "0168", "0169", "0123", "0124", "0125", "0127",
                "0129", "0120", "0121", "0122", "0126", "0128", "0186", "0188", "0199"
            ]
            w.table[field] = rng.pick(old) + rng.digits(7)
            w.mark(field, OldMobilePrefixCheck.id, kind)
        default:  // +84
            w.table[field] = "+84" + number.dropFirst()
            w.mark(field, PhoneFormatCheck.id, kind)
        }
    }

    private func plantEmail(_ field: String, _ w: inout FileWriter, name: String) {
        var rng = w.plantRNG
        let local = SampleText.ascii(name)
        w.table[field] = [local + ".gmail.com", local + "@gmail", local + "@@gmail.com", local + " @gmail.com"][rng.int(4)]
        w.mark(field, EmailCheck.id, "email-invalid")
        w.plantRNG = rng
    }

    // MARK: - hoc_sinh

    static let studentKinds = [
        "blank-name", "blank-status", "blank-id", "placeholder-code", "code-format", "dup-code", "dup-person", "date-nonexistent",
        "date-future", "stale", "age-grade", "class-grade", "cccd-format", "cccd-parent", "cccd-gender", "cccd-year",
        "cccd-lost-zero", "cccd-province", "phone-invalid", "phone-old", "phone-plus84", "email-invalid",
        "gender-not-allowed", "gender-synonym", "status-synonym", "ethnic-synonym", "caps", "double-space", "nfd",
        "invisible", "mojibake", "left-in-class", "year-range", "foreign-document", "birth-place", "vneid-no-card"
    ]

    private func writeStudents(_ school: School, _ w: inout FileWriter) throws {
        struct Reference { var person: Person; var birth: SimpleDate; var grade: Int; var cls: String; var code: String }
        var reference: Reference?
        let extraLate = 0.06
        for j in 0..<options.students {
            var kind = w.draw(Self.studentKinds, rate: options.defectRate)
            var (rng, p) = studentIdentity(school.index, j)
            var grade = school.grades[rng.int(school.grades.count)]
            var cls = "\(grade)A\(1 + rng.int(school.classesPerGrade))"
            var birthYear = schoolYear - grade - 5 - (rng.chance(extraLate) ? 1 : 0)
            if kind == "age-grade" { birthYear -= 5 }
            var birth = date(&rng, year: birthYear)
            if kind == "dup-person" || kind == "dup-code" {
                if let r = reference {
                    if kind == "dup-person" { p = r.person; birth = r.birth; grade = r.grade; cls = r.cls }
                } else {
                    kind = "caps"
                }
            }
            let age = birth.age(at: options.asOf)
            let province = SampleData.birthProvinces.draw(&rng)
            // Every student has a personal ID number from birth registration (Luật Căn cước 2023;
            // NĐ 137/2015 Điều 13); only the card waits for the card age. The draw that once decided
            // it is kept so that the other values of a seed stay as they were.
            _ = rng.chance(0.92)
            // A row whose birth date a plant moved or copied takes a number outside the counters, so
            // that every other row keeps the number it has in the same sample without plants.
            let moved = kind == "age-grade" || kind == "dup-person"
            let id = citizenID(
                province: province.code, digit: centuryDigit(year: birth.year, male: p.male),
                yy: birth.year % 100, planted: moved)
            let card = age >= ruleSet.settings.cardAge ? rng.chance(0.93) : rng.chance(0.2)
            let vneid: String
            if card { vneid = Weighted([("Mức 2", 75.0), ("Mức 1", 15), ("Chưa có", 10)]).draw(&rng) } else { vneid = rng.chance(0.3) ? "Mức 1" : "Chưa có" }
            let father = rng.chance(0.95) ? person(&rng, male: true, family: p.family) : nil
            let mother = person(&rng, male: false)

            var t = w.table
            t.clear()
            t["ma_hoc_sinh"] = studentCode(school.index, j)
            t["ho_ten"] = p.name
            t["ngay_sinh"] = birth.description
            t["gioi_tinh"] = p.male ? "Nam" : "Nữ"
            t["dan_toc"] = SampleData.ethnicGroups.draw(&rng)
            t["so_dinh_danh"] = id
            t["lop"] = cls
            t["khoi"] = String(grade)
            t["trang_thai"] = Weighted([("Đang học", 97.0), ("Chuyển đến kỳ 1", 2), ("Chuyển đến kỳ 2", 1)]).draw(&rng)
            t["so_dien_thoai"] = rng.chance(0.92) ? mobile(&rng) : ""
            t["email"] = rng.chance(0.25) ? email(p, &rng, domain: "gmail.com") : ""
            t["dia_chi"] = address(&rng)
            t["noi_sinh"] = province.name
            t["noi_khai_sinh"] = province.name
            t["quoc_tich"] = "Việt Nam"
            t["ho_ten_cha"] = father?.name ?? ""
            t["nam_sinh_cha"] = father == nil ? "" : String(birth.year - rng.int(24, 42))
            t["ho_ten_me"] = mother.name
            t["nam_sinh_me"] = String(birth.year - rng.int(21, 38))
            t["xac_thuc_dan_cu"] = rng.chance(0.94) ? "Có" : "Không"
            t["co_the_can_cuoc"] = card ? "Có" : "Không"
            t["muc_vneid"] = vneid
            t["ngay_cap_nhat"] = recent(&rng)
            // A few students of another nationality hold a passport: no cccd rule reads it, and they
            // are outside the population-database, card and VNeID figures (never a plant row).
            if kind == nil && rng.chance(0.004) {
                t["quoc_tich"] = rng.pick(["Hàn Quốc", "Nhật Bản", "Trung Quốc", "Hoa Kỳ"])
                t["so_dinh_danh"] = rng.pick(["M", "P", "E", "G"]) + rng.digits(8)
                t["noi_khai_sinh"] = ""
                t["xac_thuc_dan_cu"] = ""; t["co_the_can_cuoc"] = ""; t["muc_vneid"] = ""
            }
            w.table = t

            if let k = kind {
                if !plantStudent(
                    k, school: school, j: j, p: p, birth: birth, grade: grade, province: province.code,
                    reference: reference?.code, &w)
                {
                    _ = plantText("caps", "ho_ten", &w)
                }
            } else {
                reference = Reference(person: p, birth: birth, grade: grade, cls: cls, code: w.table["ma_hoc_sinh"])
            }
            try emit(&w)
        }
    }

    /// The plants students and staff share: identity numbers, phones, e-mails. Nil when `kind`
    /// is none of them.
    private func plantContact(_ kind: String, p: Person, birth: SimpleDate, province: String, _ w: inout FileWriter) -> Bool? {
        switch kind {
        case "cccd-format", "cccd-parent", "cccd-gender", "cccd-year", "cccd-lost-zero", "cccd-province":
            return plantID(kind, province: province, birth: birth, male: p.male, &w)
        case "phone-invalid", "phone-old", "phone-plus84":
            plantPhone(kind, "so_dien_thoai", &w)
            return true
        case "email-invalid":
            plantEmail("email", &w, name: p.given + p.family)
            return true
        default:
            return nil
        }
    }

    private func plantStudent(
        _ kind: String, school: School, j: Int, p: Person, birth: SimpleDate, grade: Int,
        province: String, reference: String?, _ w: inout FileWriter
    ) -> Bool {
        if let planted = plantContact(kind, p: p, birth: birth, province: province, &w) { return planted }
        var rng = w.plantRNG
        defer { w.plantRNG = rng }
        switch kind {
        case "blank-name": w.table["ho_ten"] = ""; w.mark("ho_ten", RequiredFieldCheck.id, kind)
        case "blank-status": w.table["trang_thai"] = ""; w.mark("trang_thai", RequiredFieldCheck.id, kind)
        case "blank-id": w.table["so_dinh_danh"] = ""; w.mark("so_dinh_danh", RequiredFieldCheck.id, kind)
        case "placeholder-code":
            w.table["ma_hoc_sinh"] = rng.pick(["N/A", "0000000000", "chưa cập nhật", "..."])
            w.mark("ma_hoc_sinh", PlaceholderCheck.id, kind)
        case "code-format":
            w.table["ma_hoc_sinh"] = String(w.table["ma_hoc_sinh"].dropLast())
            w.mark("ma_hoc_sinh", CodeFormatCheck.id, kind)
        case "dup-code":
            guard let reference else { return false }
            w.table["ma_hoc_sinh"] = reference
            w.mark("ma_hoc_sinh", DuplicateKeyCheck.id, kind)
        case "dup-person": w.mark("ho_ten", DuplicatePersonCheck.id, kind)
        case "date-nonexistent", "date-future", "stale": w.plantRNG = rng; plantDate(kind, "ngay_cap_nhat", &w); rng = w.plantRNG
        case "age-grade": w.mark("khoi", AgeGradeCheck.id, kind)
        case "class-grade":
            let other = grade < 12 && grade != school.grades.last ? grade + 1 : grade - 1
            w.table["lop"] = "\(other)A\(rng.int(1, 3))"
            w.mark("lop", ClassGradeCheck.id, kind)
        case "gender-not-allowed":
            w.table["gioi_tinh"] = rng.pick(["Khác", "Không rõ", "Nam/Nữ"])
            w.mark("gioi_tinh", AllowedValueCheck.id, kind)
        case "gender-synonym":
            // Not "01"/"02": a list's own codes are its values as the database writes them.
            w.table["gioi_tinh"] = p.male ? rng.pick(["trai", "male", "m"]) : rng.pick(["nu", "gái", "female"])
            w.mark("gioi_tinh", ValueSynonymCheck.id, kind)
        case "status-synonym":
            guard w.table["trang_thai"] == "Đang học" else { return false }
            w.table["trang_thai"] = rng.pick(["dang hoc", "Hiện đang học", "studying"])
            w.mark("trang_thai", ValueSynonymCheck.id, kind)
        case "ethnic-synonym":
            let synonyms = [
                "Kinh": ["Việt", "Viet"], "Hoa": ["Người Hoa", "Han"], "Khơ-me": ["Khmer"], "Tày": ["Tay"],
                "Nùng": ["Nung"], "Mường": ["Muong"], "HMông": ["Mông", "H'Mông"], "Ê-đê": ["Ê Đê"],
                "Gia-rai": ["Gia Rai"], "Thái": ["Thai"], "Chăm": ["Chàm"]
            ]
            guard let options = synonyms[w.table["dan_toc"]] else { return false }
            w.table["dan_toc"] = rng.pick(options)
            w.mark("dan_toc", ValueSynonymCheck.id, kind)
        case "caps", "double-space", "nfd", "invisible": return plantText(kind, "ho_ten", &w)
        case "mojibake": return plantText(kind, "dia_chi", &w)
        case "left-in-class":
            w.table["trang_thai"] = rng.pick(["Chuyển đi", "Thôi học", "Chuyển đi kỳ 1", "Thôi học kỳ 2"])
            w.mark("lop", LeftInClassCheck.id, kind)
        case "foreign-document":
            w.table["quoc_tich"] = rng.pick(["Hàn Quốc", "Nhật Bản", "Lào", "Campuchia"])
            w.table["so_dinh_danh"] = rng.pick(["M-12", "#" + rng.digits(6), "P" + rng.digits(3) + " " + rng.digits(3)])
            w.table["xac_thuc_dan_cu"] = ""; w.table["co_the_can_cuoc"] = ""; w.table["muc_vneid"] = ""
            w.mark("so_dinh_danh", ForeignDocumentCheck.id, kind)
        case "birth-place":
            guard w.table["so_dinh_danh"].count == 12 else { return false }
            w.table["noi_khai_sinh"] = province == "001" ? "Tỉnh Cà Mau" : "Thành phố Hà Nội"
            w.mark("so_dinh_danh", BirthPlaceCodeCheck.id, kind)
        case "vneid-no-card":
            guard birth.age(at: options.asOf) >= ruleSet.settings.cardAge else { return false }
            w.table["co_the_can_cuoc"] = "Không"
            w.table["muc_vneid"] = "Mức 2"
            w.mark("muc_vneid", VNeIDCardCheck.id, kind)
        case "year-range":
            guard !w.table["nam_sinh_cha"].isEmpty else { return false }
            w.table["nam_sinh_cha"] = String(rng.int(1890, 1935))
            w.mark("nam_sinh_cha", YearCheck.id, kind)
        default: return false
        }
        return true
    }

    // MARK: - nhan_su

    static let staffKinds = [
        "blank-name", "blank-position", "placeholder-position", "dup-code", "date-nonexistent", "date-future", "stale",
        "age-range", "retirement", "cmnd", "cccd-format", "cccd-gender", "cccd-year", "cccd-lost-zero", "cccd-province",
        "phone-invalid", "phone-old", "phone-plus84", "email-invalid", "gender-not-allowed", "status-synonym",
        "status-not-allowed", "caps", "double-space", "nfd", "invisible", "mojibake", "card-expired"
    ]

    private func writeStaff(_ school: School, _ w: inout FileWriter) throws {
        var reference: String?
        for j in 0..<options.staff {
            let kind = w.draw(Self.staffKinds, rate: options.defectRate)
            var (rng, p) = staffIdentity(school.index, j)
            var age = p.male ? rng.int(23, 59) : rng.int(23, 54)
            if kind == "age-range" { age = rng.int(15, 17) }
            if kind == "retirement" { age = p.male ? rng.int(64, 68) : rng.int(60, 64) }
            let birth = date(&rng, year: options.asOf.year - age - 1)
            let province = SampleData.birthProvinces.draw(&rng)
            let role = staffRole(j)
            let hired = min(
                options.asOf.adding(days: -30).dayNumber,
                birth.dayNumber + 365 * 22 + rng.int(0, max(1, (age - 22) * 365)))

            var t = w.table
            t.clear()
            t["ma_can_bo"] = staffCode(school.index, j)
            t["ho_ten"] = p.name
            t["ngay_sinh"] = birth.description
            t["gioi_tinh"] = p.male ? "Nam" : "Nữ"
            t["dan_toc"] = SampleData.ethnicGroups.draw(&rng)
            t["so_dinh_danh"] = citizenID(province: province.code, birthYear: birth.year, male: p.male)
            t["quoc_tich"] = "Việt Nam"
            // The card as renewed at the last renewal age reached (Luật Căn cước 2023 Điều 21).
            let lastRenewal = ruleSet.settings.cardRenewalAges.last { $0 <= birth.age(at: options.asOf) } ?? 14
            let issued = min(birth.adding(years: lastRenewal).adding(days: rng.int(10, 300)).dayNumber, options.asOf.adding(days: -10).dayNumber)
            t["ngay_cap"] = SimpleDate(dayNumber: issued).description
            t["so_dien_thoai"] = mobile(&rng)
            t["email"] = email(p, &rng, domain: "hcm.edu.vn")
            t["vi_tri"] = role.position
            t["trinh_do"] = Weighted([("Đại học", 70.0), ("Thạc sĩ", 20), ("Cao đẳng", 8), ("Tiến sĩ", 2)]).draw(&rng)
            t["mon_day"] = role.role == "Giáo viên" ? rng.pick(SampleData.subjects) : ""
            t["loai_hop_dong"] = rng.chance(0.85) ? "Viên chức" : "Hợp đồng lao động"
            t["ngay_tuyen_dung"] = SimpleDate(dayNumber: hired).description
            t["trang_thai"] = Weighted([("Đang làm việc", 96.0), ("Chuyển đến", 3), ("Chờ nghỉ hưu", 1)]).draw(&rng)
            t["xac_thuc_dan_cu"] = rng.chance(0.96) ? "Có" : "Không"
            t["muc_vneid"] = Weighted([("Mức 2", 86.0), ("Mức 1", 10), ("Chưa có", 4)]).draw(&rng)
            t["ngay_cap_nhat"] = recent(&rng)
            w.table = t

            if let k = kind {
                if !plantStaff(k, p: p, birth: birth, province: province.code, reference: reference, &w) {
                    _ = plantText("caps", "ho_ten", &w)
                }
            } else {
                reference = w.table["ma_can_bo"]
            }
            try emit(&w)
        }
    }

    private func plantStaff(
        _ kind: String, p: Person, birth: SimpleDate, province: String, reference: String?,
        _ w: inout FileWriter
    ) -> Bool {
        if let planted = plantContact(kind, p: p, birth: birth, province: province, &w) { return planted }
        var rng = w.plantRNG
        defer { w.plantRNG = rng }
        switch kind {
        case "blank-name": w.table["ho_ten"] = ""; w.mark("ho_ten", RequiredFieldCheck.id, kind)
        case "blank-position": w.table["vi_tri"] = ""; w.mark("vi_tri", RequiredFieldCheck.id, kind)
        case "placeholder-position":
            w.table["vi_tri"] = rng.pick(["N/A", "không có", "...", "-"])
            w.mark("vi_tri", PlaceholderCheck.id, kind)
        case "dup-code":
            guard let reference else { return false }
            w.table["ma_can_bo"] = reference
            w.mark("ma_can_bo", DuplicateKeyCheck.id, kind)
        case "date-nonexistent", "date-future", "stale": w.plantRNG = rng; plantDate(kind, "ngay_cap_nhat", &w); rng = w.plantRNG
        case "age-range": w.mark("ngay_sinh", AgeRangeCheck.id, kind)
        case "retirement":
            w.table["trang_thai"] = "Đang làm việc"
            w.mark("ngay_sinh", RetirementAgeCheck.id, kind)
        case "cmnd":
            w.table["so_dinh_danh"] = "0" + String(rng.int(20, 38)) + rng.digits(6)
            w.table["ngay_cap"] = ""
            w.mark("so_dinh_danh", ExpiredCMNDCheck.id, kind)
        case "card-expired":
            guard birth.age(at: options.asOf) >= 26 else { return false }
            w.table["ngay_cap"] = birth.adding(years: 20).adding(days: rng.int(30, 300)).description
            w.mark("ngay_cap", CardRenewalCheck.id, kind)
        case "gender-not-allowed":
            w.table["gioi_tinh"] = rng.pick(["Khác", "Không rõ"])
            w.mark("gioi_tinh", AllowedValueCheck.id, kind)
        case "status-synonym":
            guard w.table["trang_thai"] == "Đang làm việc" else { return false }
            w.table["trang_thai"] = rng.pick(["Đang làm", "đang công tác", "dang lam viec"])
            w.mark("trang_thai", ValueSynonymCheck.id, kind)
        case "status-not-allowed":
            w.table["trang_thai"] = rng.pick(["Đang dạy", "Tạm nghỉ", "Nghỉ thai sản 6 tháng"])
            w.mark("trang_thai", AllowedValueCheck.id, kind)
        case "caps", "double-space", "nfd", "invisible", "mojibake": return plantText(kind, "ho_ten", &w)
        default: return false
        }
        return true
    }

    // MARK: - truong

    static let schoolKinds = [
        "phone-invalid", "email-invalid", "ward-code", "number-range", "type-synonym", "level-not-allowed",
        "blank-address", "stale", "placeholder-principal"
    ]

    private func writeSchool(_ school: School, _ w: inout FileWriter) throws {
        var rng = SplitMix64(seed: options.seed, UInt64(school.index), 0x7A0)
        let kind = w.draw(Self.schoolKinds, rate: options.defectRate)
        let principal = staffIdentity(school.index, 0).1
        let classes = school.grades.count * school.classesPerGrade
        let teachers = (0..<options.staff).filter { staffRole($0).role == "Giáo viên" }.count
        var t = w.table
        t.clear()
        t["ma_truong"] = school.code
        t["ten_truong"] = school.name
        t["ma_don_vi"] = "79" + SampleText.pad(school.index % 1000, 3)
        t["cap_hoc"] = school.level
        t["trang_thai"] = "Đang hoạt động"
        t["loai_hinh_dao_tao"] = "Chính quy"
        t["loai_hinh_truong"] = rng.chance(0.9) ? "Công lập" : "Tư thục"
        t["dia_chi"] = school.address
        t["ma_xa_phuong"] = "26" + SampleText.pad(rng.int(700, 999), 3)
        t["ma_tinh_thanh"] = "79"
        t["chuan_quoc_gia"] = rng.pick(["Mức độ 1", "Mức độ 2", "Chưa đạt"])
        t["vung_kho_khan"] = "Không"
        t["vung_bien_gioi"] = "Không"
        t["chi_bo_dang"] = "Có"
        t["website"] = "https://" + SampleText.ascii(school.name) + ".hcm.edu.vn"
        t["so_dien_thoai"] = "028" + rng.digits(8)
        t["email"] = SampleText.ascii(school.name) + "@hcm.edu.vn"
        t["ngay_thanh_lap"] = date(&rng, year: rng.int(1975, 2015)).description
        t["ten_hieu_truong"] = principal.name
        t["sdt_hieu_truong"] = mobile(&rng)
        t["id_so"] = "79"
        t["so_diem_truong"] = "1"
        t["so_lop"] = String(min(classes, 300))
        t["so_hoc_sinh"] = String(min(options.students, 15_000))
        t["so_giao_vien"] = String(min(teachers, 1000))
        t["so_can_bo"] = String(min(options.staff, 1500))
        t["nam_hoc"] = "\(schoolYear)-\(schoolYear + 1)"
        t["ngay_cap_nhat"] = recent(&rng, within: 200)
        w.table = t
        if let kind {
            var prng = w.plantRNG
            switch kind {
            case "phone-invalid": plantPhone(kind, "so_dien_thoai", &w)
            case "email-invalid": plantEmail("email", &w, name: school.name)
            case "ward-code": w.table["ma_xa_phuong"] = prng.digits(4); w.mark("ma_xa_phuong", CodeFormatCheck.id, kind)
            case "number-range": w.table["so_diem_truong"] = String(prng.int(60, 120)); w.mark("so_diem_truong", NumberCheck.id, kind)
            case "type-synonym":
                w.table["loai_hinh_truong"] = w.table["loai_hinh_truong"] == "Công lập" ? "Trường công lập" : "Ngoài công lập"
                w.mark("loai_hinh_truong", ValueSynonymCheck.id, kind)
            case "level-not-allowed": w.table["cap_hoc"] = "Cấp 4"; w.mark("cap_hoc", AllowedValueCheck.id, kind)
            case "blank-address": w.table["dia_chi"] = ""; w.mark("dia_chi", RequiredFieldCheck.id, kind)
            case "placeholder-principal": w.table["ten_hieu_truong"] = "N/A"; w.mark("ten_hieu_truong", PlaceholderCheck.id, kind)
            default: plantDate("stale", "ngay_cap_nhat", &w)
            }
            _ = prng
        }
        try emit(&w)
    }

    // MARK: - co_so_vat_chat

    static let facilityKinds = [
        "blank-name", "area-blank", "area-range", "quantity-negative", "kind-not-allowed",
        "condition-synonym", "year-range", "dup-code", "stale", "double-space"
    ]

    private func writeFacilities(_ school: School, _ w: inout FileWriter) throws {
        var rng = SplitMix64(seed: options.seed, UInt64(school.index), 0xC50)
        let classrooms = min(200, school.grades.count * school.classesPerGrade)
        let rooms = classrooms + 8
        let items = min(300, max(6, options.staff / 2 + 4))
        var reference: String?
        for k in 0..<(rooms + items) {
            let kind = w.draw(Self.facilityKinds, rate: options.defectRate)
            var t = w.table
            t.clear()
            let isRoom = k < rooms
            if isRoom {
                let roomKind = k < classrooms ? "Phòng học" : SampleData.roomKinds[1 + (k - classrooms) % (SampleData.roomKinds.count - 1)]
                t["ma_tai_san"] = "P" + SampleText.pad(k + 1, 3)
                t["ten"] = roomKind == "Phòng học" ? "Phòng học \(k + 1)" : "\(roomKind) \(k - classrooms + 1)"
                t["loai"] = roomKind
                t["loai_cong_trinh"] = rng.chance(0.85) ? "Kiên cố" : "Bán kiên cố"
                t["dien_tich"] = roomKind == "Sân chơi" ? String(rng.int(600, 3000)) : String(rng.int(45, 90))
                t["so_cho_ngoi"] = roomKind == "Phòng học" ? String(rng.int(36, 45)) : ""
                t["don_vi_tinh"] = "Phòng"
                t["vi_tri"] = "Dãy \(["A", "B", "C"][rng.int(3)]), tầng \(rng.int(1, 4))"
            } else {
                let e = rng.pick(SampleData.equipment)
                t["ma_tai_san"] = "TB" + SampleText.pad(k - rooms + 1, 4)
                t["ten"] = e.name
                t["loai"] = e.kind
                t["so_luong"] = String(rng.int(1, 45))
                t["don_vi_tinh"] = e.unit
                t["mon_hoc"] = e.kind == "Thiết bị dạy học" ? rng.pick(SampleData.subjects) : ""
                t["khoi_lop"] = "\(school.grades.first!)-\(school.grades.last!)"
                t["vi_tri"] = rng.pick(["Phòng tin học 1", "Thư viện", "Phòng thiết bị 1", "Văn phòng"])
            }
            t["tinh_trang"] = Weighted([("Tốt", 75.0), ("Khá", 18), ("Cần sửa chữa", 7)]).draw(&rng)
            t["nam_su_dung"] = String(rng.int(2000, options.asOf.year))
            t["nguyen_gia"] = String(rng.int(5, 900) * 100_000)
            t["diem_truong"] = "Điểm chính"
            t["ma_truong"] = school.code
            t["ngay_cap_nhat"] = recent(&rng)
            w.table = t
            if let kind {
                var prng = w.plantRNG
                switch kind {
                case "blank-name": w.table["ten"] = ""; w.mark("ten", RequiredFieldCheck.id, kind)
                case "area-blank" where isRoom:
                    w.table["dien_tich"] = ""; w.mark("dien_tich", ConditionalRequiredCheck.id, kind)
                case "area-range" where isRoom:
                    w.table["dien_tich"] = String(prng.int(25_000, 90_000)); w.mark("dien_tich", NumberCheck.id, kind)
                case "quantity-negative" where !isRoom:
                    w.table["so_luong"] = "-" + String(prng.int(1, 9)); w.mark("so_luong", NumberCheck.id, kind)
                case "kind-not-allowed":
                    w.table["loai"] = prng.pick(["Phòng ngủ giáo viên", "Ký túc xá", "Xe buýt"])
                    w.mark("loai", AllowedValueCheck.id, kind)
                case "condition-synonym":
                    let synonyms = ["Tốt": "Còn tốt", "Khá": "Trung bình", "Cần sửa chữa": "Hư hỏng nhẹ"]
                    w.table["tinh_trang"] = synonyms[w.table["tinh_trang"]] ?? "Còn tốt"
                    w.mark("tinh_trang", ValueSynonymCheck.id, kind)
                case "year-range":
                    w.table["nam_su_dung"] = String(prng.int(1700, 1899)); w.mark("nam_su_dung", YearCheck.id, kind)
                case "dup-code" where reference != nil:
                    w.table["ma_tai_san"] = reference!; w.mark("ma_tai_san", DuplicateKeyCheck.id, kind)
                case "double-space":
                    w.table["ten"] = SampleText.doubleSpace(w.table["ten"]) ?? w.table["ten"] + " "
                    w.mark("ten", SpacesCheck.id, kind)
                default: w.plantRNG = prng; plantDate("stale", "ngay_cap_nhat", &w); prng = w.plantRNG
                }
                w.plantRNG = prng
            } else {
                reference = w.table["ma_tai_san"]
            }
            try emit(&w)
        }
    }

    // MARK: - hoc_lieu_so

    static let materialKinds = [
        "blank-author", "kind-not-allowed", "kind-synonym", "grade-invalid", "number-range", "dup-code",
        "stale", "date-nonexistent", "date-future"
    ]

    private func writeMaterials(_ school: School, _ w: inout FileWriter) throws {
        var rng = SplitMix64(seed: options.seed, UInt64(school.index), 0x41E)
        let count = max(8, min(5000, options.staff * 3))
        let approver = staffIdentity(school.index, 1).1.name
        var reference: String?
        for k in 0..<count {
            let kind = w.draw(Self.materialKinds, rate: options.defectRate)
            let subject = rng.pick(SampleData.subjects)
            let grade = rng.pick(school.grades)
            let author = staffIdentity(school.index, rng.int(max(1, options.staff))).1.name
            let created = options.asOf.adding(days: -rng.int(30, 330))
            let approved = created.adding(days: rng.int(1, 25))
            let code = "HL" + SampleText.pad(k + 1, 5)
            var t = w.table
            t.clear()
            t["ma_hoc_lieu"] = code
            t["ten_hoc_lieu"] = "\(rng.pick(SampleData.lessonTopics)) \(k + 1) - \(subject) \(grade)"
            t["loai_hoc_lieu"] = rng.pick(SampleData.materialKinds)
            t["mon_hoc"] = subject
            t["khoi"] = String(grade)
            t["bai_hoc"] = "Bài \(rng.int(1, 30))"
            t["tac_gia"] = author
            t["nguon"] = rng.pick(["Tự biên soạn", "Tổ chuyên môn", "Sở GDĐT TP.HCM", "NXB Giáo dục Việt Nam"])
            t["dinh_dang"] = rng.pick(["pptx", "pdf", "mp4", "docx", "html"])
            t["dung_luong"] = String(rng.int(1, 500)) + "." + String(rng.int(0, 9))
            t["duong_dan"] = "https://hoclieu.hcm.edu.vn/\(school.code)/\(code)"
            t["he_thong"] = "Kho học liệu số của trường"
            t["trang_thai_duyet"] = approved < options.asOf ? "Đã duyệt" : "Chờ duyệt"
            t["nguoi_duyet"] = approver
            t["ngay_duyet"] = approved < options.asOf ? approved.description : ""
            t["ngay_tao"] = created.description
            t["luot_su_dung"] = String(rng.int(0, 2000))
            t["ma_truong"] = school.code
            t["ngay_cap_nhat"] = (approved < options.asOf ? approved : created).description
            w.table = t
            if let kind {
                var prng = w.plantRNG
                switch kind {
                case "blank-author": w.table["tac_gia"] = ""; w.mark("tac_gia", RequiredFieldCheck.id, kind)
                case "kind-not-allowed":
                    w.table["loai_hoc_lieu"] = prng.pick(["Trò chơi", "Tệp nén", "Bài hát thiếu nhi"])
                    w.mark("loai_hoc_lieu", AllowedValueCheck.id, kind)
                case "kind-synonym":
                    w.table["loai_hoc_lieu"] = prng.pick(["Slide", "Giáo án", "Clip", "SGK điện tử"])
                    w.mark("loai_hoc_lieu", ValueSynonymCheck.id, kind)
                case "grade-invalid":
                    w.table["khoi"] = prng.pick(["13", "14", "Khối 15", "Lớp 20"]); w.mark("khoi", GradeCheck.id, kind)
                case "number-range":
                    w.table["dung_luong"] = "-" + String(prng.int(1, 50)); w.mark("dung_luong", NumberCheck.id, kind)
                case "dup-code" where reference != nil:
                    w.table["ma_hoc_lieu"] = reference!; w.mark("ma_hoc_lieu", DuplicateKeyCheck.id, kind)
                case "date-nonexistent", "date-future":
                    w.plantRNG = prng; plantDate(kind, "ngay_tao", &w); prng = w.plantRNG
                default: w.plantRNG = prng; plantDate("stale", "ngay_cap_nhat", &w); prng = w.plantRNG
                }
                w.plantRNG = prng
            } else {
                reference = code
            }
            try emit(&w)
        }
    }

    // MARK: - he_thong

    static let systemKinds = ["blank-vendor", "flag-synonym", "flag-not-allowed", "number-range", "year-range", "stale"]

    private func writeSystems(_ school: School, _ w: inout FileWriter) throws {
        var rng = SplitMix64(seed: options.seed, UInt64(school.index), 0x5F5)
        let users = min(100_000, options.students + options.staff)
        for (k, s) in SampleData.systems.enumerated() {
            let kind = w.draw(Self.systemKinds, rate: options.defectRate)
            var t = w.table
            t.clear()
            t["ma_he_thong"] = "HT" + SampleText.pad(k + 1, 2)
            t["ten_he_thong"] = s.name
            t["nha_cung_cap"] = s.vendor
            t["loai_he_thong"] = s.kind
            t["dia_chi_truy_cap"] = s.url
            t["ket_noi_csdl"] = s.csdl ? "Có" : "Không"
            t["dang_nhap_sso"] = s.sso ? "Có" : "Không"
            t["ghi_nhan_hoat_dong"] = s.log ? "Có" : "Không"
            t["doi_tuong_su_dung"] = "CBQL, GV, NV, HS"
            t["so_nguoi_dung"] = String(users)
            t["so_nguoi_dung_hoat_dong"] = String(users * rng.int(40, 80) / 100)
            t["trang_thai_su_dung"] = "Đang sử dụng"
            t["nam_trien_khai"] = String(rng.int(2015, options.asOf.year))
            t["nguoi_phu_trach"] = staffIdentity(school.index, min(2, max(0, options.staff - 1))).1.name
            t["ma_truong"] = school.code
            t["ngay_cap_nhat"] = recent(&rng, within: 200)
            w.table = t
            if let kind {
                var prng = w.plantRNG
                switch kind {
                case "blank-vendor": w.table["nha_cung_cap"] = ""; w.mark("nha_cung_cap", RequiredFieldCheck.id, kind)
                case "flag-synonym":
                    w.table["ket_noi_csdl"] = s.csdl ? prng.pick(["x", "yes", "đã kết nối"]) : prng.pick(["chưa", "no"])
                    if w.table["ket_noi_csdl"] == "đã kết nối" { w.table["ket_noi_csdl"] = "x" }
                    w.mark("ket_noi_csdl", ValueSynonymCheck.id, kind)
                case "flag-not-allowed":
                    w.table["dang_nhap_sso"] = prng.pick(["Đang triển khai", "Một phần", "Dự kiến 2027"])
                    w.mark("dang_nhap_sso", AllowedValueCheck.id, kind)
                case "number-range":
                    w.table["so_nguoi_dung"] = "-" + String(prng.int(1, 99)); w.mark("so_nguoi_dung", NumberCheck.id, kind)
                case "year-range":
                    w.table["nam_trien_khai"] = String(prng.int(1970, 1990)); w.mark("nam_trien_khai", YearCheck.id, kind)
                default: w.plantRNG = prng; plantDate("stale", "ngay_cap_nhat", &w); prng = w.plantRNG
                }
                w.plantRNG = prng
            }
            try emit(&w)
        }
    }

    // MARK: - hoat_dong

    static let activityKinds = [
        "timestamp-bad", "timestamp-future", "role-not-allowed", "role-synonym", "number-range",
        "blank-user", "dup-event"
    ]

    /// Activity in the 8 weeks before `asOf` (week k = [asOf − 7k, asOf − 7(k−1)) days): 75 % of
    /// staff and 50 % of students are regularly active (4–8 weeks), 40 % of the others show up in
    /// 1–3 weeks; one or two events in an active week.
    private func writeActivity(_ school: School, _ w: inout FileWriter) throws {
        let staffSystems = SampleData.systems.filter(\.log).map(\.name)
        let studentSystems = ["vnEdu", "K12Online", "Sổ liên lạc điện tử", "Kho học liệu số của trường"]
        var lastClean: [String]?
        for u in 0..<(options.staff + options.students) {
            let isStaff = u < options.staff
            let j = isStaff ? u : u - options.staff
            let person = isStaff ? staffIdentity(school.index, j).1 : studentIdentity(school.index, j).1
            let code = isStaff ? staffCode(school.index, j) : studentCode(school.index, j)
            let role = isStaff ? staffRole(j).role : "Học sinh"
            var rng = SplitMix64(seed: options.seed, UInt64(school.index), 0xAC7, UInt64(u))
            let weeks: Int
            if rng.chance(isStaff ? 0.75 : 0.5) { weeks = rng.int(4, 8) } else { weeks = rng.chance(0.4) ? rng.int(1, 3) : 0 }
            guard weeks > 0 else { continue }
            var all = Array(1...8)
            for i in 0..<weeks { all.swapAt(i, i + rng.int(8 - i)) }
            let chosen = all.prefix(weeks).sorted(by: >)
            let login = SampleText.ascii(person.given) + "." + SampleText.ascii(person.family) + String(j)
            for week in chosen {
                let first = rng.int(7)
                var offsets = [first]
                if rng.chance(0.5) { offsets.append((first + rng.int(1, 6)) % 7) }
                for offset in offsets.sorted() {
                    let day = options.asOf.adding(days: -7 * week + offset)
                    let stamp = "\(day.iso) \(SampleText.two(rng.int(6, 22))):\(SampleText.two(rng.int(0, 59))):\(SampleText.two(rng.int(0, 59)))"
                    let kind = w.draw(Self.activityKinds, rate: options.defectRate)
                    var t = w.table
                    t.clear()
                    t["ma_nguoi_dung"] = code
                    t["ten_dang_nhap"] = login
                    t["ho_ten"] = person.name
                    t["vai_tro"] = role
                    t["he_thong"] = rng.pick(isStaff ? staffSystems : studentSystems)
                    t["thoi_diem"] = stamp
                    t["hanh_dong"] = rng.pick(SampleData.actions)
                    t["ket_qua"] = rng.chance(0.97) ? "Thành công" : "Thất bại"
                    t["thoi_luong"] = String(rng.int(1, 120))
                    t["dia_chi_ip"] = "10.\(rng.int(0, 255)).\(rng.int(0, 255)).\(rng.int(1, 254))"
                    t["thiet_bi"] = rng.pick(SampleData.devices)
                    t["ma_truong"] = school.code
                    w.table = t
                    if let kind {
                        var prng = w.plantRNG
                        switch kind {
                        case "timestamp-bad":
                            w.table["thoi_diem"] = prng.pick(["\(day.year)-13-45 25:61:00", "hôm qua 8 giờ", "\(day.iso) 24:75"])
                            w.mark("thoi_diem", TimestampCheck.id, kind)
                        case "timestamp-future":
                            w.table["thoi_diem"] = options.asOf.adding(days: prng.int(2, 60)).iso + " 08:00:00"
                            w.mark("thoi_diem", TimestampCheck.id, kind)
                        case "role-not-allowed":
                            w.table["vai_tro"] = prng.pick(["Khách", "Quản trị viên hệ thống", "Bảo vệ"])
                            w.mark("vai_tro", AllowedValueCheck.id, kind)
                        case "role-synonym":
                            let synonyms = ["Học sinh": "HS", "Giáo viên": "GV", "Nhân viên": "NV", "Cán bộ quản lý": "CBQL"]
                            w.table["vai_tro"] = synonyms[role] ?? "HS"
                            w.mark("vai_tro", ValueSynonymCheck.id, kind)
                        case "number-range":
                            w.table["thoi_luong"] = String(prng.int(1500, 9000)); w.mark("thoi_luong", NumberCheck.id, kind)
                        case "blank-user": w.table["ma_nguoi_dung"] = ""; w.mark("ma_nguoi_dung", RequiredFieldCheck.id, kind)
                        default:  // the previous event exported twice
                            if let lastClean { w.table.values = lastClean } else { w.table["ho_ten"] = person.name.uppercased() }
                            w.mark(
                                lastClean == nil ? "ho_ten" : "ma_nguoi_dung",
                                lastClean == nil ? NameCaseCheck.id : DuplicatePersonCheck.id, kind)
                        }
                        w.plantRNG = prng
                    } else {
                        lastClean = w.table.values
                    }
                    try emit(&w)
                }
            }
        }
    }
}
