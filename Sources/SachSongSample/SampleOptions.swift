import SachSong
/// How the files of a sample are written: the forms real exports take.
public enum SampleVariant: String, CaseIterable, Sendable {
    /// UTF-8 without BOM, comma.
    case utf8
    /// UTF-8 with BOM, comma (Excel "CSV UTF-8").
    case utf8BOM = "utf8-bom"
    /// UTF-8 with BOM, semicolon (Excel in a Vietnamese or European locale).
    case semicolon
    /// UTF-16 LE with BOM, tab (Excel "Unicode text").
    case utf16
    /// UTF-8, comma, headers written with an alias instead of the canonical header.
    case aliases
    /// Each file takes one of the variants above in turn.
    case mixed

    /// The encoding a reader must detect (`TextEncoding` raw value).
    public var encodingName: String {
        switch self {
        case .utf8, .aliases: return "utf-8"
        case .utf8BOM, .semicolon: return "utf-8-bom"
        case .utf16: return "utf-16le"
        case .mixed: return "mixed"
        }
    }

    /// The delimiter a reader must sniff.
    public var delimiter: UInt8 {
        switch self {
        case .semicolon: return UInt8(ascii: ";")
        case .utf16: return UInt8(ascii: "\t")
        default: return UInt8(ascii: ",")
        }
    }

    /// The concrete variant of one file: `mixed` cycles through the others.
    func resolved(fileNumber: Int) -> SampleVariant {
        guard self == .mixed else { return self }
        let concrete: [SampleVariant] = [.utf8, .utf8BOM, .semicolon, .utf16, .aliases]
        return concrete[fileNumber % concrete.count]
    }
}

/// What `sachsong sample` generates.
public struct SampleOptions: Sendable {
    public var schools: Int
    public var students: Int
    public var staff: Int
    /// Share of data rows that carry one planted problem (0 … 1).
    public var defectRate: Double
    public var seed: UInt64
    /// Reference date: ages, card requirements, freshness and activity weeks are computed at it.
    public var asOf: SimpleDate
    public var variant: SampleVariant
    /// Record types to write (nil: every record type of the default profile).
    public var recordTypes: Set<String>?
    /// Ward folders to spread the schools over (0: schools directly under the output folder).
    public var groups = 0

    public init(
        schools: Int, students: Int, staff: Int, defectRate: Double = 0, seed: UInt64 = 1,
        asOf: SimpleDate, variant: SampleVariant = .utf8, recordTypes: Set<String>? = nil
    ) {
        self.schools = schools
        self.students = students
        self.staff = staff
        self.defectRate = defectRate
        self.seed = seed
        self.asOf = asOf
        self.variant = variant
        self.recordTypes = recordTypes
    }
}

/// One planted problem: the answer key entry.
public struct SamplePlant: Sendable, Equatable, Codable {
    /// Path relative to the output folder (`truong_001/hoc_sinh.csv`).
    public var file: String
    /// 1-based data row (header excluded).
    public var row: Int
    /// Header as written in the file.
    public var column: String
    /// Rule id `check` reports.
    public var rule: String
    /// What was planted (`cccd-gender`, `caps`…).
    public var kind: String

    public init(file: String, row: Int, column: String, rule: String, kind: String) {
        self.file = file
        self.row = row
        self.column = column
        self.rule = rule
        self.kind = kind
    }
}

/// What was written.
public struct SampleSummary: Sendable {
    public var files: [(path: String, rows: Int, variant: SampleVariant)] = []
    public var planted = 0
    public var rows: Int { files.reduce(0) { $0 + $1.rows } }
}
