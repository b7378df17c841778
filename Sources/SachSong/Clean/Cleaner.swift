import CSVInput
import ExcelInput
import Foundation

/// How `clean` runs.
public struct CleanOptions: Sendable {
    /// Fixes to apply (rule ids); all when empty.
    public var only: Set<String> = []
    /// Fixes not to apply (rule ids).
    public var except: Set<String> = []
    /// Force the record type.
    public var recordType: String?
    public var asOf: SimpleDate
    /// The sheet of a workbook (a name or a 1-based number); nil: the first with data.
    public var sheet: String?
    /// How the file is read (its input limits).
    public var read = CSVReadOptions()

    public init(asOf: SimpleDate) { self.asOf = asOf }

    var fixes: [CellFix] {
        CellFix.allCases.filter { (only.isEmpty || only.contains($0.rawValue)) && !except.contains($0.rawValue) }
    }
}

/// One changed cell.
public struct CellChange: Sendable, Equatable {
    public var row: Int
    public var line: Int
    public var column: String
    /// 0-based column index (the sheet column of a workbook, A = 0).
    public var columnIndex: Int
    public var old: String
    public var new: String
    /// The fixes that changed it, joined with "+".
    public var rule: String
}

/// What cleaning a file did.
public struct CleanReport: Sendable {
    public var path: String
    public var recordType: String?
    public var encoding: String
    public var rows = 0
    public var changedCells = 0
    public var changedRows = 0
    public var changesByRule: [String: Int] = [:]
    /// Rows copied through unchanged because their shape differs from the header.
    public var skippedRows: [(row: Int, line: Int, message: String)] = []
    /// Structural problems of the input.
    public var issues: [InputIssue] = []
}

/// Streams a file, applies the safe fixes to every mapped cell, and writes the same rows, columns
/// and header (title rows and blank rows included) through `CSVWriter`, reporting each change to
/// `onChange`. The input is only read.
public final class Cleaner {
    let rules: CompiledRules
    let options: CleanOptions
    /// Rows read before deciding which text columns are in a legacy font encoding: as many as
    /// `check` samples, so that both decide alike.
    static let legacySample = LegacyFontCheck.sampleRows

    public init(rules: CompiledRules, options: CleanOptions) {
        self.rules = rules
        self.options = options
    }

    /// The delimiter, line ending and BOM the output should keep, known after the first chunk;
    /// `makeWriter` is called once, before any row is written.
    public func clean(
        path: String, makeWriter: (any RecordSource) throws -> any RecordWriter,
        onChange: (CellChange) throws -> Void
    ) throws -> CleanReport {
        try withoutActuallyEscaping(makeWriter) { makeWriter in
            try withoutActuallyEscaping(onChange) { onChange in
                try run(path: path, makeWriter: makeWriter, onChange: onChange)
            }
        }
    }

