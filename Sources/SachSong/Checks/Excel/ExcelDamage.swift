import CSVInput
import ExcelInput

/// Looks for the damage a spreadsheet does to an export, beside the row checks: identity numbers
/// and phones held as numbers or in scientific notation, dates typed as text in another form than
/// their column, trailing empty rows and columns, and legacy-font text (decided per column from a
/// sample of its first rows, or from the workbook's font). It sees each row on the reading thread
/// and hands its findings over when the file is done, so the row pipeline is not touched.
final class ExcelDamage {
    /// Rows of a column looked at before deciding whether it is in a legacy encoding.
    static let legacySample = 200
    /// Shapes of dates kept per column.
    private static let maxShapes = 16

    private struct Column {
        let index: Int
        let header: String
        let type: FieldType
    }

    private let path: String
    private let recordType: String
    private let policy: FindingPolicy
    private let workbook: (any WorkbookSource)?
    private let idColumns: [Column]
    private let phoneColumns: [Column]
    private let dateColumns: [Column]
    private let textColumns: [Column]
    private let headerWidth: Int
    /// First column of the run of blank header cells at the end of the header.
    private let trailingHeaderStart: Int
    private var trailingHeaderUsed = false
    private var lastRow = 0
    private var lastLine = 0

    private var findings: [Finding] = []
    private var counts: [String: Int] = [:]

    // Dates: per date column, the shapes with their counts and first examples.
    private var shapes: [DateShapeTally]

    // Legacy text: the sample, then the decision.
    private var sampledRows = 0
    private var samples: [[String]]
    private var candidates: [[(row: Int, line: Int, value: String)]]
    private var decided: [LegacyEncoding?]?

    init(path: String, header: Header, mapping: HeaderMapping, source: any RecordSource, options: CheckOptions) {
        self.path = path
        recordType = mapping.recordType.id
        policy = FindingPolicy(options)
        workbook = source as? any WorkbookSource
        var ids: [Column] = [], phones: [Column] = [], dates: [Column] = [], texts: [Column] = []
        for (column, field) in mapping.columns {
            let rule = mapping.recordType.fields[field]
            let entry = Column(index: column, header: header.names[column], type: rule.type)
            switch rule.type {
            case .citizenID, .code: ids.append(entry)
            case .phone: phones.append(entry)
            case .date: dates.append(entry)
            case .text, .personName: texts.append(entry)
            default: break
            }
        }
        idColumns = ids
        phoneColumns = phones
        dateColumns = dates
        textColumns = texts
        headerWidth = header.names.count
        var start = header.names.count
        while start > 0, header.names[start - 1].trimmingCharacters(in: .whitespaces).isEmpty { start -= 1 }
        trailingHeaderStart = start
        shapes = Array(
            repeating: DateShapeTally(maxShapes: Self.maxShapes, maxExamples: policy.examples(cap: 1000)),
            count: dates.count)
        samples = Array(repeating: [], count: texts.count)
        candidates = Array(repeating: [], count: texts.count)
    }

    // MARK: - Rows

