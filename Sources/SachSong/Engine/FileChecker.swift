import CSVInput
import ExcelInput
import Foundation

/// Checks one file in one pass: every row goes through every check once; findings are
/// collected with their row, line and column; nothing is re-read.
public final class FileChecker: @unchecked Sendable {
    let rules: CompiledRules
    let options: CheckOptions

    public init(rules: CompiledRules, options: CheckOptions) {
        self.rules = rules
        self.options = options
    }

    /// Checks the file at `path` (`-` for standard input). Throws only when the file cannot be
    /// opened or read at all. A large UTF-8 file is read as two parts on two cores
    /// (`SegmentedFileCheck`); whatever that cannot vouch for is checked whole, as it always was.
    public func check(path: String) throws -> FileReport {
        // A regular file over the input limit is refused before it is read (its parts would
        // each stay under it).
        if Self.fileSize(path) > options.maxInputBytes {
            throw CSVInputError.inputTooLarge(path: path, limit: options.maxInputBytes, option: "--max-input-bytes hoặc SACHSONG_MAX_INPUT_BYTES")
        }
        var report: FileReport
        if let split = SegmentedFileCheck.splitPoint(path: path, options: options),
            let segmented = try SegmentedFileCheck(checker: self, path: path, split: split).run()
        {
            report = segmented
        } else {
            report = try checkWhole(path: path)
        }
        FirstOccurrences.add(to: &report, options: options)
        SameCellFindings.merge(&report)
        return report
    }

    /// Checks the whole file in one pass on this thread (and a second one for its rows when
    /// the file is large).
    func checkWhole(path: String) throws -> FileReport {
        let reader = try RecordSources.open(path: path, options: options.readOptions(chunkSize: options.readChunkBytes), sheet: options.sheet)
        let table = RecordTable(reader: reader, headerPolicy: headerPolicy)
        let collector = FindingCollector(file: path, options: options)
        var started: Started?
        var unrecognised = false
        let size = Self.fileSize(path)
        let feed = RowFeed(pipeline: RowPipeline(threaded: Self.worthAThread(size), fileBytes: size))
        try feed.read {
            try table.read(
                onHeader: { header in
                    started = begin(header: header, path: path, reader: reader, collector: collector)
                    guard let started else {
                        unrecognised = true
                        return
                    }
                    feed.start(started.run, damage: started.damage)
                },
                onRow: feed.add)
        }
        return report(
            path: path, reader: reader, table: table, rows: table.rowCount, collector: collector,
            started: started, unrecognised: unrecognised)
    }

    /// What checking a file needs once its header is known.
    struct Started: @unchecked Sendable {
        let header: Header
        let mapping: HeaderMapping
        let plan: FilePlan
        /// The state the read keeps: each part a ``PartState``, joined in ``absorb(_:at:)``.
        let collector: FindingCollector
        let run: RowChecker
        let damage: ExcelDamage

        /// Joins the state of `later`, the next part of the same file, to this one: Excel's
        /// damage, then the findings, then the keys (whose repeats across the cut are reported
        /// into the joined findings). False when the parts cannot be joined exactly.
        func absorb(_ later: Started, at cut: PartCut) -> Bool {
            damage.absorb(later.damage, at: cut) && collector.absorb(later.collector, at: cut) && run.absorb(later.run, at: cut)
        }
    }

    var headerPolicy: HeaderRowPolicy { rules.headerPolicy(row: options.headerRow) }

    /// Recognises the record type from the header and prepares the run; nil when the header
    /// matches no record type.
    func begin(header: Header, path: String, reader: any RecordSource, collector: FindingCollector) -> Started? {
        guard let mapping = rules.mapping(header: header.names, fileName: (path as NSString).lastPathComponent, type: options.recordType)
        else { return nil }
        collector.recordType = mapping.recordType.id
        let damage = ExcelDamage(path: path, header: header, mapping: mapping, source: reader, options: options)
        let plan = FilePlan(mapping: mapping, header: header.names, rules: rules)
        Self.reportSchema(mapping: mapping, plan: plan, header: header, collector: collector)
        let run = RowChecker(plan: plan, rules: rules, options: options, collector: collector, path: path)
        return Started(header: header, mapping: mapping, plan: plan, collector: collector, run: run, damage: damage)
    }

