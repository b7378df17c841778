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

    public init(rules: CompiledRules, options: CleanOptions) {
        self.rules = rules
        self.options = options
    }

    /// The delimiter, line ending and BOM the output should keep, known after the first chunk;
    /// `makeWriter` is called once, before any row is written.
    public func clean(path: String, makeWriter: (any RecordSource) throws -> CSVWriter,
                      onChange: (CellChange) throws -> Void) throws -> CleanReport {
        try withoutActuallyEscaping(makeWriter) { makeWriter in
            try withoutActuallyEscaping(onChange) { onChange in
                try run(path: path, makeWriter: makeWriter, onChange: onChange)
            }
        }
    }

    private func run(path: String, makeWriter: @escaping (any RecordSource) throws -> CSVWriter,
                     onChange: @escaping (CellChange) throws -> Void) throws -> CleanReport {
        let reader = try RecordSources.open(path: path, sheet: options.sheet)
        let detector = rules.detector
        let table = CSVTable(reader: reader, headerPolicy: .detect(scan: 30, minimumScore: 2, accept: 4,
                                                                    score: { detector.headerScore($0) }))
        var report = CleanReport(path: path, encoding: "")
        var writer: CSVWriter?
        var columns: [(index: Int, header: String, field: FieldRule, matcher: ValueMatcher?)] = []
        var width = 0
        var identity: (id: Int, birth: Int?, gender: Int?)?
        let cellCleaner = CellCleaner(fixes: options.fixes.filter { $0 != .identityLostZero })
        let restoreZero = options.fixes.contains(.identityLostZero)
        let provinces = rules.provinces

        func output() throws -> CSVWriter {
            if let writer { return writer }
            let made = try makeWriter(reader)
            writer = made
            return made
        }

        try table.read(onHeader: { header in
            width = header.names.count
            try output().write(header.names)
            let mapping: HeaderMapping?
            if let forced = options.recordType, let type = rules.ruleSet.recordType(forced) {
                mapping = detector.mapping(header: header.names, type: type)
            } else {
                mapping = detector.detect(header: header.names, fileName: (path as NSString).lastPathComponent)
            }
            guard let mapping else { return }
            report.recordType = mapping.recordType.id
            columns = mapping.columns.map { entry in
                let field = mapping.recordType.fields[entry.field]
                return (entry.column, header.names[entry.column], field, rules.matcher(for: field))
            }
            if let rule = mapping.recordType.identity {
                let index = { (id: String?) in columns.firstIndex { $0.field.id == id } }
                if let id = index(rule.citizenID) { identity = (id, index(rule.birthDate), index(rule.gender)) }
            }
        }, onRow: { row in
            report.rows += 1
            let record = row.record
            var fields = record.strings()
            guard record.count == width else {
                report.skippedRows.append((row.number, row.line, "số trường (\(record.count)) khác số cột (\(width)); chép nguyên"))
                try output().write(fields)
                return
            }
            var changed = false
            for (position, column) in columns.enumerated() where column.index < fields.count {
                let old = fields[column.index]
                // A placeholder stays a finding for a person, as the checks report it.
                guard !old.isEmpty, column.field.type.hasOwnValues || !rules.isPlaceholder(old),
                      let (new, applied) = cellCleaner.clean(old, field: column.field, matcher: column.matcher) else {
                    continue
                }
                fields[column.index] = new
                changed = true
                try note(CellChange(row: row.number, line: row.line, column: column.header, old: old, new: new,
                                    rule: applied.joined(separator: "+")), applied)
                _ = position
            }
            if restoreZero, let identity {
                let idColumn = columns[identity.id]
                let value = fields[idColumn.index]
                if case .lostLeadingZero(let restored) = CitizenID.shape(of: value), let id = CitizenID(digits: restored) {
                    let birth = identity.birth.flatMap { i -> SimpleDate? in
                        if case .date(let d, _) = DateParser.parse(fields[columns[i].index]) { return d }
                        return nil
                    }
                    let gender = identity.gender.flatMap { rules.canonicalValue(fields[columns[$0].index], list: "gioi_tinh") }
                        .flatMap(Gender.init(canonical:))
                    let verdict = IdentityVerdict(id: id, birth: birth, gender: gender, provinces: provinces)
                    if birth != nil, verdict.problems.isEmpty {
                        fields[idColumn.index] = restored
                        changed = true
                        try note(CellChange(row: row.number, line: row.line, column: idColumn.header, old: value, new: restored,
                                            rule: CellFix.identityLostZero.rawValue), [CellFix.identityLostZero.rawValue])
                    }
                }
            }
            if changed { report.changedRows += 1 }
            try output().write(fields)
        }, onOther: { record in
            try output().write(record)
        })

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
