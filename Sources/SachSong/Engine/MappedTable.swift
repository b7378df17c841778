import CSVInput
import ExcelInput
import Foundation

/// A file read with its header mapped onto a record type, for the commands that need fields by
/// name rather than checks (reconcile, indicators' extra passes, clean).
public final class MappedTable {
    public let path: String
    public let table: RecordTable
    private let rules: CompiledRules
    private let forcedType: String?
    /// The record type the header matched, once read.
    public private(set) var recordType: RecordType?
    /// Field id → column index, once the header is read.
    public private(set) var columns: [String: Int] = [:]
    /// Field id → header as written.
    public private(set) var headers: [String: String] = [:]

    public init(
        path: String, rules: CompiledRules, recordType: String? = nil, options: CSVReadOptions = CSVReadOptions(),
        sheet: String? = nil
    ) throws {
        self.path = path
        self.rules = rules
        forcedType = recordType
        table = RecordTable(
            reader: try RecordSources.open(path: path, options: options, sheet: sheet),
            headerPolicy: rules.headerPolicy())
    }

    /// Reads the file: `onHeader` once the record type is known (false when none matched; rows are
    /// then skipped), `onRow` for every data row.
    public func read(onHeader: (RecordType?) throws -> Void, onRow: (MappedRow) throws -> Void) throws {
        var matched = false
        try table.read(
            onHeader: { header in
                if let mapping = rules.mapping(header: header.names, fileName: (path as NSString).lastPathComponent, type: forcedType) {
                    recordType = mapping.recordType
                    for (column, field) in mapping.columns {
                        columns[mapping.recordType.fields[field].id] = column
                        headers[mapping.recordType.fields[field].id] = header.names[column]
                    }
                    matched = true
                }
                try onHeader(recordType)
            },
            onRow: { row in
                guard matched else { return }
                try onRow(MappedRow(row: row, columns: columns))
            })
    }
}

/// A data row whose fields are reached by field id.
public struct MappedRow {
    public let row: DataRow
    let columns: [String: Int]

    /// The trimmed bytes of a field (empty when the file has no such column).
    public func bytes(_ field: String) -> UnsafeBufferPointer<UInt8> {
        guard let index = columns[field], index < row.record.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        let raw = row.record[index]
        var start = 0, end = raw.count
        while start < end, raw[start] == 0x20 { start += 1 }
        while end > start, raw[end - 1] == 0x20 { end -= 1 }
        return UnsafeBufferPointer(rebasing: raw[start..<end])
    }

    /// The trimmed text of a field, nil when blank or absent.
    public func text(_ field: String) -> String? {
        let b = bytes(field)
        return b.isEmpty ? nil : String(decoding: b, as: UTF8.self)
    }
}
