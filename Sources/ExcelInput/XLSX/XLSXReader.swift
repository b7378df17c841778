import CSVInput
import Foundation
import ZIPFoundation

/// Reads one sheet of an `.xlsx` workbook as records, streaming.
///
/// The small parts (workbook, relationships, styles) and the shared-string table are read whole:
/// memory is bounded by the shared strings. The sheet itself is decompressed in chunks and
/// scanned as it comes (``XMLScanner``), never held as a tree. `<dimension>` is ignored (real
/// exports lie in it). Cells become text as Excel shows them: shared and inline strings, numbers
/// (integers without ".0"), booleans (TRUE/FALSE), cached formula results, dates (serial numbers
/// in the 1900 system with its 29/02/1900, or the 1904 system) as dd/mm/yyyy.
public final class XLSXReader: WorkbookSource {
    public let name: String
    public var format: String { "xlsx" }
    /// The last sheet row read (rows with values or formatted empty ones).
    public private(set) var physicalLines = 0
    public var log: IssueLog
    public let sheetNames: [String]
    public let sheetName: String
    public private(set) var legacyFonts: [Int: LegacyFont] = [:]
    public private(set) var trailingEmptyRows = 0
    public private(set) var trailingEmptyColumns = 0
    public private(set) var strayCells: [(line: Int, column: Int)] = []
    public private(set) var strayCellCount = 0
    /// Whether the workbook counts dates from 1904.
    public let date1904: Bool

    private let archive: Archive
    private let maxInputBytes: Int64
    private let maxFieldBytes: Int
    private let sheetEntry: Entry
    private let strings: SharedStrings
    private let styles: [CellStyle]
    private var kinds = CellKindRing()
    private var used = false

    /// Opens `path` and chooses the sheet: by name (exact, then ignoring case), by 1-based
    /// number, or the first sheet with a value when `sheet` is nil.
    public init(path: String, sheet: String? = nil, options: CSVReadOptions = CSVReadOptions()) throws {
        name = path
        log = IssueLog(limitPerKind: options.maxIssuesPerKind)
        maxInputBytes = options.maxInputBytes
        maxFieldBytes = options.maxFieldBytes
        let url = URL(fileURLWithPath: path)
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ExcelInputError.notAWorkbook(path: path, reason: "không mở được tệp nén: \(error)")
        }
        let workbookPath = Self.workbookPath(archive)
        guard let workbookEntry = archive[workbookPath] else {
            throw ExcelInputError.notAWorkbook(path: path, reason: "tệp nén không có xl/workbook.xml")
        }
        let base = (workbookPath as NSString).deletingLastPathComponent
        var workbook = WorkbookInfo.Handler()
        try Self.scan(archive, workbookEntry, path: path, into: &workbook)
        var rels = Relationships.Handler()
        let relsPath = (base.isEmpty ? "" : base + "/") + "_rels/" + (workbookPath as NSString).lastPathComponent + ".rels"
        if let entry = archive[relsPath] { try Self.scan(archive, entry, path: path, into: &rels) }

        // Worksheets only (chart sheets have no cells).
        var sheets: [(name: String, entry: Entry)] = []
        for (index, sheet) in workbook.info.sheets.enumerated() {
            var target: String
            var type = "worksheet"
            if let rel = rels.rels.targets[sheet.relationship] {
                target = rel.target
                type = rel.type
            } else {
                target = "worksheets/sheet\(index + 1).xml"
            }
            guard type.hasSuffix("/worksheet") || type == "worksheet" else { continue }
            guard let inside = PackagePath.resolve(target, from: base) else {
                throw ExcelInputError.corrupt(path: path, reason: "trang tính «\(sheet.name)» trỏ ra ngoài gói bảng tính («\(String(target.prefix(80)))»)")
            }
            target = inside
            if let entry = archive[target] { sheets.append((sheet.name, entry)) }
        }
        guard !sheets.isEmpty else { throw ExcelInputError.notAWorkbook(path: path, reason: "bảng tính không có trang tính nào") }
        sheetNames = sheets.map(\.name)
        date1904 = workbook.info.date1904

