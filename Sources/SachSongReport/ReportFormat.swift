/// Output formats of `sachsong check`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, csv
    /// SARIF 2.1.0 for code-scanning tools (`SARIFRenderer`).
    case sarif
    /// GitHub Actions workflow commands: annotations on the changed files (`GitHubAnnotationsRenderer`).
    case github
    /// A workbook of the findings (`--output FILE` required): frozen header row, autofilter.
    case xlsx
}
