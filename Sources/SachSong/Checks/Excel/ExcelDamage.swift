import CSVInput
import ExcelInput

/// Looks for the damage a spreadsheet does to an export, beside the row checks: each mapped
/// column's watchers (``ColumnCheck``: identity numbers and phones held as numbers or in
/// scientific notation, dates typed as text in another form than their column, legacy-font
/// text) see its cells on the reading thread; the sheet's own edges (trailing empty rows and
/// columns, stray cells far from the data) are looked at here. The findings are handed over
/// when the file is done, so the row pipeline is not touched.
final class ExcelDamage {
    /// Every column check, in the catalogue's order.
    nonisolated(unsafe) static let columnChecks: [any ColumnCheck.Type] = CheckCatalog.all.compactMap { $0 as? any ColumnCheck.Type }

    private let workbook: (any WorkbookSource)?
    let report: DamageReport
    /// The watchers, column by column (each column's in the catalogue's order).
    private let watchers: [(column: Int, watcher: ColumnWatcher)]
    /// The watchers still watching, unowned (`watchers` owns them), so that calling them on every
    /// row costs no reference counting; those done with the file are dropped as they say so.
    private let active: UnsafeMutablePointer<(column: Int, watcher: Unmanaged<ColumnWatcher>)>
    private var activeCount: Int
    private let headerWidth: Int
    /// First column of the run of blank header cells at the end of the header.
    private let trailingHeaderStart: Int
    private var trailingHeaderUsed = false
    private var lastRow = 0
    private var lastLine = 0

    init(path: String, header: Header, mapping: HeaderMapping, source: any RecordSource, options: CheckOptions) {
        let policy = FindingPolicy(options)
        report = DamageReport(path: path, recordType: mapping.recordType.id, policy: policy)
        let workbook = source as? any WorkbookSource
        self.workbook = workbook
        let sheet = WatchedSheet(workbook: workbook, maxExamples: policy.examples(cap: 1000))
        let checks = Self.columnChecks.filter { policy.enabled($0.id) }
        var watchers: [(Int, ColumnWatcher)] = []
        for (column, field) in mapping.columns {
            let type = mapping.recordType.fields[field].type
            let watched = WatchedColumn(index: column, header: header.names[column], type: type)
            for check in checks where check.watches(type) { watchers.append((column, check.watcher(of: watched, in: sheet))) }
        }
        self.watchers = watchers
        active = .allocate(capacity: max(watchers.count, 1))
        active.initialize(from: watchers.map { ($0.0, Unmanaged.passUnretained($0.1)) }, count: watchers.count)
        activeCount = watchers.count
        headerWidth = header.names.count
        var start = header.names.count
        while start > 0, header.names[start - 1].trimmingCharacters(in: .whitespaces).isEmpty { start -= 1 }
        trailingHeaderStart = start
    }

    deinit {
        active.deallocate()
    }

    // MARK: - Rows

    func observe(_ row: DataRow) {
        let record = row.record
        lastRow = row.number
        lastLine = row.line
        let kinds = workbook?.cellKinds(line: row.line) ?? []
        var kept = 0
        for i in 0..<activeCount {
            let entry = active[i]
            let bytes = entry.column < record.count ? record[entry.column] : UnsafeBufferPointer(start: nil, count: 0)
            let kind = kinds.isEmpty ? nil : kinds.first { $0.column == entry.column }?.kind
            let cell = WatchedCell(bytes: bytes, row: row.number, line: row.line, kind: kind)
            if entry.watcher._withUnsafeGuaranteedRef({ $0.observe(cell, report: report) }) {
                active[kept] = entry
                kept += 1
            }
        }
        activeCount = kept
        // A short row may end before the trailing columns start.
        let end = min(record.count, headerWidth)
        if !trailingHeaderUsed, trailingHeaderStart < end {
            for index in trailingHeaderStart..<end where !record[index].isEmpty {
                trailingHeaderUsed = true
                break
            }
        }
    }

    // MARK: - End of file

    /// The findings, once the whole file was read (`rows`: its data rows, blank ones included).
    func finish(table: RecordTable, rows: Int) -> [Finding] {
        for entry in watchers { entry.watcher.finish(report: report) }
        let header = table.header
        if let workbook {
            if workbook.trailingEmptyRows > 0 {
                report.emitFile(
                    TrailingEmptyCheck.self, line: lastLine + 1, columnIndex: nil,
                    message: "\(workbook.trailingEmptyRows) dòng trống (chỉ có định dạng) ở cuối trang tính «\(workbook.sheetName)», từ dòng \(lastLine + 1).")
            }
            if workbook.strayCellCount > 0 {
                let cells = workbook.strayCells.map { CellText.reference(column: $0.column, row: $0.line) }
                let more = workbook.strayCellCount > cells.count ? " và \(workbook.strayCellCount - cells.count) ô khác" : ""
                report.emitFile(
                    StrayCellCheck.self, line: workbook.strayCells.first?.line, columnIndex: nil,
                    message:
                        "\(workbook.strayCellCount) ô có giá trị nằm xa vùng dữ liệu của trang tính «\(workbook.sheetName)» (\(cells.joined(separator: ", "))\(more)): không được đọc như dữ liệu và không tính vào số dòng; nên xoá."
                )
            }
            if workbook.trailingEmptyColumns > 0 {
                report.emitFile(
                    TrailingEmptyCheck.self, line: header?.line, columnIndex: nil,
                    message: "\(workbook.trailingEmptyColumns) cột trống (chỉ có định dạng) bên phải vùng dữ liệu của trang tính «\(workbook.sheetName)».")
            }
        } else if rows > lastRow, lastRow > 0 {
            report.emitFile(
                TrailingEmptyCheck.self, line: lastLine + 1, columnIndex: nil,
                message: "\(rows - lastRow) dòng trống ở cuối tệp (từ dòng dữ liệu \(lastRow + 1)).")
        }
        if trailingHeaderStart < headerWidth, !trailingHeaderUsed {
            let count = headerWidth - trailingHeaderStart
            report.emitFile(
                TrailingEmptyCheck.self, line: header?.line, columnIndex: trailingHeaderStart,
                message: "\(count) cột cuối không có tiêu đề và không có giá trị nào (cột trống thừa bên phải dữ liệu).")
        }
        return report.findings
    }

    /// Findings counted but not kept (over the per-rule limit).
    var unkept: [(rule: String, severity: Severity, count: Int)] { report.unkept }
}

// MARK: - A file read in two parts

extension ExcelDamage: PartState {
    /// For the later part of a file read in two (`SegmentedFileCheck`): nothing is decided on
    /// this part's own (no column is sampled for legacy fonts; the first part decides, and only
    /// a decision of "none" lets the two parts be joined).
    func startsLater() {
        for entry in watchers { entry.watcher.startsLater() }
    }

    /// Takes what `later` (the next part of the same file, its rows and lines numbered from 1)
    /// saw, as if this one had read on. False when the parts cannot be joined exactly: a legacy
    /// font decided in this part or not decided at all, or a date column with too many forms.
    func absorb(_ later: ExcelDamage, at cut: PartCut) -> Bool {
        guard watchers.count == later.watchers.count else { return false }
        for (mine, theirs) in zip(watchers, later.watchers) {
            guard mine.watcher.absorb(theirs.watcher, at: cut) else { return false }
        }
        report.absorb(later.report, at: cut)
        trailingHeaderUsed = trailingHeaderUsed || later.trailingHeaderUsed
        if later.lastRow > 0 {
            lastRow = later.lastRow + cut.rowOffset
            lastLine = later.lastLine + cut.lineOffset
        }
        return true
    }
}
