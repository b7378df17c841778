import Foundation
import SachSong

/// The values of a submission's result page, read from the same JSON the API returns (so the
/// page and the API cannot disagree): figures per criterion, and per file its mapping and its
/// findings grouped by rule, filtered by severity and dimension.
struct SubmissionPage {
    let id: String
    let json: [String: Any]
    let criteria: CriteriaSpec
    let schoolName: String
    /// Only findings of this severity, or of this dimension (raw values), when set.
    var severity: String?
    var dimension: String?
    /// The kept files have been deleted (past `--keep-days`).
    var expired = false
    var keepDays = 30
    /// Mask identity numbers and phone numbers in messages (an office reading a school's
    /// findings; the school itself sees its own values).
    var masksPersonalData = false

    var values: [String: Any] {
        let summary = json["summary"] as? [String: Any] ?? [:]
        let errors = summary["errors"] as? Int ?? 0
        let warnings = summary["warnings"] as? Int ?? 0
        let files = (json["files"] as? [[String: Any]] ?? []).enumerated().map { file($0.element, number: $0.offset + 1) }
        let figures = Self.criteria(criteria, school: json["indicators"] as? [String: Any], submissionID: id)
        return [
            "submissionID": id, "schoolName": schoolName, "received": PageText.time(json["receivedAt"] as? String),
            "asOf": PageText.day(json["asOf"] as? String ?? ""), "fileCount": files.count, "rows": summary["rows"] as? Int ?? 0,
            "errors": errors, "warnings": warnings, "verdict": errors > 0 ? "CHƯA ĐẠT" : "ĐẠT",
            "verdictClass": errors > 0 ? "fail" : "pass", "expired": expired, "keepDays": keepDays,
            "criteria": figures, "hasFigures": !figures.isEmpty, "files": files,
            "severityOptions": options([("", "mọi mức độ")] + Severity.allCases.reversed().map { ($0.rawValue, $0.label) }, selected: severity),
            "dimensionOptions": options([("", "mọi khía cạnh")] + Dimension.allCases.map { ($0.rawValue, $0.label) }, selected: dimension)
        ]
    }

    private func masked(_ text: String) -> String { masksPersonalData ? PersonalDataMask.maskNumbers(in: text) : text }

    private func options(_ list: [(String, String)], selected: String?) -> [[String: Any]] {
        list.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == (selected ?? "")] }
    }

    private func file(_ file: [String: Any], number: Int) -> [String: Any] {
        let findings = (file["findings"] as? [[String: Any]] ?? []).filter { finding in
            (severity.map { finding["severity"] as? String == $0 } ?? true) && (dimension.map { finding["dimension"] as? String == $0 } ?? true)
        }
        var order: [String] = []
        var byRule: [String: [[String: Any]]] = [:]
        for finding in findings {
            let rule = finding["rule"] as? String ?? ""
            if byRule[rule] == nil { order.append(rule) }
            byRule[rule, default: []].append(finding)
        }
        // Errors first, then warnings, then information; within a severity, as the file gave them.
        let rank = { (rule: String) -> Int in
            switch byRule[rule]?.first?["severity"] as? String {
            case "error": return 0
            case "warning": return 1
            default: return 2
            }
        }
        order = order.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        let groups = order.map { rule -> [String: Any] in
            let list = byRule[rule]!
            let first = list[0]
            let severity = first["severity"] as? String ?? ""
            let dimension = first["dimension"] as? String ?? ""
            return [
                "rule": rule, "severity": severity, "severityLabel": Severity(rawValue: severity)?.label ?? severity,
                "dimensionLabel": Dimension(rawValue: dimension)?.label ?? dimension, "count": list.count,
                "findings": list.map { finding -> [String: Any] in
                    [
                        "row": (finding["row"] as? Int).map(String.init) ?? "cả tệp",
                        "cell": finding["cell"] as? String ?? (finding["line"] as? Int).map { "dòng \($0)" } ?? "",
                        "column": finding["column"] as? String ?? "", "message": masked(finding["message"] as? String ?? "")
                    ]
                }
            ]
        }
        let columns = file["columns"] as? [[String: Any]] ?? []
        let recordType = file["recordType"] as? String
        return [
            "number": number, "name": PageText.fileName(file["path"] as? String ?? ""), "size": "", "readable": recordType != nil,
            "recordType": recordType ?? "", "rows": file["rows"] as? Int ?? 0, "sheet": PageText.some(file["sheet"] as? String),
            "error": PageText.some(file["error"] as? String ?? (recordType == nil ? "Không nhận ra loại hồ sơ của tệp này từ dòng tiêu đề." : nil)),
            "columnCount": columns.count,
            "columns": columns.map { column -> [String: Any] in
                [
                    "index": column["index"] as? Int ?? 0, "header": column["header"] as? String ?? "",
                    "field": column["field"] as? String ?? "—", "match": PageText.match(column["match"] as? String)
                ]
            },
            "errors": (file["summary"] as? [String: Any])?["errors"] as? Int ?? 0,
            "warnings": (file["summary"] as? [String: Any])?["warnings"] as? Int ?? 0, "groups": groups, "hasGroups": !groups.isEmpty,
            "filtered": severity != nil || dimension != nil, "expired": expired
        ]
    }

    /// The figures of one school's object of `indicators --format json`, in the criteria's
    /// order, with names.
    static func criteria(_ spec: CriteriaSpec, school: [String: Any]?, submissionID: String) -> [[String: Any]] {
        guard let figures = school?["indicators"] as? [String: Any] else { return [] }
        return spec.criteria.compactMap { criterion -> [String: Any]? in
            guard let values = figures[criterion.id] as? [String: Any] else { return nil }
            let indicators = criterion.indicators.compactMap { indicator -> [String: Any]? in
                guard let ratio = values[indicator.id] as? [String: Any] else { return nil }
                let numerator = ratio["numerator"] as? Int ?? 0
                let denominator = ratio["denominator"] as? Int ?? 0
                return [
                    "name": indicator.name, "key": "\(criterion.id).\(indicator.id)", "numerator": numerator, "denominator": denominator,
                    "rate": PageText.percent(ratio["rate"] as? Double), "missing": PageText.some(ratio["missing"] as? String),
                    "explainable": denominator > numerator && ratio["rate"] is Double, "submissionID": submissionID
                ]
            }
            return ["id": criterion.id, "name": criterion.name, "indicators": indicators]
        }
    }
}