        var stringsHandler = SharedStrings.Handler()
        stringsHandler.maxBytes = options.maxStringsBytes
        stringsHandler.maxString = options.maxFieldBytes
        stringsHandler.path = path
        stringsHandler.part = "xl/sharedStrings.xml"
        if let target = rels.rels.targets.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target,
            let inside = PackagePath.resolve(target, from: base), let entry = archive[inside]
        {
            try Self.scan(archive, entry, path: path, into: &stringsHandler, limit: options.maxInputBytes)
        } else if let entry = archive[(base.isEmpty ? "" : base + "/") + "sharedStrings.xml"] {
            try Self.scan(archive, entry, path: path, into: &stringsHandler, limit: options.maxInputBytes)
        }
        strings = stringsHandler.table
        var stylesHandler = Styles.Handler()
        if let entry = archive[(base.isEmpty ? "" : base + "/") + "styles.xml"] {
            try Self.scan(archive, entry, path: path, into: &stylesHandler)
        }
        styles = stylesHandler.result.styles

        let chosen: (name: String, entry: Entry)
        if let sheet {
            if let exact = sheets.first(where: { $0.name == sheet }) {
                chosen = exact
            } else if let folded = sheets.first(where: { $0.name.lowercased() == sheet.lowercased() }) {
                chosen = folded
            } else if let number = Int(sheet), number >= 1, number <= sheets.count {
                chosen = sheets[number - 1]
            } else {
                throw ExcelInputError.noSuchSheet(path: path, sheet: sheet, available: sheets.map(\.name))
            }
        } else {
            var found: (name: String, entry: Entry)?
            for candidate in sheets where try Self.hasValue(archive, candidate.entry, path: path) {
                found = candidate
                break
            }
            chosen = found ?? sheets[0]
        }
        sheetName = chosen.name
        sheetEntry = chosen.entry
    }

    public func cellKinds(line: Int) -> [(column: Int, kind: CellKind)] { kinds.get(line: line) }

    public func forEachRecord(_ body: (RawRecord) throws -> Void) throws {
        precondition(!used, "XLSXReader reads its sheet once")
        used = true
        try withoutActuallyEscaping(body) { body in
            let deliver: (RawRecord) throws -> Void = { record in
                do { try body(record) } catch { throw PassThrough(inner: error) }
            }
            var handler = SheetHandler(reader: self, builder: SheetRecordBuilder(deliver: deliver))
            do {
                try Self.scan(archive, sheetEntry, path: name, into: &handler, limit: maxInputBytes)
            } catch let error as PassThrough {
                throw error.inner
            }
            try handler.builder.finish()
            strayCells = handler.builder.strays
            strayCellCount = handler.builder.strayCount
            physicalLines = max(handler.lastRow, handler.builder.lastDelivered)
            trailingEmptyRows = max(0, handler.lastRow - handler.builder.lastDelivered)
            if handler.builder.maxValueColumn >= 0 {
                trailingEmptyColumns = max(0, handler.builder.maxCellColumn - max(handler.builder.maxValueColumn, (handler.builder.width ?? 0) - 1))
            }
        }
    }

    // MARK: - Parts

    private static func workbookPath(_ archive: Archive) -> String {
        if archive["xl/workbook.xml"] != nil { return "xl/workbook.xml" }
        var rels = Relationships.Handler()
        if let entry = archive["_rels/.rels"] { try? scan(archive, entry, path: "", into: &rels) }
        if let target = rels.rels.targets.values.first(where: { $0.type.hasSuffix("/officeDocument") })?.target {
            return target.hasPrefix("/") ? String(target.dropFirst()) : target
        }
        return "xl/workbook.xml"
    }

    /// Streams a part through the scanner in chunks; a part that inflates past `limit` bytes is
    /// refused (a zip bomb costs the limit's time, not its memory).
    package static func scan<H: XMLHandler>(
        _ archive: Archive, _ entry: Entry, path: String, into handler: inout H,
        limit: Int64 = InputLimits.inputBytes
    ) throws {
        var scanner = XMLScanner()
        var inflated: Int64 = 0
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { data in
                inflated += Int64(data.count)
                if inflated > limit {
                    throw ExcelInputError.tooLarge(path: path, part: entry.path, limit: limit, option: "--max-input-bytes hoặc SACHSONG_MAX_INPUT_BYTES")
                }
                try scanner.feed(data, into: &handler)
            }
            try scanner.finish(into: &handler)
        } catch let error as ExcelInputError {
            throw error
        } catch let error as StopScan {
            throw error
        } catch let error as PassThrough {
            throw error
        } catch {
            throw ExcelInputError.corrupt(path: path, reason: "không giải nén được \(entry.path): \(error)")
        }
    }

    /// An error thrown by the record consumer, carried through the unzipping unchanged.
    struct PassThrough: Error { let inner: Error }

    struct StopScan: Error {}

    /// Whether a sheet has at least one cell with a value (read until the first one).
    private static func hasValue(_ archive: Archive, _ entry: Entry, path: String) throws -> Bool {
        struct Probe: XMLHandler {
            var inValue = false
            mutating func start(_ tag: XMLTag) throws {
                if tag.isNamed("v") || tag.isNamed("t") { inValue = true }
            }
            mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws { inValue = false }
            mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws {
                if inValue, raw.contains(where: { !XMLTag.isSpace($0) }) { throw StopScan() }
            }
        }
        var probe = Probe()
        do { try scan(archive, entry, path: path, into: &probe) } catch is StopScan { return true }
        return false
    }

    // MARK: - The sheet

    /// Cells of `<sheetData>` into records.
    struct SheetHandler: XMLHandler {
        let reader: XLSXReader
        var builder: SheetRecordBuilder
        var lastRow = 0
        private var row = 0
        private var inRow = false
        private var column = -1
        private var type: CellType = .number
        private var style = 0
        private var inValue = false, inInline = false, inText = false, inPhonetic = false
        private var value: [UInt8] = []
        private var text: [UInt8] = []
        private var tooLong = false
        private var rowKinds: [(column: Int, kind: CellKind)] = []

        enum CellType { case number, shared, inline, string, boolean, error, isoDate }

        init(reader: XLSXReader, builder: SheetRecordBuilder) {
            self.reader = reader
            self.builder = builder
            value.reserveCapacity(64)
            text.reserveCapacity(64)
        }

        mutating func start(_ tag: XMLTag) throws {
            let n = tag.name.count
            if n == 1 {
                let c = tag.bytes[tag.name.lowerBound]
                if c == UInt8(ascii: "c") {
                    try startCell(tag)
                } else if c == UInt8(ascii: "v") {
                    inValue = true
                } else if c == UInt8(ascii: "t") {
                    inText = inInline && !inPhonetic
                }
            } else if n == 2, tag.isNamed("is") {
                inInline = true
            } else if n == 3, tag.isNamed("row") {
                if let raw = tag.attribute("r") {
                    guard let number = tag.integer("r"), number >= 1, number <= CellText.maxRows else {
                        throw ExcelInputError.corrupt(
                            path: reader.name, reason: "dòng số «\(String(decoding: raw.prefix(24), as: UTF8.self))» vượt giới hạn 1.048.576 dòng của Excel")
                    }
                    row = number
                } else {
                    row += 1
                }
                lastRow = max(lastRow, row)
                inRow = true
                column = -1
                rowKinds.removeAll(keepingCapacity: true)
                builder.beginRow()
            } else if n == 3, tag.isNamed("rPh") {
                inPhonetic = true
            }
        }

        private mutating func startCell(_ tag: XMLTag) throws {
            if let ref = tag.attribute("r"), let parsed = CellText.column(ofReference: ref) {
                column = parsed
            } else {
                column += 1
            }
            guard column < CellText.maxColumns else {
                let ref = tag.attribute("r").map { String(decoding: $0.prefix(24), as: UTF8.self) } ?? "dòng \(row)"
                throw ExcelInputError.corrupt(path: reader.name, reason: "ô «\(ref)» vượt giới hạn 16.384 cột của Excel")
            }
            style = tag.integer("s") ?? 0
            type = .number
            if let t = tag.attribute("t"), !t.isEmpty {
                switch t.count {
                case 1 where t[0] == UInt8(ascii: "s"): type = .shared
                case 1 where t[0] == UInt8(ascii: "b"): type = .boolean
                case 1 where t[0] == UInt8(ascii: "e"): type = .error
                case 1 where t[0] == UInt8(ascii: "d"): type = .isoDate
                case 1 where t[0] == UInt8(ascii: "n"): type = .number
                case 3: type = .string
                default: type = .inline
                }
            }
            value.removeAll(keepingCapacity: true)
            text.removeAll(keepingCapacity: true)
            tooLong = false
            inInline = false
        }

        mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws {
            let n = name.count
            if n == 1 {
                let c = name[0]
                if c == UInt8(ascii: "c") { try endCell() } else if c == UInt8(ascii: "v") { inValue = false } else if c == UInt8(ascii: "t") { inText = false }
            } else if n == 2, name[0] == UInt8(ascii: "i"), name[1] == UInt8(ascii: "s") {
                inInline = false
            } else if n == 3, XMLTag.equal(name, 0..<3, "row") {
                if inRow {
                    inRow = false
                    reader.kinds.set(line: row, rowKinds)
                    try builder.endRow(line: row)
                }
            } else if n == 3, XMLTag.equal(name, 0..<3, "rPh") {
                inPhonetic = false
            }
        }

        mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws {
            // A cell longer than the field limit is reported; the rest of it is skipped, not held.
            if inValue {
                guard value.count < reader.maxFieldBytes else { tooLong = true; return }
                if cdata { value.append(contentsOf: raw) } else { XMLEntities.decode(raw, into: &value) }
            } else if inText {
                guard text.count < reader.maxFieldBytes else { tooLong = true; return }
                if cdata { text.append(contentsOf: raw) } else { XMLEntities.decode(raw, into: &text) }
            }
        }

        private mutating func endCell() throws {
            guard column >= 0 else { return }
            if tooLong {
                reader.log.append(
                    InputIssue(
                        kind: .fieldTooLong, line: row, column: column,
                        message:
                            "Ô \(CellText.reference(column: column, row: row)) dài hơn giới hạn \(reader.maxFieldBytes) byte (--max-field-bytes): phần vượt quá không được đọc."
                    ))
            }
            let cellStyle: CellStyle? = style < reader.styles.count ? reader.styles[style] : nil
            var legacy: LegacyFont?
            switch type {
            case .shared:
                var index = 0
                var digits = 0
                for b in value where b >= 0x30 && b <= 0x39 {
                    digits += 1
                    if digits > 12 { break }
                    index = index * 10 + Int(b - 0x30)
                }
                guard digits <= 12, index < reader.strings.count else {
                    throw ExcelInputError.corrupt(
                        path: reader.name,
                        reason:
                            "ô \(CellText.reference(column: column, row: row)) trỏ tới chuỗi dùng chung số \(String(decoding: value.prefix(24), as: UTF8.self)), nhưng bảng chỉ có \(reader.strings.count) chuỗi"
                    )
                }
                _ = reader.strings.withString(index) { builder.cell(column: column, text: $0) }
                legacy = reader.strings.legacyFont[index]
            case .inline:
                builder.cell(column: column, text: text)
            case .string, .error:
                builder.cell(column: column, text: value)
            case .boolean:
                if !value.isEmpty { builder.cell(column: column, text: Array((value == [UInt8(ascii: "1")] ? "TRUE" : "FALSE").utf8)) }
            case .isoDate:
                if !value.isEmpty {
                    builder.cell(column: column, text: Array(CellText.isoDate(String(decoding: value, as: UTF8.self)).utf8))
                    rowKinds.append((column, .date))
                }
            case .number:
                guard !value.isEmpty else { builder.cell(column: column, text: []); return }
                if let kind = cellStyle?.kind, kind != .none,
                    let serial = Double(String(decoding: value, as: UTF8.self)),
                    let date = CellText.date(serial: serial, system1904: reader.date1904, timeOnly: kind == .time)
                {
                    builder.cell(column: column, text: Array(date.utf8))
                    rowKinds.append((column, .date))
                } else {
                    builder.cell(column: column, text: CellText.number(raw: value))
                    rowKinds.append((column, .number))
                }
            }
            if type == .shared || type == .inline || type == .string {
                if let font = legacy ?? cellStyle?.legacyFont, reader.legacyFonts[column] == nil {
                    reader.legacyFonts[column] = font
                }
            }
        }
    }
}
