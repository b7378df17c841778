import CSVInput
import Foundation

/// The fields of one row as bytes: a view into a `RowBatch`, valid while the batch is checked.
struct RecordView {
    let bytes: UnsafePointer<UInt8>
    /// End offset of each field, relative to `bytes`.
    let ends: UnsafePointer<Int>
    /// Number of fields.
    let count: Int

    /// The bytes of field `index` (0-based, `index < count`).
    @inline(__always)
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(start: bytes + start, count: ends[index] - start)
    }
}

/// Rows copied out of the reader's buffer, so that they can be checked later (on another thread).
final class RowBatch: @unchecked Sendable {
    struct Entry {
        var byteStart: Int
        var endStart: Int
        var count: Int
        var line: Int
        var number: Int
        /// Byte offset of the row in its file (-1 when unknown).
        var offset: Int64
    }

    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private(set) var byteCount = 0
    private(set) var ends: UnsafeMutablePointer<Int>
    private var endCapacity: Int
    private var endCount = 0
    private(set) var entries: UnsafeMutablePointer<Entry>
    let capacity: Int
    private(set) var count = 0
    /// The facts of each mapped column's cell, row by row (`columns` a row), computed as the row
    /// is copied: on the reading thread when the pipeline is threaded.
    private let facts: UnsafeMutablePointer<CellFacts>
    private let columns: Int
    private let columnIndex: UnsafeMutablePointer<Int>
    private let columnDepth: UnsafeMutablePointer<TextProfile.Depth>
    /// The column's text profile is read by an enabled check (else it is left empty).
    private let columnProfiled: UnsafeMutablePointer<Bool>
    private let placeholderList: ValueMatcher
    /// Per column: its code list's matcher, unowned (the plan owns it), for list and flag columns.
    private let columnMatchers: UnsafeMutablePointer<Unmanaged<ValueMatcher>?>
    private let recentMatches: RecentMatches

    init(rows: Int, columns plan: [ColumnPlan], placeholders list: ValueMatcher, dispatch: CheckDispatch? = nil) {
        recentMatches = RecentMatches(columns: plan.count)
        columnMatchers = .allocate(capacity: max(plan.count, 1))
        for (j, column) in plan.enumerated() {
            let matcher = column.type == .enumeration || column.type == .flag ? column.matcher : nil
            columnMatchers[j] = matcher.map { Unmanaged.passUnretained($0) }
        }
        placeholderList = list
        capacity = rows
        columns = plan.count
        columnIndex = .allocate(capacity: max(plan.count, 1))
        columnDepth = .allocate(capacity: max(plan.count, 1))
        columnProfiled = .allocate(capacity: max(plan.count, 1))
        for (j, column) in plan.enumerated() {
            columnIndex[j] = column.index
            (columnDepth + j).initialize(to: column.textDepth)
            columnProfiled[j] = dispatch?.needsProfile(column) ?? true
        }
        facts = .allocate(capacity: max(rows * plan.count, 1))
        byteCapacity = max(rows * 256, 1024)
        endCapacity = max(rows * 24, 64)
        bytes = .allocate(capacity: byteCapacity)
        ends = .allocate(capacity: endCapacity)
        entries = .allocate(capacity: rows)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
        entries.deallocate()
        facts.deallocate()
        columnIndex.deallocate()
        columnDepth.deallocate()
        columnProfiled.deallocate()
        columnMatchers.deallocate()
        recentMatches.deallocate()
    }

    /// The profile left for columns no enabled check reads.
    private static let unprofiled = TextProfile(UnsafeBufferPointer(start: nil, count: 0), depth: .bytes)

    var isFull: Bool { count >= capacity }

    func reset() {
        count = 0
        byteCount = 0
        endCount = 0
    }

