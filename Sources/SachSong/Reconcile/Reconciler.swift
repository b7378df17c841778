import CSVInput
import Foundation

/// What a comparison of a school's export with an authoritative extract found.
public struct ReconcileReport: Sendable {
    public var school: String
    public var authoritative: String
    /// The field the records were linked by.
    public var key: String
    public var schoolRows = 0
    public var authoritativeRows = 0
    /// School rows found in the authoritative extract.
    public var matched = 0
    /// Matched rows whose name, birth date and gender agree.
    public var consistent = 0
    public var mismatched = 0
    public var schoolOnly = 0
    public var authoritativeOnly = 0
    /// School rows without a usable key.
    public var withoutKey = 0
    /// Findings on the school's rows, then on the authoritative file's rows.
    public var schoolFindings: [Finding] = []
    public var authoritativeFindings: [Finding] = []

    /// Matched-and-consistent school rows over all school rows: what criterion 3.2 calls
    /// "authenticated"; nil for an empty school file.
    public var authenticatedRate: Double? { schoolRows == 0 ? nil : Double(consistent) / Double(schoolRows) }
}

/// The rules of a reconciliation, as plain descriptions (they are not row checks of a profile).
public enum ReconcileRule: String, CaseIterable, Sendable {
    case schoolOnly = "reconcile.school-only"
    case authoritativeOnly = "reconcile.authoritative-only"
    case nameMismatch = "reconcile.name-mismatch"
    case birthDateMismatch = "reconcile.dob-mismatch"
    case genderMismatch = "reconcile.gender-mismatch"
    case noKey = "reconcile.no-key"
    case duplicateKey = "reconcile.duplicate-key"

    public var severity: Severity {
        switch self {
        case .schoolOnly, .authoritativeOnly, .duplicateKey: return .warning
        default: return .error
        }
    }

    public var summary: String {
        switch self {
        case .schoolOnly: return "Hồ sơ của trường không có trong tệp đối chiếu (chưa xác thực)."
        case .authoritativeOnly: return "Hồ sơ trong tệp đối chiếu không có trong tệp của trường."
        case .nameMismatch: return "Họ tên khác với tệp đối chiếu."
        case .birthDateMismatch: return "Ngày sinh khác với tệp đối chiếu."
        case .genderMismatch: return "Giới tính khác với tệp đối chiếu."
        case .noKey: return "Hồ sơ không có khóa đối chiếu hợp lệ (ví dụ số định danh)."
        case .duplicateKey: return "Khóa đối chiếu lặp lại trong cùng một tệp; chỉ dòng đầu tiên được đối chiếu."
        }
    }
}

/// Links a school's records to an authoritative extract (population-database verification result,
/// shared-database export) by citizen ID or another key. The smaller file's keys and compared
/// attributes are held in memory (about 40 bytes a record); the larger file is streamed.
public final class Reconciler {
    let rules: CompiledRules
    /// Findings kept per rule and side (all are counted).
    public var maxFindingsPerRule = 10_000
    /// How both files are read (their input limits).
    public var read = CSVReadOptions()

    public init(rules: CompiledRules) { self.rules = rules }

    /// One record of the held file.
    struct Held {
        let row: Int32
        let line: Int32
        let name: UInt64
        let birthDay: Int32
        let gender: Int8
        var matched = false
    }

    /// What a row says, for comparison.
    struct Attributes {
        var name: UInt64 = 0
        var nameText: String?
        var birthDay = Int32.min
        var gender: Int8 = -1
    }

