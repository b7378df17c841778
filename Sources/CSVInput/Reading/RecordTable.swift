import Foundation

/// Where the header row of a file is.
public enum HeaderRowPolicy {
    /// The first record that is not blank.
    case first
    /// The record at this 1-based position among the file's records (`--header-row N`).
    case record(Int)
    /// The best-scoring record among the first `scan` records (title rows above it are skipped);
    /// the first record when none scores at least `minimumScore`. A record scoring `accept` or
    /// more is taken at once, without looking further.
    case detect(scan: Int, minimumScore: Int, accept: Int = .max, score: ([String]) -> Int)
}

/// The header row of a file.
public struct Header: Sendable, Equatable {
    /// Column names as written in the file.
    public let names: [String]
    /// 1-based position of the header among the file's records.
    public var record: Int = 0
    /// Physical line of the header.
    public let line: Int
    /// Records above the header that were skipped as titles.
    public let titleRows: Int
}

/// A data row: a record below the header, with its 1-based number (header excluded).
public struct DataRow {
    /// The fields, as bytes.
    public let record: RawRecord
    /// 1-based data row number, header excluded (blank rows count).
    public let number: Int
    /// Physical line where the row starts.
    public var line: Int { record.line }
}

/// A table read as a header and data rows — from CSV text or a workbook sheet (any
/// `RecordSource`) — with header and shape problems reported.
public final class RecordTable {
    /// The underlying reader (encoding, delimiter, issues).
    public let reader: any RecordSource
    /// The header, once found.
    public private(set) var header: Header?
    /// Data rows seen (blank ones included).
    public private(set) var rowCount = 0
    /// Data rows that were entirely blank and not delivered.
    public private(set) var blankRows = 0
    private let policy: HeaderRowPolicy

    public init(reader: any RecordSource, headerPolicy: HeaderRowPolicy = .first) {
        self.reader = reader
        self.policy = headerPolicy
    }

    /// Opens `path` with the given options and header policy.
    public convenience init(
        path: String, options: CSVReadOptions = CSVReadOptions(),
        headerPolicy: HeaderRowPolicy = .first
    ) throws {
        self.init(reader: try CSVReader(path: path, options: options), headerPolicy: headerPolicy)
    }

    /// Structural problems found while reading.
    public var log: IssueLog { reader.log }