    /// Copies a row (its fields lie back to back in the reader's buffer).
    @inline(__always)
    func append(_ record: RawRecord, number: Int) {
        let fields = record.count
        var length = 0
        var base: UnsafePointer<UInt8>?
        if fields > 0 {
            let first = record[0]
            let last = record[fields - 1]
            base = first.baseAddress
            if let start = first.baseAddress, let end = last.baseAddress {
                length = (end + last.count) - start
            }
        }
        if byteCount + length > byteCapacity { growBytes(byteCount + length) }
        if endCount + fields > endCapacity { growEnds(endCount + fields) }
        if let base, length > 0 { (bytes + byteCount).update(from: base, count: length) }
        let endBase = ends + endCount
        if let base {
            for i in 0..<fields {
                let field = record[i]
                endBase[i] = field.baseAddress.map { $0 + field.count - base } ?? 0
            }
        } else {
            for i in 0..<fields { endBase[i] = 0 }
        }
        entries[count] = Entry(
            byteStart: byteCount, endStart: endCount, count: fields, line: record.line, number: number,
            offset: record.offset)
        computeFacts(RecordView(bytes: bytes + byteCount, ends: endBase, count: fields), row: count)
        byteCount += length
        endCount += fields
        count += 1
    }

    /// The row as it lies in the reader's buffer (valid during the reader's callback), with its
    /// facts computed as those of row 0: for checking at once, without a copy.
    @inline(__always)
    func inPlace(_ record: RawRecord) -> RecordView {
        let storage = record.storage
        let view = RecordView(bytes: storage.bytes, ends: storage.ends, count: record.count)
        computeFacts(view, row: 0)
        return view
    }

    /// The facts of each mapped column's cell of a row, stored as those of row `row`.
    @inline(__always)
    private func computeFacts(_ view: RecordView, row: Int) {
        let fields = view.count
        let rowFacts = facts + row * columns
        for j in 0..<columns {
            let index = columnIndex[j]
            let field = index < fields ? view[index] : UnsafeBufferPointer(start: view.bytes, count: 0)
            let profile = columnProfiled[j] ? TextProfile(field, depth: columnDepth[j]) : Self.unprofiled
            var placeholder = false
            var matched: Int32 = 0
            let matcher = columnMatchers[j]
            let bounds = field.unpaddedBounds
            if !bounds.isEmpty {
                let trimmed = UnsafeBufferPointer(rebasing: field[bounds])
                if let matcher {
                    matched = recentMatches.match(trimmed, column: j) {
                        matcher._withUnsafeGuaranteedRef { ValueMatcher.pack($0.match(trimmed)) }
                    }
                }
                // A value of the column's list is no placeholder: only the others are looked up.
                if matched == 0 {
                    placeholder = PlaceholderCheck.isPlaceholder(trimmed, placeholders: placeholderList)
                }
            }
            (rowFacts + j).initialize(
                to: CellFacts(
                    profile: profile, placeholder: placeholder, matched: matched,
                    trimStart: Int32(truncatingIfNeeded: bounds.lowerBound), trimEnd: Int32(truncatingIfNeeded: bounds.upperBound)))
        }
    }

    /// The cell facts of row `i`'s mapped columns, in plan order.
    @inline(__always)
    func facts(_ i: Int) -> UnsafePointer<CellFacts> { UnsafePointer(facts + i * columns) }

    /// Row `i` of the batch.
    @inline(__always)
    func record(_ i: Int) -> RecordView {
        let entry = entries[i]
        return RecordView(bytes: bytes + entry.byteStart, ends: ends + entry.endStart, count: entry.count)
    }

    private func growBytes(_ needed: Int) {
        PointerGrowth.grow(&bytes, count: byteCount, capacity: &byteCapacity, toHold: needed)
    }

    private func growEnds(_ needed: Int) {
        PointerGrowth.grow(&ends, count: endCount, capacity: &endCapacity, toHold: needed)
    }
}

/// Hands the rows of one file to its `RowChecker` in order: in batches on the reading thread, or,
/// when `threaded`, on a second thread while the reader goes on (a bounded queue of batches).
/// Either way every row is checked once, in file order, by one thread.
final class RowPipeline: @unchecked Sendable {
    private let threaded: Bool
    private let batchRows: Int
    private var run: RowChecker?
    private var current: RowBatch?
    /// When rows are checked in place: the run and the one-row batch holding their facts,
    /// without ownership (`run` and `current` own them), so that a row costs no reference counting.
    private var inPlace: (run: Unmanaged<RowChecker>, scratch: Unmanaged<RowBatch>)?
    private let condition = NSCondition()
    private var filled: [RowBatch] = []
    private var free: [RowBatch] = []
    private var done = false
    private let finished = DispatchSemaphore(value: 0)
    private var started = false