    public func reconcile(
        school: String, authoritative: String, key: String = "so_dinh_danh",
        recordType: String? = nil
    ) throws -> ReconcileReport {
        var report = ReconcileReport(school: school, authoritative: authoritative, key: key)
        let schoolIsSmaller = Self.size(school) <= Self.size(authoritative)
        let heldPath = schoolIsSmaller ? school : authoritative
        let streamedPath = schoolIsSmaller ? authoritative : school
        var counts: [String: Int] = [:]

        func add(_ rule: ReconcileRule, onSchool: Bool, row: Int, line: Int, column: String?, value: String?, message: String) {
            let seen = counts[rule.rawValue + (onSchool ? "s" : "a"), default: 0]
            counts[rule.rawValue + (onSchool ? "s" : "a")] = seen + 1
            guard seen < maxFindingsPerRule else { return }
            let finding = Finding(
                file: onSchool ? school : authoritative, row: row, line: line, column: column, value: value,
                rule: rule.rawValue, dimension: .dung, severity: rule.severity, message: message)
            if onSchool { report.schoolFindings.append(finding) } else { report.authoritativeFindings.append(finding) }
        }

        // 1. Hold the smaller file.
        var index: [UInt64: Int] = [:]
        var held: [Held] = []
        let heldTable = try MappedTable(path: heldPath, rules: rules, recordType: recordType, options: read)
        var heldKeyHeader: String?
        try heldTable.read(
            onHeader: { _ in
                try Self.requireKey(heldTable, key: key, path: heldPath)
                heldKeyHeader = heldTable.headers[key]
            },
            onRow: { row in
                if schoolIsSmaller { report.schoolRows += 1 } else { report.authoritativeRows += 1 }
                let attributes = attributesOf(row)
                guard let fingerprint = Self.keyFingerprint(row.bytes(key)) else {
                    if schoolIsSmaller {
                        report.withoutKey += 1
                        add(
                            .noKey, onSchool: true, row: row.row.number, line: row.row.line, column: heldKeyHeader,
                            value: row.text(key), message: "Không có \(heldKeyHeader ?? key) hợp lệ để đối chiếu.")
                    }
                    return
                }
                if index[fingerprint] != nil {
                    add(
                        .duplicateKey, onSchool: schoolIsSmaller, row: row.row.number, line: row.row.line, column: heldKeyHeader,
                        value: row.text(key), message: "\(heldKeyHeader ?? key) «\(row.text(key) ?? "")» lặp lại; chỉ dòng đầu tiên được đối chiếu.")
                    return
                }
                index[fingerprint] = held.count
                held.append(
                    Held(
                        row: Int32(clamping: row.row.number), line: Int32(clamping: row.row.line), name: attributes.name,
                        birthDay: attributes.birthDay, gender: attributes.gender))
            })

        // 2. Stream the larger one.
        let streamed = try MappedTable(path: streamedPath, rules: rules, recordType: recordType ?? heldTable.recordType?.id, options: read)
        var streamedKeyHeader: String?
        try streamed.read(
            onHeader: { _ in
                try Self.requireKey(streamed, key: key, path: streamedPath)
                streamedKeyHeader = streamed.headers[key]
            },
            onRow: { row in
                if schoolIsSmaller { report.authoritativeRows += 1 } else { report.schoolRows += 1 }
                guard let fingerprint = Self.keyFingerprint(row.bytes(key)) else {
                    if !schoolIsSmaller {
                        report.withoutKey += 1
                        add(
                            .noKey, onSchool: true, row: row.row.number, line: row.row.line, column: streamedKeyHeader,
                            value: row.text(key), message: "Không có \(streamedKeyHeader ?? key) hợp lệ để đối chiếu.")
                    }
                    return
                }
                guard let position = index[fingerprint] else {
                    if schoolIsSmaller {
                        report.authoritativeOnly += 1
                        add(
                            .authoritativeOnly, onSchool: false, row: row.row.number, line: row.row.line, column: streamedKeyHeader,
                            value: row.text(key), message: "«\(row.text(key) ?? "")» có trong tệp đối chiếu nhưng không có trong tệp của trường.")
                    } else {
                        report.schoolOnly += 1
                        add(
                            .schoolOnly, onSchool: true, row: row.row.number, line: row.row.line, column: streamedKeyHeader,
                            value: row.text(key), message: "«\(row.text(key) ?? "")» không có trong tệp đối chiếu: hồ sơ chưa được xác thực.")
                    }
                    return
                }
                if held[position].matched { return }
                held[position].matched = true
                report.matched += 1
                let other = held[position]
                let mine = attributesOf(row)
                // Findings go on the school's row; the message names the other file's row.
                let schoolRow = schoolIsSmaller ? Int(other.row) : row.row.number
                let schoolLine = schoolIsSmaller ? Int(other.line) : row.row.line
                let otherRow = schoolIsSmaller ? row.row.number : Int(other.row)
                let otherFile = authoritative
                let schoolName = schoolIsSmaller ? nil : mine.nameText
                var agree = true
                if mine.name != 0, other.name != 0, mine.name != other.name {
                    agree = false
                    add(
                        .nameMismatch, onSchool: true, row: schoolRow, line: schoolLine, column: headerOf("ho_ten"), value: schoolName,
                        message: "Họ tên khác với \(otherFile), dòng dữ liệu \(otherRow)\(schoolIsSmaller ? " («\(mine.nameText ?? "")»)" : "").")
                }
                if mine.birthDay != Int32.min, other.birthDay != Int32.min, mine.birthDay != other.birthDay {
                    agree = false
                    let otherDate = SimpleDate(dayNumber: Int(schoolIsSmaller ? mine.birthDay : other.birthDay))
                    add(
                        .birthDateMismatch, onSchool: true, row: schoolRow, line: schoolLine, column: headerOf("ngay_sinh"), value: nil,
                        message: "Ngày sinh khác với \(otherFile), dòng dữ liệu \(otherRow) (ở đó là \(otherDate)).")
                }
                if mine.gender >= 0, other.gender >= 0, mine.gender != other.gender {
                    agree = false
                    add(
                        .genderMismatch, onSchool: true, row: schoolRow, line: schoolLine, column: headerOf("gioi_tinh"), value: nil,
                        message: "Giới tính khác với \(otherFile), dòng dữ liệu \(otherRow).")
                }
                if agree { report.consistent += 1 } else { report.mismatched += 1 }
            })

        // 3. What the held file has that the streamed one lacks.
        let heldHeader = heldKeyHeader
        for record in held where !record.matched {
            if schoolIsSmaller {
                report.schoolOnly += 1
                add(
                    .schoolOnly, onSchool: true, row: Int(record.row), line: Int(record.line), column: heldHeader, value: nil,
                    message: "Không có trong tệp đối chiếu \(authoritative): hồ sơ chưa được xác thực.")
            } else {
                report.authoritativeOnly += 1
                add(
                    .authoritativeOnly, onSchool: false, row: Int(record.row), line: Int(record.line), column: heldHeader, value: nil,
                    message: "Có trong tệp đối chiếu nhưng không có trong tệp của trường \(school).")
            }
        }
        report.schoolFindings.sort(by: FileChecker.order)
        report.authoritativeFindings.sort(by: FileChecker.order)
        return report

        func headerOf(_ field: String) -> String? {
            schoolIsSmaller ? heldTable.headers[field] : streamed.headers[field]
        }

        func attributesOf(_ row: MappedRow) -> Attributes {
            var result = Attributes()
            if let name = row.text("ho_ten") {
                result.nameText = name
                result.name = KeyFingerprint(Array(NameKey.of(name).utf8)).value
            }
            if case .date(let date, _) = DateParser.parse(row.bytes("ngay_sinh")) { result.birthDay = Int32(date.dayNumber) }
            if let gender = row.text("gioi_tinh").flatMap({ rules.canonicalValue($0, list: "gioi_tinh") }) {
                result.gender = gender == Gender.male.rawValue ? 0 : 1
            }
            return result
        }
    }

    /// The key of a value (see `KeyNormalizer`).
    static func keyFingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var normalizer = KeyNormalizer()
        return normalizer.fingerprint(bytes)
    }

    static func requireKey(_ table: MappedTable, key: String, path: String) throws {
        let type = table.recordType
        guard let type else {
            throw ReconcileError(message: "\(path): không nhận ra loại hồ sơ từ dòng tiêu đề (dùng --type).")
        }
        guard let field = type.field(key) else {
            throw ReconcileError(message: "\(path): loại hồ sơ «\(type.id)» không có trường «\(key)».")
        }
        guard table.headers[key] != nil else {
            throw ReconcileError(message: "\(path): không có cột «\(field.header)» (khóa đối chiếu «\(key)»).")
        }
    }

    static func size(_ path: String) -> Int64 {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? Int64.max
    }
}

/// A reconciliation that cannot start (unrecognised file, no key column).
public struct ReconcileError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