    /// Reads the file: `onHeader` once (unless the file has no records), then `onRow` for every
    /// non-blank data row in order. `onOther`, when given, receives in their place the records that
    /// are neither header nor data: title rows above the header and blank rows (to copy a file
    /// through whole).
    public func read(
        onHeader: (Header) throws -> Void, onRow: (DataRow) throws -> Void,
        onOther: ((RawRecord) throws -> Void)? = nil
    ) throws {
        var pending: [OwnedRecord] = []
        var pendingScores: [Int] = []
        var recordIndex = 0
        var width = 0

        func accept(_ found: Header, record: Int) throws {
            var header = found
            header.record = record
            self.header = header
            width = header.names.count
            reportHeaderProblems(header)
            try onHeader(header)
        }
        func deliver(_ record: RawRecord) throws {
            rowCount += 1
            if record.isBlank {
                blankRows += 1
                try onOther?(record)
                return
            }
            if record.count != width { reportShape(record, row: rowCount, width: width) }
            try onRow(DataRow(record: record, number: rowCount))
        }
        func decideFromPending(final: Bool) throws {
            guard case .detect(_, let minimumScore, _, let score) = policy else { return }
            var best = 0, bestScore = Int.min
            for (i, candidate) in pending.enumerated() {
                let value = pendingScores.count > i ? pendingScores[i] : score(candidate.strings())
                if value > bestScore { best = i; bestScore = value }
            }
            if bestScore < minimumScore { best = pending.firstIndex { !$0.withRaw { $0.isBlank } } ?? 0 }
            let chosen = pending[best]
            let titles = pending[..<best].filter { !$0.withRaw { $0.isBlank } }.count
            if let onOther { for above in pending[..<best] { try above.withRaw { try onOther($0) } } }
            try accept(Header(names: chosen.strings(), line: chosen.line, titleRows: titles), record: best + 1)
            for later in pending[(best + 1)...] { try later.withRaw { try deliver($0) } }
            pending.removeAll()
            pendingScores.removeAll()
        }

        try reader.forEachRecord { record in
            recordIndex += 1
            if header != nil { try deliver(record); return }
            switch policy {
            case .first:
                if record.isBlank { try onOther?(record); return }
                try accept(Header(names: record.strings(), line: record.line, titleRows: 0), record: recordIndex)
            case .record(let position):
                if recordIndex == position {
                    try accept(Header(names: record.strings(), line: record.line, titleRows: position - 1), record: recordIndex)
                } else {
                    try onOther?(record)
                }
            case .detect(let scan, _, let accept, let score):
                pending.append(record.owned())
                let value = score(record.strings())
                pendingScores.append(value)
                if pending.count >= scan || value >= accept { try decideFromPending(final: false) }
            }
        }
        if header == nil, !pending.isEmpty { try decideFromPending(final: true) }
        if let header {
            reader.log.numberRows(headerRecord: header.record)
            if header.titleRows > 0 {
                reader.log.append(
                    InputIssue(
                        kind: .titleRowsSkipped, line: header.line,
                        message: "Bỏ qua \(header.titleRows) dòng tiêu đề phía trên; dòng tiêu đề cột là dòng \(header.line)."))
            }
            if rowCount == blankRows {
                reader.log.append(
                    InputIssue(
                        kind: .noDataRows, line: header.line,
                        message: "Tệp chỉ có dòng tiêu đề cột, không có dòng dữ liệu nào."))
            }
        } else if case .record(let position) = policy, recordIndex > 0 {
            reader.log.append(
                InputIssue(
                    kind: .headerNotFound,
                    message: "Không có dòng tiêu đề ở bản ghi thứ \(position): tệp chỉ có \(recordIndex) bản ghi."))
        } else if reader.log.counts[.emptyFile] == nil {
            reader.log.append(InputIssue(kind: .emptyFile, message: "Tệp không có bản ghi nào (chỉ có dòng trống)."))
        }
    }

    /// Rows of another width than the header in a part read by `readContinuation`, numbered
    /// within the part (the first `reader.log.limitPerKind` of each kind), and how many in all.
    public private(set) var raggedRows: [(row: Int, line: Int, fields: Int)] = []
    public private(set) var raggedCounts: [InputIssue.Kind: Int] = [:]

    /// Reads a part of a file that starts below its header (`CSVReadOptions.byteRange`): every
    /// record is a data row of `header`, numbered from 1 within the part. Rows of another width
    /// go to `raggedRows` instead of the log: their numbers are known only once the part before
    /// has been read.
    public func readContinuation(of header: Header, onRow: (DataRow) throws -> Void) throws {
        let width = header.names.count
        let limit = reader.log.limitPerKind
        try reader.forEachRecord { record in
            rowCount += 1
            if record.isBlank {
                blankRows += 1
                return
            }
            if record.count != width {
                let kind: InputIssue.Kind = record.count > width ? .tooManyFields : .tooFewFields
                let seen = raggedCounts[kind, default: 0]
                raggedCounts[kind] = seen + 1
                if seen < limit { raggedRows.append((rowCount, record.line, record.count)) }
            }
            try onRow(DataRow(record: record, number: rowCount))
        }
    }

    private func reportHeaderProblems(_ header: Header) {
        var seen: [String: Int] = [:]
        for (index, name) in header.names.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if key.isEmpty {
                reader.log.append(
                    InputIssue(
                        kind: .blankHeader, line: header.line, column: index,
                        message: "Ô tiêu đề ở cột \(index + 1) để trống."))
                continue
            }
            if let first = seen[key] {
                reader.log.append(
                    InputIssue(
                        kind: .duplicateHeader, line: header.line, column: index,
                        message: "Tiêu đề cột «\(name)» lặp lại ở cột \(first + 1) và cột \(index + 1)."))
            } else {
                seen[key] = index
            }
        }
    }

    private func reportShape(_ record: RawRecord, row: Int, width: Int) {
        reader.log.append(.raggedRow(fields: record.count, width: width, row: row, line: record.line))
    }
}
