import CSVInput
import Foundation

/// Opens any input sachsong reads: `.xlsx` workbooks, `.xls` workbooks and CSV text, chosen by
/// the file's first bytes (a zip → xlsx; the OLE2 signature D0 CF 11 E0 → xls; else CSV), so that
/// a workbook renamed `.csv`, or a CSV named `.xls`, is still read for what it is.
public enum RecordSources {
    /// The kind of input at `path`.
    public enum Kind: String, Sendable { case csv, xlsx, xls }

    /// What `path` holds, from its first bytes (standard input is CSV).
    public static func kind(of path: String) -> Kind {
        guard path != "-", let handle = FileHandle(forReadingAtPath: path) else { return .csv }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        let bytes = [UInt8](head)
        if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03 || bytes[2] == 0x05 { return .xlsx }
        if bytes.count >= 4, bytes[0] == 0xD0, bytes[1] == 0xCF, bytes[2] == 0x11, bytes[3] == 0xE0 { return .xls }
        return .csv
    }

    /// Whether a file name has a workbook extension.
    public static func isWorkbookName(_ path: String) -> Bool {
        ["xlsx", "xlsm", "xls"].contains((path as NSString).pathExtension.lowercased())
    }

    /// The extensions that folder expansion picks up.
    public static let extensions: Set<String> = ["csv", "tsv", "txt", "xlsx", "xlsm", "xls"]

    /// Opens `path` with the reader its content needs. `sheet` (a name or a 1-based number)
    /// chooses a workbook's sheet; by default the first one with a value.
    public static func open(path: String, options: CSVReadOptions = CSVReadOptions(), sheet: String? = nil) throws -> any RecordSource {
        switch kind(of: path) {
        case .xlsx: return try XLSXReader(path: path, sheet: sheet, options: options)
        case .xls: return try XLSReader(path: path, sheet: sheet, options: options)
        case .csv:
            if isWorkbookName(path), let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > 0 {
                throw ExcelInputError.notAWorkbook(path: path, reason: "tên tệp là bảng tính Excel nhưng nội dung không phải .xlsx hay .xls")
            }
            return try CSVReader(path: path, options: options)
        }
    }
}
