import ArgumentParser
import CSVInput
import SachSong
import SachSongReport

/// `sachsong rules list`: every rule id with its dimension, severity and description.
struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Liệt kê mọi quy tắc: mã, khía cạnh, mức độ, mô tả."
    )

    @Option(help: "Định dạng: text hoặc json.")
    var format: ListFormat = .text

    enum ListFormat: String, ExpressibleByArgument { case text, json }

    /// Every rule: the checks, the structural problems of the reader, and reconciliation.
    static var entries: [(id: String, dimension: Dimension, severity: Severity, summary: String)] {
        CheckCatalog.all.map { ($0.id, $0.dimension, $0.severity, $0.summary) }
            + InputIssue.Kind.allCases.map { kind in
                let dimension: Dimension = kind == .emptyFile || kind == .noDataRows ? .du : .sach
                let severity: Severity = kind.isError ? .error : (kind == .titleRowsSkipped ? .info : .warning)
                return (kind.rawValue, dimension, severity, StructureDescriptions.summary(kind))
            }
            + ReconcileRule.allCases.map { ($0.rawValue, Dimension.dung, $0.severity, $0.summary) }
    }

    func run() throws {
        let entries = Self.entries
        switch format {
        case .json:
            let q = JSONRenderer().quote
            print(
                "["
                    + entries.map {
                        "{\"id\":\(q($0.id)),\"dimension\":\(q($0.dimension.rawValue)),\"severity\":\(q($0.severity.rawValue)),\"description\":\(q($0.summary))}"
                    }.joined(separator: ",") + "]")
        case .text:
            let width = entries.map(\.id.count).max() ?? 0
            for entry in entries {
                print(
                    "\(entry.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(entry.dimension.label.padding(toLength: 4, withPad: " ", startingAt: 0))  \(entry.severity.label.padding(toLength: 9, withPad: " ", startingAt: 0))  \(entry.summary)"
                )
            }
        }
    }
}

/// Vietnamese descriptions of the reader's structural problems.
enum StructureDescriptions {
    static func summary(_ kind: InputIssue.Kind) -> String {
        switch kind {
        case .invalidUTF8: return "Tệp có byte không phải UTF-8; đọc theo bảng mã cũ (Windows-1258, TCVN3, VNI, VISCII)."
        case .invalidUTF16: return "Ký tự UTF-16 hỏng (nửa cặp thay thế, thiếu byte cuối)."
        case .strayQuote: return "Dấu ngoặc kép lạc chỗ trong trường."
        case .unterminatedQuote: return "Dấu ngoặc kép mở không được đóng đến cuối tệp."
        case .nulByte: return "Trường chứa ký tự NUL (byte 0)."
        case .fieldTooLong: return "Trường dài quá giới hạn."
        case .tooManyFields: return "Dòng có nhiều trường hơn dòng tiêu đề."
        case .tooFewFields: return "Dòng có ít trường hơn dòng tiêu đề."
        case .blankHeader: return "Ô tiêu đề cột để trống."
        case .duplicateHeader: return "Tiêu đề cột lặp lại."
        case .emptyFile: return "Tệp rỗng."
        case .headerNotFound: return "Không có dòng tiêu đề ở vị trí --header-row chỉ định."
        case .noDataRows: return "Tệp chỉ có dòng tiêu đề."
        case .titleRowsSkipped: return "Các dòng tiêu đề văn bản phía trên dòng tiêu đề cột được bỏ qua."
        }
    }
}
