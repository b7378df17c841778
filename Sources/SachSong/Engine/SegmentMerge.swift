import CSVInput
import Foundation

/// A key repeated in the later part: its row in the whole file and in its part, its key and
/// where it was first seen.
private typealias Repeat = (row: Int, key: Int, first: KeyPlace, partRow: Int)

/// A key repeated within the later part of a file read in two, kept until the parts are joined.
struct KeyRepeat {
    /// The key's position: unique fields first, then person keys (as in `RowChecker`).
    let key: Int
    let fingerprint: UInt64
    /// The row, numbered within its part.
    let row: Int
}

extension RowChecker: PartState {
    /// Takes the rows of `later`, the next part of the same file checked on its own (rows and
    /// lines numbered from 1, keys deferred), as if this run had read on: its error rows, its
    /// keys, and the repeated keys, which are reported now — against this part's first
    /// occurrence when there is one. The rows of those findings are read again through
    /// `cut.reread` (by their row number within `later`). False when a row cannot be read again.
    func absorb(_ later: RowChecker, at cut: PartCut) -> Bool {
        let rowOffset = cut.rowOffset, lineOffset = cut.lineOffset
        keys.lines.append(later.keys.lines, rowOffset: rowOffset, lineOffset: lineOffset)
        for (w, word) in later.errorRows.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { markError(row: w * 64 + bit + rowOffset) }
        }
        rowsWithErrors += later.rowsWithErrors
        rowsIncomplete += later.rowsIncomplete
        for (column, tally) in later.abolishedUnits {
            let mine = abolishedUnits[column]
            abolishedUnits[column] = (
                (mine?.count ?? 0) + tally.count, mine?.example ?? tally.example,
                mine?.line ?? tally.line + lineOffset
            )
        }

        let tables = keys.uniqueIndices + keys.personKeys
        let laterTables = later.keys.uniqueIndices + later.keys.personKeys
        // Each table apart, on every core: the probes are cache misses, and the tables independent.
        let perTable = ConcurrentMap.map(Array(zip(tables, laterTables))) { pair, k -> [Repeat] in
            pair.0.join(pair.1, rowOffset: rowOffset).map { ($0.row + rowOffset, k, $0.first, $0.row) }
        }
        var repeats = perTable.flatMap { (try? $0.get()) ?? [] }
        for repeated in later.keys.repeats {
            guard let first = tables[repeated.key].lookup(raw: repeated.fingerprint) else { continue }
            repeats.append((repeated.row + rowOffset, repeated.key, first, repeated.row))
        }
        // In row order, and within a row in key order, as a run in one pass reports them.
        repeats.sort { ($0.row, $0.key) < ($1.row, $1.key) }

        let batch = RowBatch(rows: 1, columns: plan.columns, placeholders: plan.placeholders)
        var loaded = -1
        for repeated in repeats {
            if repeated.partRow != loaded {
                guard let record = cut.reread(repeated.partRow) else { return false }
                batch.reset()
                record.withRaw { batch.append($0, number: repeated.row) }
                loaded = repeated.partRow
            }
            let view = batch.record(0)
            ctx.row = repeated.row
            ctx.line = keys.lines.line(of: repeated.row)
            ctx.rowHasError = false
            ctx.state.record = view
            keys.found[repeated.key] = repeated.first
            keys.report(repeated.key, view, in: ctx)
            ctx.state.record = nil
            if ctx.rowHasError, !isErrorRow(repeated.row) {
                markError(row: repeated.row)
                rowsWithErrors += 1
            }
        }
        return true
    }
}

extension FindingCollector: PartState {
    /// Takes the findings and counts of `later` (the next part of the same file), moving its rows
    /// and lines by the offsets; the limits apply as if one collector had seen both in order.
    /// Always joins.
    func absorb(_ later: FindingCollector, at cut: PartCut) -> Bool {
        cut.replay(later.findings, after: countsByRule) { keep($0, seenBefore: $1) }
        for (rule, count) in later.countsByRule { countsByRule[rule, default: 0] += count }
        add(errors: later.errors, warnings: later.warnings, infos: later.infos)
        return true
    }
}
