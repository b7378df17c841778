import Foundation

/// How a `.xls` cell held its value (freexl's cell types, folded).
public enum XLSCellKind: UInt8, Sendable {
    case text = 0
    case number = 1
    case date = 2
    case time = 3
}

/// What reading one sheet of a `.xls` workbook yields, in order: one `.sheet`, then the cells in
/// row-major order, then `.end` — or a `.failure` at any point. The same events come from freexl
/// in this process or, framed by ``XLSFrames``, from the isolated reader process.
public enum XLSEvent: Equatable, Sendable {
    /// The workbook's sheets, the one chosen (0-based) and its dimensions.
    case sheet(names: [String], chosen: Int, rows: Int, columns: Int)
    /// A cell with a value (0-based row and column); text is UTF-8.
    case cell(row: Int, column: Int, kind: XLSCellKind, text: [UInt8])
    /// The sheet's last cell has been given.
    case end
    /// Reading cannot go on.
    case failure(XLSFailure)
}

/// Why a `.xls` sheet cannot be read, as the reader process reports it.
public enum XLSFailure: Equatable, Sendable {
    case notAWorkbook(reason: String)
    case noSuchSheet(sheet: String, available: [String])
    case corrupt(reason: String)

    /// The error the readers throw for it.
    func error(path: String) -> ExcelInputError {
        switch self {
        case .notAWorkbook(let reason): return .notAWorkbook(path: path, reason: reason)
        case .noSuchSheet(let sheet, let available): return .noSuchSheet(path: path, sheet: sheet, available: available)
        case .corrupt(let reason): return .corrupt(path: path, reason: reason)
        }
    }
}
