import ExcelOutput
import SachSong

extension CellMark {
    /// The fill a finding's severity gets in a workbook sachsong writes.
    public init(_ severity: Severity) {
        switch severity {
        case .error: self = .error
        case .warning: self = .warning
        case .info: self = .info
        }
    }
}
