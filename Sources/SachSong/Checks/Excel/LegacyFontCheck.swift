import CSVInput
import ExcelInput

/// Text in a legacy Vietnamese font encoding (TCVN3/ABC, VNI, VISCII) that a Unicode sheet
/// shows as gibberish ("NguyÔn V¨n An"); decided per column, from the font in a workbook or
/// from the syllables of the column's cells.
public struct LegacyFontCheck: ColumnCheck {
    public static let id = "sach.legacy-font"
    public static let dimension = Dimension.sach
    public static let severity = Severity.error
    public static let summary = "Chữ gõ bằng phông cũ (TCVN3/ABC, VNI, VISCII) hiện thành ký tự lạ («NguyÔn V¨n An»); đề xuất chữ Unicode tương ứng."
    public static let examples: [CheckExample] = [
        .valid([("ho_ten", "Nguyễn Văn An"), ("dia_chi", "Thủ Đức")]),
        .invalid([("ho_ten", "NguyÔn ThÞ Thu H\u{AD}¬ng")])
    ]

    /// Rows of a column looked at before deciding whether it is in a legacy encoding.
    static let sampleRows = 200

    static func watches(_ type: FieldType) -> Bool { type == .text || type == .personName }

    static func watcher(of column: WatchedColumn, in sheet: WatchedSheet) -> ColumnWatcher {
        Watcher(column: column, workbook: sheet.workbook)
    }

    /// Samples the column's first rows, then decides its encoding (the workbook's font first,
    /// else the syllables of the sampled cells); the sampled cells of a legacy column are
    /// reported then, and every later one as it comes.
    private final class Watcher: ColumnWatcher {
        let column: WatchedColumn
        let workbook: (any WorkbookSource)?
        var sampledRows = 0
        var samples: [String] = []
        var candidates: [(row: Int, line: Int, value: String)] = []
        /// Set once decided: the column's legacy encoding, or nil for Unicode.
        var decided: LegacyEncoding??

        init(column: WatchedColumn, workbook: (any WorkbookSource)?) {
            self.column = column
            self.workbook = workbook
        }

        override func observe(_ cell: WatchedCell, report: DamageReport) -> Bool {
            if let decided {
                guard let encoding = decided else { return false }
                guard cell.bytes.contains(where: { $0 >= 0x80 }) else { return true }
                let value = String(decoding: cell.bytes, as: UTF8.self)
                if LegacyTextDetector.isCandidate(value) { legacy(cell.row, cell.line, value, encoding, report) }
                return true
            }
            sampledRows += 1
            if cell.bytes.contains(where: { $0 >= 0x80 }) {
                let value = String(decoding: cell.bytes, as: UTF8.self)
                samples.append(value)
                if LegacyTextDetector.isCandidate(value) { candidates.append((cell.row, cell.line, value)) }
            }
            if sampledRows >= LegacyFontCheck.sampleRows { decide(report) }
            return true
        }

        override func finish(report: DamageReport) {
            if decided == nil { decide(report) }
        }

        override func startsLater() {
            decided = .some(nil)
            samples = []
            candidates = []
        }

        /// Two parts join only when this one decided the column is not legacy: the later part
        /// never sampled.
        override func absorb(_ later: ColumnWatcher, at cut: PartCut) -> Bool {
            if case .some(.none) = decided { return true }
            return false
        }

        private func decide(_ report: DamageReport) {
            var encoding: LegacyEncoding?
            if !candidates.isEmpty {
                encoding = workbook?.legacyFonts[column.index]?.encoding ?? LegacyTextDetector.detectColumn(samples)
            }
            decided = .some(encoding)
            if let encoding {
                for cell in candidates { legacy(cell.row, cell.line, cell.value, encoding, report) }
            }
            samples = []
            candidates = []
        }

        private func legacy(_ row: Int, _ line: Int, _ value: String, _ encoding: LegacyEncoding, _ report: DamageReport) {
            guard let decoded = LegacyDecoder.decode(cp1252Text: value, as: encoding) else { return }
            let font = workbook?.legacyFonts[column.index].map { " (phông «\($0.name)»)" } ?? ""
            report.emit(
                LegacyFontCheck.self, row: row, line: line, column: column, value: value,
                message: "«\(value)» là chữ gõ bằng bảng mã \(encoding.displayName.uppercased())\(font): đọc đúng là «\(decoded)».",
                fix: decoded)
        }
    }
}