    func observe(_ row: DataRow) {
        let record = row.record
        lastRow = row.number
        lastLine = row.line
        let kinds = workbook?.cellKinds(line: row.line) ?? []
        func isNumberCell(_ index: Int) -> Bool { kinds.contains { $0.column == index && $0.kind == .number } }

        // Columns are read by index: a copy of a `Column` would retain its header.
        for c in idColumns.indices where idColumns[c].index < record.count {
            let bytes = record[idColumns[c].index]
            guard !bytes.isEmpty else { continue }
            if Self.isScientific(bytes) {
                scientific(row, idColumns[c], bytes)
            } else if isNumberCell(idColumns[c].index) || Self.hasFloatZero(bytes) {
                let column = idColumns[c]
                let value = String(decoding: bytes, as: UTF8.self)
                let digits = value.prefix { $0.isNumber }
                let lost = column.type == .citizenID && digits.count == 11
                let place = workbook == nil ? "được xuất từ một ô kiểu số (có đuôi «.0»)" : "nằm trong ô kiểu số"
                emit(
                    NumberIDCheck.self, row, column, value: value,
                    message: "«\(value)» ở cột «\(column.header)» \(place)"
                        + (lost ? ": số 0 đầu đã mất (\(digits.count) chữ số)." : "; hãy định dạng cột là văn bản (Text) để giữ nguyên các chữ số."),
                    fix: lost ? "0" + digits : (workbook == nil && value.hasSuffix(".0") ? String(value.dropLast(2)) : nil))
            }
        }
        for c in phoneColumns.indices where phoneColumns[c].index < record.count {
            let bytes = record[phoneColumns[c].index]
            guard !bytes.isEmpty else { continue }
            if Self.isScientific(bytes) {
                scientific(row, phoneColumns[c], bytes)
            } else if isNumberCell(phoneColumns[c].index) || Self.hasFloatZero(bytes) {
                let column = phoneColumns[c]
                let value = String(decoding: bytes, as: UTF8.self)
                let digits = String(value.prefix { $0.isNumber })
                let fix = digits.count == 9 ? "0" + digits : nil
                emit(
                    NumberPhoneCheck.self, row, column, value: value,
                    message: "Số điện thoại «\(value)» được lưu dạng số"
                        + (fix.map { ": mất số 0 đầu, đúng là «\($0)»." } ?? "; hãy định dạng cột là văn bản (Text)."),
                    fix: fix)
            }
        }
        for i in dateColumns.indices where dateColumns[i].index < record.count {
            let index = dateColumns[i].index
            let bytes = record[index]
            guard !bytes.isEmpty else { continue }
            let isDateCell = !kinds.isEmpty && kinds.contains { $0.column == index && $0.kind == .date }
            let shape = isDateCell ? DateShape.excelDate : DateShape(bytes)
            shapes[i].add(shape, row: row.number, line: row.line, value: String(decoding: bytes, as: UTF8.self))
        }
        // A short row may end before the trailing columns start.
        let end = min(record.count, headerWidth)
        if !trailingHeaderUsed, trailingHeaderStart < end {
            for index in trailingHeaderStart..<end where !record[index].isEmpty {
                trailingHeaderUsed = true
                break
            }
        }
        if !textColumns.isEmpty { observeLegacy(row) }
    }

    private func observeLegacy(_ row: DataRow) {
        let record = row.record
        if let decided {
            for i in textColumns.indices where textColumns[i].index < record.count {
                guard let encoding = decided[i] else { continue }
                let column = textColumns[i]
                let bytes = record[column.index]
                guard bytes.contains(where: { $0 >= 0x80 }) else { continue }
                let value = String(decoding: bytes, as: UTF8.self)
                if LegacyTextDetector.isCandidate(value) { legacy(row.number, row.line, column, value, encoding) }
            }
            return
        }
        sampledRows += 1
        for (i, column) in textColumns.enumerated() where column.index < record.count {
            let bytes = record[column.index]
            guard bytes.contains(where: { $0 >= 0x80 }) else { continue }
            let value = String(decoding: bytes, as: UTF8.self)
            samples[i].append(value)
            if LegacyTextDetector.isCandidate(value) { candidates[i].append((row.number, row.line, value)) }
        }
        if sampledRows >= Self.legacySample { decideLegacy() }
    }

    /// Decides each text column from its sample (the workbook's font first), and reports the
    /// sampled cells of the legacy ones.
    private func decideLegacy() {
        var result: [LegacyEncoding?] = []
        for (i, column) in textColumns.enumerated() {
            var encoding: LegacyEncoding?
            if !candidates[i].isEmpty {
                encoding = workbook?.legacyFonts[column.index]?.encoding ?? LegacyTextDetector.detectColumn(samples[i])
            }
            result.append(encoding)
            if let encoding {
                for cell in candidates[i] { legacy(cell.row, cell.line, column, cell.value, encoding) }
            }
        }
        decided = result
        samples = []
        candidates = []
    }

    private func legacy(_ row: Int, _ line: Int, _ column: Column, _ value: String, _ encoding: LegacyEncoding) {
        guard let decoded = LegacyDecoder.decode(cp1252Text: value, as: encoding) else { return }
        let font = workbook?.legacyFonts[column.index].map { " (phông «\($0.name)»)" } ?? ""
        emit(
            LegacyFontCheck.self, row: row, line: line, column: column, value: value,
            message: "«\(value)» là chữ gõ bằng bảng mã \(encoding.displayName.uppercased())\(font): đọc đúng là «\(decoded)».", fix: decoded)
    }

    private func scientific(_ row: DataRow, _ column: Column, _ bytes: UnsafeBufferPointer<UInt8>) {
        let value = String(decoding: bytes, as: UTF8.self)
        emit(
            ScientificNumberCheck.self, row, column, value: value,
            message:
                "«\(value)» ở cột «\(column.header)» bị Excel viết dạng khoa học: các chữ số sau đã mất, không khôi phục được; cần nhập lại từ giấy tờ gốc.")
    }