    /// The report of a file read to its end (`rows`: its data rows, blank ones included).
    func report(
        path: String, reader: any RecordSource, table: RecordTable, rows: Int, collector: FindingCollector,
        started: Started?, unrecognised: Bool
    ) -> FileReport {
        if unrecognised {
            collector.add(
                rule: UnrecognisedFileCheck.id, dimension: UnrecognisedFileCheck.dimension,
                severity: UnrecognisedFileCheck.severity, row: nil, line: table.header?.line, column: nil,
                value: nil, message: "Không nhận ra loại hồ sơ từ dòng tiêu đề; tệp không được kiểm tra (dùng --type để chỉ định).")
        }
        Self.reportStructure(table: table, collector: collector)
        let run = started?.run
        for (column, tally) in (run?.abolishedUnits ?? [:]).sorted(by: { $0.key < $1.key }) {
            AbolishedDistrictCheck.report(
                column: column, header: started?.header.names[column] ?? "", count: tally.count,
                example: tally.example, line: tally.line, collector: collector)
        }
        var report = FileReport(
            path: path, recordType: run?.plan.recordType.id, recordTypeName: run?.plan.recordType.name,
            encoding: reader.encoding.displayName, delimiter: String(UnicodeScalar(reader.delimiter)),
            rows: rows, findings: collector.findings.sorted(by: Self.order),
            errors: collector.errors, warnings: collector.warnings, infos: collector.infos,
            rowsWithErrors: run?.rowsWithErrors ?? 0, rowsIncomplete: run?.rowsIncomplete ?? 0,
            countsByRule: collector.countsByRule)
        report.format = reader.format
        report.sheet = (reader as? any WorkbookSource)?.sheetName
        if let damage = started?.damage {
            report.append(damage.finish(table: table, rows: rows), policy: FindingPolicy(options))
            for extra in damage.unkept { report.count(unkept: extra.rule, severity: extra.severity, extra.count) }
            report.findings.sort(by: Self.order)
        }
        if reader is WorkbookSource { Self.addCellReferences(&report.findings) }
        if let started { report.columns = ColumnMapping.list(started.mapping, header: started.header.names) }
        if let run {
            report.keys = run.keys.byField
            report.errorRows = run.errorRows
            report.tally = run.tally.finish()
            for column in run.plan.uniqueColumns {
                report.keyColumns[column.field.id] = (column.header, column.index)
                report.keyScopes[column.field.id] = column.field.uniqueScope
            }
        }
        return report
    }

    /// Workbook findings also name their cell ("C12": the column letter and the sheet row).
    static func addCellReferences(_ findings: inout [Finding]) {
        for i in findings.indices {
            guard let line = findings[i].line, let column = findings[i].columnIndex, findings[i].row != nil else { continue }
            findings[i].cell = CellText.reference(column: column, row: line)
        }
    }

    /// A file large enough that reading it on one core while its rows are checked on another
    /// pays for the thread.
    static func worthAThread(_ size: Int) -> Bool {
        ProcessInfo.processInfo.activeProcessorCount > 1 && size >= 4 << 20
    }

    /// The size of a regular file in bytes (0 for standard input or when unknown).
    static func fileSize(_ path: String) -> Int {
        guard path != "-" else { return 0 }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return 0 }
        return Int(info.st_size)
    }

    /// Findings by row, then column, file-level ones first.
    static func order(_ a: Finding, _ b: Finding) -> Bool {
        ((a.row ?? 0), (a.columnIndex ?? -1), a.rule) < ((b.row ?? 0), (b.columnIndex ?? -1), b.rule)
    }

    private static func reportSchema(mapping: HeaderMapping, plan: FilePlan, header: Header, collector: FindingCollector) {
        let typeName = mapping.recordType.name.lowercased()
        func add(_ check: any Check.Type, _ column: Int, severity: Severity? = nil, _ message: String) {
            collector.add(
                rule: check.id, dimension: check.dimension, severity: severity ?? check.severity,
                row: nil, line: header.line, column: nil, columnHeader: header.names[column], columnIndex: column,
                value: nil, message: message)
        }
        for column in mapping.unknown {
            add(
                UnknownHeaderCheck.self, column,
                "Cột «\(header.names[column])» không khớp trường nào của \(typeName); chỉ kiểm tra như văn bản tự do (khoảng trắng, Unicode, giá trị giữ chỗ).")
        }
        for (column, field, holder) in mapping.shadowed where mapping.recordType.fields[field].type != .text {
            let rule = mapping.recordType.fields[field]
            add(
                AmbiguousColumnCheck.self, column, severity: .info,
                "Cột «\(header.names[column])» và cột «\(header.names[holder])» cùng khớp trường «\(rule.header)»; dùng cột «\(header.names[holder])» cho trường này, cột «\(header.names[column])» được kiểm tra cùng kiểu (chỉ rõ bằng --map)."
            )
        }
        for (column, field, other) in mapping.ambiguous {
            let used = mapping.recordType.fields[field].header, second = mapping.recordType.fields[other].header
            add(
                AmbiguousColumnCheck.self, column,
                "Cột «\(header.names[column])» khớp hai trường «\(used)» và «\(second)» như nhau; đang dùng «\(used)» (chỉ rõ bằng --map).")
        }
        for field in plan.missingRequired {
            collector.add(
                rule: MissingColumnCheck.id, dimension: MissingColumnCheck.dimension, severity: MissingColumnCheck.severity,
                row: nil, line: header.line, column: nil, columnHeader: field.header, value: nil,
                message: "Thiếu cột bắt buộc «\(field.header)»: mọi hồ sơ trong tệp đều thiếu trường này.")
        }
    }

    private static func reportStructure(table: RecordTable, collector: FindingCollector) {
        let names = table.header?.names ?? []
        for issue in table.log.issues {
            let header = issue.column.flatMap { $0 < names.count ? names[$0] : nil }
            collector.add(
                rule: issue.kind.rawValue, dimension: issue.kind.dimension, severity: issue.kind.severity, row: issue.row, line: issue.line,
                column: nil, columnHeader: header, columnIndex: issue.column, value: nil, message: issue.message)
        }
    }
}
