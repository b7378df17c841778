/// Output formats of `sachsong check`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, csv
}