    // MARK: - End of file

    /// The findings, once the whole file was read (`rows`: its data rows, blank ones included).
    func finish(table: RecordTable, rows: Int) -> [Finding] {
        if decided == nil { decideLegacy() }
        for (i, column) in dateColumns.enumerated() {
            let total = shapes[i].total
            guard total >= 3, let entry = shapes[i].entries.max(by: { $0.count < $1.count }),
                Double(entry.count) >= 0.6 * Double(total)
            else { continue }
            let dominant = entry.shape
            // In the order the shapes first appeared (the order of a Dictionary before).
            for other in shapes[i].entries where other.shape != dominant && other.shape != .excelDate {
                // A value that is no date at all is the date checks' finding, not this one.
                for example in other.examples {
                    guard let fix = Self.canonicalDate(example.value) else { continue }
                    let form =
                        dominant == .excelDate
                        ? "các ô khác trong cột là ngày của Excel" : "các ô khác viết dạng «\(entry.examples.first?.value ?? dominant.description)»"
                    emit(
                        DateTextCheck.self, row: example.row, line: example.line, column: column, value: example.value,
                        message:
                            "Ngày «\(example.value)» được gõ dạng văn bản, khác kiểu với \(other.count == 1 ? "" : "\(other.count) ô như vậy và ")\(form) (\(entry.count)/\(total) ô).",
                        fix: fix)
                }
            }
        }
        let header = table.header
        if let workbook {
            if workbook.trailingEmptyRows > 0 {
                emitFile(
                    TrailingEmptyCheck.self, line: lastLine + 1, columnIndex: nil,
                    message: "\(workbook.trailingEmptyRows) dòng trống (chỉ có định dạng) ở cuối trang tính «\(workbook.sheetName)», từ dòng \(lastLine + 1).")
            }
            if workbook.strayCellCount > 0 {
                let cells = workbook.strayCells.map { CellText.reference(column: $0.column, row: $0.line) }
                let more = workbook.strayCellCount > cells.count ? " và \(workbook.strayCellCount - cells.count) ô khác" : ""
                emitFile(
                    StrayCellCheck.self, line: workbook.strayCells.first?.line, columnIndex: nil,
                    message:
                        "\(workbook.strayCellCount) ô có giá trị nằm xa vùng dữ liệu của trang tính «\(workbook.sheetName)» (\(cells.joined(separator: ", "))\(more)): không được đọc như dữ liệu và không tính vào số dòng; nên xoá."
                )
            }
            if workbook.trailingEmptyColumns > 0 {
                emitFile(
                    TrailingEmptyCheck.self, line: header?.line, columnIndex: nil,
                    message: "\(workbook.trailingEmptyColumns) cột trống (chỉ có định dạng) bên phải vùng dữ liệu của trang tính «\(workbook.sheetName)».")
            }
        } else if rows > lastRow, lastRow > 0 {
            emitFile(
                TrailingEmptyCheck.self, line: lastLine + 1, columnIndex: nil,
                message: "\(rows - lastRow) dòng trống ở cuối tệp (từ dòng dữ liệu \(lastRow + 1)).")
        }
        if trailingHeaderStart < headerWidth, !trailingHeaderUsed {
            let count = headerWidth - trailingHeaderStart
            emitFile(
                TrailingEmptyCheck.self, line: header?.line, columnIndex: trailingHeaderStart,
                message: "\(count) cột cuối không có tiêu đề và không có giá trị nào (cột trống thừa bên phải dữ liệu).")
        }
        return findings
    }

    // MARK: - Findings

    /// Findings counted but not kept (over the per-rule limit), by rule, with their severity: the
    /// file's totals count them, as they count every other finding over the limit.
    var unkept: [(rule: String, severity: Severity, count: Int)] {
        counts.compactMap { rule, count in
            let kept = findings.reduce(0) { $0 + ($1.rule == rule ? 1 : 0) }
            guard count > kept, let check = CheckCatalog.check(rule), let severity = severity(rule, check.severity) else { return nil }
            return (rule, severity, count - kept)
        }.sorted { $0.rule < $1.rule }
    }

    private func severity(_ id: String, _ base: Severity) -> Severity? {
        policy.severity(id, base: base)
    }

    private func emit<C: Check>(_ check: C.Type, _ row: DataRow, _ column: Column, value: String, message: String, fix: String? = nil) {
        emit(check, row: row.number, line: row.line, column: column, value: value, message: message, fix: fix)
    }