    /// Bytes of the file, when known (to size the key tables from the first batch).
    private let fileBytes: Int
    private var sized = false

    init(threaded: Bool, fileBytes: Int = 0, batchRows: Int = 1024) {
        self.threaded = threaded
        self.fileBytes = fileBytes
        self.batchRows = batchRows
    }

    /// Rows that follow go to `run`.
    func start(_ run: RowChecker) {
        self.run = run
        if threaded {
            free = (0..<3).map { _ in
                RowBatch(
                    rows: batchRows, columns: run.plan.columns, placeholders: run.plan.placeholders,
                    dispatch: run.dispatch)
            }
            current = free.removeLast()
            started = true
            let thread = Thread { [self] in consume() }
            thread.stackSize = 1 << 20
            thread.start()
        } else {
            // Rows are checked in place: a one-row batch holds their facts.
            let scratch = RowBatch(rows: 1, columns: run.plan.columns, placeholders: run.plan.placeholders, dispatch: run.dispatch)
            current = scratch
            inPlace = (Unmanaged.passUnretained(run), Unmanaged.passUnretained(scratch))
        }
    }

    @inline(__always)
    func add(_ row: DataRow) {
        if let (run, scratch) = inPlace {
            run._withUnsafeGuaranteedRef { run in
                scratch._withUnsafeGuaranteedRef { checkInPlace(row, run: run, scratch: $0) }
            }
            return
        }
        guard threaded, let batch = current else { return }
        batch.append(row.record, number: row.number)
        if batch.isFull { submit(batch, last: false) }
    }

    /// Rows and their bytes seen before the key tables were sized (checking in place).
    private var rowsSeen = 0
    private var bytesSeen = 0

    /// Checks a row where the reader left it (no thread to hand it to, so no copy).
    @inline(__always)
    private func checkInPlace(_ row: DataRow, run: RowChecker, scratch: RowBatch) {
        let view = scratch.inPlace(row.record)
        if !sized {
            rowsSeen += 1
            bytesSeen += view.count > 0 ? view.ends[view.count - 1] : 0
            if rowsSeen == batchRows { size(run, rows: rowsSeen, bytes: bytesSeen) }
        }
        run.check(
            view, number: row.number, line: row.line, offset: row.record.offset, facts: scratch.facts(0))
    }

    /// Sizes the key tables for the file from its first rows' bytes.
    private func size(_ run: RowChecker, rows: Int, bytes: Int) {
        sized = true
        guard fileBytes > 0, bytes > 0 else { return }
        // A little over the estimate: tables sized once, never grown.
        let estimate = fileBytes / max(bytes / rows, 1)
        run.keys.expectRows(estimate + estimate / 32)
    }

    /// Checks the rows still pending and waits for the checking thread to end.
    func finish() {
        inPlace = nil
        guard let batch = current else { return }
        current = nil
        submit(batch, last: true)
        if started { finished.wait() }
    }

    private func submit(_ batch: RowBatch, last: Bool) {
        guard threaded else { return }
        condition.lock()
        if batch.count > 0 { filled.append(batch) }
        if last {
            done = true
        } else {
            while free.isEmpty { condition.wait() }
            current = free.removeLast()
        }
        condition.broadcast()
        condition.unlock()
    }

    private func consume() {
        while true {
            condition.lock()
            while filled.isEmpty && !done { condition.wait() }
            if filled.isEmpty {
                condition.unlock()
                break
            }
            let batch = filled.removeFirst()
            condition.unlock()
            process(batch)
            batch.reset()
            condition.lock()
            free.append(batch)
            condition.broadcast()
            condition.unlock()
        }
        finished.signal()
    }

    private func process(_ batch: RowBatch) {
        guard let run else { return }
        if !sized {
            if batch.isFull { size(run, rows: batch.count, bytes: batch.byteCount) } else { sized = true }
        }
        for i in 0..<batch.count {
            let entry = batch.entries[i]
            run.check(
                batch.record(i), number: entry.number, line: entry.line, offset: entry.offset, facts: batch.facts(i))
        }
    }
}