    private func run(
        path: String, makeWriter: @escaping (any RecordSource) throws -> any RecordWriter,
        onChange: @escaping (CellChange) throws -> Void
    ) throws -> CleanReport {
        let reader = try RecordSources.open(path: path, options: options.read, sheet: options.sheet)
        let table = RecordTable(reader: reader, headerPolicy: rules.headerPolicy())
        var report = CleanReport(path: path, encoding: "")
        var writer: (any RecordWriter)?
        var columns: [(index: Int, header: String, field: FieldRule, matcher: ValueMatcher?)] = []
        var width = 0
        var identity: (id: Int, birth: Int?, gender: Int?)?
        let cellCleaner = CellCleaner(fixes: options.fixes.filter { $0 != .identityLostZero && $0 != .legacyFont }, phones: rules.phones)
        let restoreZero = options.fixes.contains(.identityLostZero)
        let provinces = rules.provinces
        // Legacy-font text is decided per column from the first rows: they wait in `queue`
        // (with the title and blank rows among them, to keep the order) until the decision.
        let legacyFix = options.fixes.contains(.legacyFont)
        let workbook = reader as? any WorkbookSource
        var legacyColumns: [Int] = []
        var decided: [Int: LegacyEncoding]?
        var queue: [(record: OwnedRecord, number: Int?)] = []
        var queuedRows = 0
        var samples: [Int: [String]] = [:]

        func output() throws -> any RecordWriter {
            if let writer { return writer }
            let made = try makeWriter(reader)
            writer = made
            return made
        }

        try table.read(
            onHeader: { header in
                width = header.names.count
                try output().write(header.names)
                guard let mapping = rules.mapping(header: header.names, fileName: (path as NSString).lastPathComponent, type: options.recordType)
                else { return }
                report.recordType = mapping.recordType.id
                columns = mapping.columns.map { entry in
                    let field = mapping.recordType.fields[entry.field]
                    return (entry.column, header.names[entry.column], field, rules.matcher(for: field))
                }
                if legacyFix { legacyColumns = columns.filter { $0.field.type.isText }.map(\.index) }
                // A workbook keeps identity numbers, phones and codes as text, so their zeros survive.
                try output().declareTextColumns(Set(columns.filter { [.citizenID, .phone, .code].contains($0.field.type) }.map(\.index)))
                if let rule = mapping.recordType.identity {
                    let index = { (id: String?) in columns.firstIndex { $0.field.id == id } }
                    if let id = index(rule.citizenID) { identity = (id, index(rule.birthDate), index(rule.gender)) }
                }
            },
            onRow: { row in
                if legacyFix, decided == nil, !legacyColumns.isEmpty {
                    for index in legacyColumns where index < row.record.count && row.record[index].contains(where: { $0 >= 0x80 }) {
                        samples[index, default: []].append(row.record.string(index))
                    }
                    queue.append((row.record.owned(), row.number))
                    queuedRows += 1
                    if queuedRows >= Self.legacySample { try decide() }
                    return
                }
                try process(row.record, number: row.number)
            },
            onOther: { record in
                if !queue.isEmpty { queue.append((record.owned(), nil)) } else { try output().write(record) }
            })
        if decided == nil { try decide() }

        /// Decides the legacy columns (the workbook's font first, else the cells' syllables), then
        /// writes the rows that waited.
        func decide() throws {
            var result: [Int: LegacyEncoding] = [:]
            for index in legacyColumns {
                let values = samples[index] ?? []
                guard values.contains(where: LegacyTextDetector.isCandidate) else { continue }
                if let encoding = workbook?.legacyFonts[index]?.encoding ?? LegacyTextDetector.detectColumn(values) {
                    result[index] = encoding
                }
            }
            decided = result
            samples = [:]
            let waiting = queue
            queue = []
            for entry in waiting {
                try entry.record.withRaw { raw in
                    if let number = entry.number { try process(raw, number: number) } else { try output().write(raw) }
                }
            }
        }

        func process(_ record: RawRecord, number: Int) throws {
            report.rows += 1
            let row = (number: number, line: record.line)
            guard record.count == width else {
                report.skippedRows.append((row.number, row.line, "số trường (\(record.count)) khác số cột (\(width)); chép nguyên"))
                try output().write(record)
                return
            }
            // Cells are turned into Strings only when a fix may apply; an untouched row is copied as bytes.
            var changes: [(index: Int, value: String)] = []
            for column in columns where column.index < record.count {
                let bytes = record[column.index]
                let legacy = decided?[column.index]
                guard legacy != nil || cellCleaner.mayChange(bytes, field: column.field, matcher: column.matcher) else { continue }
                let old = record.string(column.index)
                var current = old
                var applied: [String] = []
                if let encoding = legacy, LegacyTextDetector.isCandidate(old),
                    let decoded = LegacyDecoder.decode(cp1252Text: old, as: encoding), decoded != old
                {
                    current = decoded
                    applied.append(CellFix.legacyFont.rawValue)
                }
                // A placeholder stays a finding for a person, as the checks report it.
                if !current.isEmpty, column.field.type.hasOwnValues || !rules.isPlaceholder(current),
                    let (new, more) = cellCleaner.clean(current, field: column.field, matcher: column.matcher)
                {
                    current = new
                    applied += more
                }
                guard !applied.isEmpty else { continue }
                changes.append((column.index, current))
                try note(
                    CellChange(
                        row: row.number, line: row.line, column: column.header, columnIndex: column.index, old: old, new: current,
                        rule: applied.joined(separator: "+")), applied)
            }
            if restoreZero, let identity, columns[identity.id].index < record.count,
                record.length(columns[identity.id].index) >= 11
            {
                let idColumn = columns[identity.id]
                let value = changes.last(where: { $0.index == idColumn.index })?.value ?? record.string(idColumn.index)
                if case .lostLeadingZero(let restored) = CitizenID.shape(of: value), let id = CitizenID(digits: restored) {
                    func text(_ i: Int) -> String {
                        changes.last(where: { $0.index == columns[i].index })?.value ?? record.string(columns[i].index)
                    }
                    let birth = identity.birth.flatMap { i -> SimpleDate? in
                        if case .date(let d, _) = DateParser.parse(text(i)) { return d }
                        return nil
                    }
                    let gender = identity.gender.flatMap { rules.canonicalValue(text($0), list: "gioi_tinh") }
                        .flatMap(Gender.init(canonical:))
                    let verdict = IdentityVerdict(id: id, birth: birth, gender: gender, provinces: provinces)
                    if birth != nil, verdict.problems.isEmpty {
                        changes.append((idColumn.index, restored))
                        try note(
                            CellChange(
                                row: row.number, line: row.line, column: idColumn.header, columnIndex: idColumn.index, old: value, new: restored,
                                rule: CellFix.identityLostZero.rawValue), [CellFix.identityLostZero.rawValue])
                    }
                }
            }
            guard !changes.isEmpty else {
                try output().write(record)
                return
            }
            report.changedRows += 1
            var fields = record.strings()
            for change in changes { fields[change.index] = change.value }
            try output().write(fields)
        }

        func note(_ change: CellChange, _ applied: [String]) throws {
            report.changedCells += 1
            for rule in applied { report.changesByRule[rule, default: 0] += 1 }
            try onChange(change)
        }

        _ = try output()
        try writer?.flush()
        report.encoding = reader.encoding.displayName
        report.issues = table.log.issues
        return report
    }
}