    private func emit<C: Check>(_ check: C.Type, row: Int, line: Int, column: Column, value: String, message: String, fix: String?) {
        guard let severity = severity(C.id, C.severity) else { return }
        let seen = counts[C.id, default: 0]
        counts[C.id] = seen + 1
        guard policy.keeps(ofRule: seen) else { return }
        findings.append(
            Finding(
                file: path, recordType: recordType, row: row, line: line, column: column.header,
                columnIndex: column.index, value: value, rule: C.id, dimension: C.dimension,
                severity: severity, message: message, fix: fix))
    }

    private func emitFile<C: Check>(_ check: C.Type, line: Int?, columnIndex: Int?, message: String) {
        guard let severity = severity(C.id, C.severity) else { return }
        findings.append(
            Finding(
                file: path, recordType: recordType, row: nil, line: line, column: nil, columnIndex: columnIndex,
                value: nil, rule: C.id, dimension: C.dimension, severity: severity, message: message))
    }

    // MARK: - Shapes of values

    static func canonicalDate(_ text: String) -> String? {
        if case .date(let date, _) = DateParser.parse(text) { return date.description }
        return nil
    }

    /// "7.9212E+10", "9.12346E+08": digits, a dot and digits, E+ and digits.
    static func isScientific(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 4, let e = b.firstIndex(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }),
            e > 0, e + 2 <= b.count - 1 || e + 2 == b.count
        else { return false }
        let mantissa = b[..<e]
        var rest = b[(e + 1)...]
        if rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() }
        guard !rest.isEmpty, rest.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var dots = 0
        for c in mantissa {
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") { dots += 1; continue }
            guard c >= 0x30 && c <= 0x39 else { return false }
        }
        return dots <= 1 && mantissa.first != UInt8(ascii: ".")
    }

    /// "79212004321.0": digits then ".0" (a float written out by an export).
    static func hasFloatZero(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 3, b[b.count - 1] == UInt8(ascii: "0"), b[b.count - 2] == UInt8(ascii: ".") else { return false }
        return b[..<(b.count - 2)].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The form of a date as written: digit runs become "9", letters "a", other bytes kept
    /// ("05/09/2012" → "9/9/9", "2012-09-05" → "9-9-9" is told apart by the run lengths).
    static func shape(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        var run = 0
        func flush() {
            if run > 0 { out.append(run >= 3 ? UInt8(ascii: "Y") : UInt8(ascii: "9")) }
            run = 0
        }
        for c in b {
            if c >= 0x30 && c <= 0x39 { run += 1; continue }
            flush()
            if c == 0x20 { continue }
            out.append(c < 0x80 && ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) ? UInt8(ascii: "a") : c)
            if out.count > 24 { break }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }
}

// MARK: - A file read in two parts

extension ExcelDamage: PartState {
    /// For the later part of a file read in two (`SegmentedFileCheck`): no column is sampled
    /// for legacy fonts here; the first part decides, and only a decision of "none" lets the
    /// two parts be joined (`absorb`).
    func skipLegacySampling() {
        decided = Array(repeating: nil, count: textColumns.count)
        samples = []
        candidates = []
    }

    /// Takes what `later` (the next part of the same file, its rows and lines numbered from 1)
    /// saw, as if this one had read on. False when the parts cannot be joined exactly: a legacy
    /// font decided in this part or not decided at all, or a date column with too many forms.
    func absorb(_ later: ExcelDamage, at cut: PartCut) -> Bool {
        let rowOffset = cut.rowOffset, lineOffset = cut.lineOffset
        guard let decided, decided.allSatisfy({ $0 == nil }) else { return false }
        for i in shapes.indices {
            guard shapes[i].absorb(later.shapes[i], rowOffset: rowOffset, lineOffset: lineOffset) else { return false }
        }
        var index: [String: Int] = [:]
        for finding in later.findings {
            let j = index[finding.rule, default: 0]
            index[finding.rule] = j + 1
            guard policy.keeps(ofRule: counts[finding.rule, default: 0] + j) else { continue }
            var moved = finding
            moved.row = finding.row.map { $0 + rowOffset }
            moved.line = finding.line.map { $0 + lineOffset }
            findings.append(moved)
        }
        for (rule, count) in later.counts { counts[rule, default: 0] += count }
        trailingHeaderUsed = trailingHeaderUsed || later.trailingHeaderUsed
        if later.lastRow > 0 {
            lastRow = later.lastRow + rowOffset
            lastLine = later.lastLine + lineOffset
        }
        return true
    }
}
