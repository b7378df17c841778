import CSVInput
import ExcelInput
import Foundation

/// Checks one large UTF-8 CSV file as two parts on two cores: the first part (header and the
/// rows up to a line break near the middle) on this thread, the rest on another, each with its
/// own reader and run; then the second is joined to the first (`absorb`) as if one run had read
/// on — rows and lines renumbered, keys repeated across the cut reported (their rows read again
/// from the second part's checkpoints), limits applied in order.
///
/// The cut is a guess that the join verifies: when the first part ends inside a quoted field,
/// when the second part meets anything its reader would report (an encoding or quoting
/// problem), or when a legacy-font column was found, the file is checked whole instead, so the
/// findings never depend on the cut.
final class SegmentedFileCheck {
    /// Where the file is cut.
    struct Split {
        let boundary: Int64
        let size: Int64
    }

    /// The first part's share of the file. Measured on the 1M-row export, either part may finish
    /// first by up to ~100 ms from run to run (a shared machine), so the cut is at the middle.
    static let firstShare = 0.5

    private let checker: FileChecker
    private let path: String
    private let split: Split
    private var options: CheckOptions { checker.options }

    init(checker: FileChecker, path: String, split: Split) {
        self.checker = checker
        self.path = path
        self.split = split
    }

    /// Where to cut `path`, or nil when it is checked whole: standard input, a workbook, a file
    /// under `segmentBytes` (a second reader would not pay for itself), one core, or options whose results depend on seeing rows in one sequence (per-file
    /// limits, indicator tallies).
    static func splitPoint(path: String, options: CheckOptions) -> Split? {
        guard !options.tallies, options.maxFindingsPerFile == .max, options.explainIndicator == nil,
            ProcessInfo.processInfo.activeProcessorCount > 1
        else { return nil }
        let size = FileChecker.fileSize(path)
        guard size >= max(options.segmentBytes, 2), RecordSources.kind(of: path) == .csv,
            let boundary = LineBoundary.after(Int64(Double(size) * firstShare), in: path), boundary < Int64(size),
            // The first part must hold the whole first chunk, from which the reader decides the
            // encoding and the delimiter, so that it decides them as for the whole file.
            boundary >= Int64(max(options.readChunkBytes, 16))
        else { return nil }
        return Split(boundary: boundary, size: Int64(size))
    }

    /// The report, or nil when the parts cannot be joined exactly (the caller checks the file whole).
    func run() throws -> FileReport? {
        let readOptions = options.readOptions(chunkSize: options.readChunkBytes, range: 0..<split.boundary)
        guard let reader = try RecordSources.open(path: path, options: readOptions, sheet: options.sheet) as? CSVReader else {
            return nil
        }
        let table = RecordTable(reader: reader, headerPolicy: checker.headerPolicy)
        let collector = FindingCollector(file: path, options: options)
        // Key tables sized for this part only: the second part's tables are joined to them, not copied in.
        let feed = RowFeed(pipeline: RowPipeline(threaded: false, fileBytes: Int(split.boundary)))
        let later = LaterPart(checker: checker, path: path, range: split.boundary..<split.size)
        var started: FileChecker.Started?
        do {
            try feed.read {
                try table.read(
                    onHeader: { header in
                        started = checker.begin(header: header, path: path, reader: reader, collector: collector)
                        // Not a file to cut (transcoded text, whose bytes are not the file's; no record type):
                        // stop at once, and the caller checks it whole.
                        guard let started, reader.encoding == .utf8 || reader.encoding == .utf8BOM else { throw NotCut() }
                        feed.start(started.run, damage: started.damage)
                        later.start(header: header, first: started, delimiter: reader.delimiter)
                    },
                    onRow: feed.add)
            }
        } catch {
            later.wait()
            return nil
        }
        later.wait()
        guard let started, let second = later.result, !reader.endedInsideRecord, table.rowCount > table.blankRows,
            second.reader.log.total == 0
        else { return nil }

        let rowOffset = table.rowCount
        let lineOffset = reader.physicalLines
        let cut = PartCut(
            rowOffset: rowOffset, lineOffset: lineOffset,
            reread: { [path, options] in second.record(row: $0, path: path, delimiter: reader.delimiter, options: options) })
        guard started.absorb(second.started, at: cut) else { return nil }
        let width = started.header.names.count
        var kept: [InputIssue.Kind: Int] = [:]
        for ragged in second.table.raggedRows {
            let issue = InputIssue.raggedRow(
                fields: ragged.fields, width: width, row: ragged.row + rowOffset,
                line: ragged.line + lineOffset)
            kept[issue.kind, default: 0] += 1
            reader.log.append(issue)
        }
        for (kind, count) in second.table.raggedCounts { reader.log.count(kind, extra: count - kept[kind, default: 0]) }
        var report = checker.report(
            path: path, reader: reader, table: table, rows: table.rowCount + second.table.rowCount,
            collector: collector, started: started, unrecognised: false)
        report.parts = 2
        return report
    }
}

/// Stops reading the first part of a file that is not to be cut after all.
private struct NotCut: Error {}

/// The second part of a file cut in two, checked on its own thread once the first part has
/// found the header.
private final class LaterPart: @unchecked Sendable {
    struct Result {
        let reader: CSVReader
        let table: RecordTable
        /// The part's state, as the first part's (`FileChecker.Started`).
        let started: FileChecker.Started
        var run: RowChecker { started.run }
    }

    private let checker: FileChecker
    private let path: String
    private let range: Range<Int64>
    private let done = DispatchSemaphore(value: 0)
    private var started = false
    /// Set when the part was read to its end without an error.
    private(set) var result: Result?

    init(checker: FileChecker, path: String, range: Range<Int64>) {
        self.checker = checker
        self.path = path
        self.range = range
    }

    func start(header: Header, first: FileChecker.Started, delimiter: UInt8) {
        started = true
        let thread = Thread { [self] in
            result = try? read(header: header, first: first, delimiter: delimiter)
            done.signal()
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// Waits for the part to be read (at once when it never started).
    func wait() {
        if started { done.wait() }
    }

    private func read(header: Header, first: FileChecker.Started, delimiter: UInt8) throws -> Result {
        let options = checker.options
        let reader = try CSVReader(path: path, options: readOptions(range, delimiter: delimiter, chunkSize: 1 << 20))
        let table = RecordTable(reader: reader)
        let collector = FindingCollector(file: path, options: options)
        collector.recordType = first.mapping.recordType.id
        let damage = ExcelDamage(path: path, header: header, mapping: first.mapping, source: reader, options: options)
        damage.startsLater()
        // Its own compiled rules and plan: objects both threads retained on every value would
        // bounce their reference counts between the two cores.
        let rules = CompiledRules(checker.rules.ruleSet)
        let plan = FilePlan(mapping: first.mapping, header: header.names, rules: rules)
        let run = RowChecker(plan: plan, rules: rules, options: options, collector: collector, path: path, defersKeys: true)
        let feed = RowFeed(pipeline: RowPipeline(threaded: false, fileBytes: Int(range.upperBound - range.lowerBound)))
        feed.start(run, damage: damage)
        try feed.read { try table.readContinuation(of: header, onRow: feed.add) }
        let state = FileChecker.Started(
            header: header, mapping: first.mapping, plan: plan, collector: collector, run: run, damage: damage)
        return Result(reader: reader, table: table, started: state)
    }

    private func readOptions(_ range: Range<Int64>, delimiter: UInt8, chunkSize: Int) -> CSVReadOptions {
        LaterPart.readOptions(range, delimiter: delimiter, chunkSize: chunkSize, options: checker.options)
    }

    /// A later part of a UTF-8 file: its delimiter known, no byte-order mark looked for.
    static func readOptions(_ range: Range<Int64>, delimiter: UInt8, chunkSize: Int, options: CheckOptions) -> CSVReadOptions {
        var read = options.readOptions(chunkSize: chunkSize, range: range, delimiter: delimiter)
        read.encoding = .utf8
        return read
    }
}

private struct StopReading: Error {}

extension LaterPart.Result {
    /// Row `row` of this part (numbered within it), read again from the last checkpoint before it.
    func record(row: Int, path: String, delimiter: UInt8, options checkOptions: CheckOptions) -> OwnedRecord? {
        let checkpoints = run.keys.checkpoints
        var low = 0, high = checkpoints.count
        while low < high {
            let mid = (low + high) / 2
            if checkpoints[mid].row <= row { low = mid + 1 } else { high = mid }
        }
        guard low > 0, let end = reader.options.byteRange?.upperBound else { return nil }
        let start = checkpoints[low - 1]
        let options = LaterPart.readOptions(start.offset..<end, delimiter: delimiter, chunkSize: 1 << 13, options: checkOptions)
        guard let again = try? CSVReader(path: path, options: options) else { return nil }
        var current = start.row
        var record: OwnedRecord?
        do {
            try again.forEachRecord { raw in
                if current == row {
                    record = raw.owned()
                    throw StopReading()
                }
                current += 1
            }
        } catch is StopReading {
        } catch {
            return nil
        }
        return record
    }
}
