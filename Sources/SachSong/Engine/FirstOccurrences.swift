/// A repeated code, citizen ID or person is a problem of every row that carries it: the later
/// rows are reported as they are read, and once the file is read their first occurrence is
/// reported too, naming the rows that repeat it ("cũng ở dòng dữ liệu 199").
enum FirstOccurrences {
    /// Adds to `report` a finding at the first occurrence of every repeated value.
    static func add(to report: inout FileReport, options: CheckOptions) {
        struct Group {
            var first: Finding.FirstSeen
            var template: Finding
            var later: [(row: Int, line: Int)] = []
        }
        var groups: [String: Group] = [:]
        var order: [String] = []
        for finding in report.findings {
            guard let first = finding.firstSeen, let row = finding.row, let line = finding.line else { continue }
            let key = "\(finding.rule)|\(finding.columnIndex ?? -1)|\(first.row)"
            if groups[key] == nil {
                groups[key] = Group(first: first, template: finding)
                order.append(key)
            }
            if !groups[key]!.later.contains(where: { $0.row == row }) { groups[key]!.later.append((row, line)) }
        }
        guard !order.isEmpty else { return }
        var firsts: [Finding] = []
        for key in order {
            let group = groups[key]!
            var finding = group.template
            finding.row = group.first.row
            finding.line = group.first.line
            finding.firstSeen = nil
            finding.fix = nil
            let listed = listing(group.later.map { "dòng dữ liệu \($0.row) (dòng \($0.line))" }, other: "dòng")
            if finding.rule == DuplicatePersonCheck.id {
                finding.value = nil
                let subject = report.recordType == "hoc_sinh" || report.recordType == "nhan_su" ? "người" : "hồ sơ"
                finding.message = "Cùng \(subject) này còn ở \(listed) của cùng tệp."
            } else {
                finding.message = "«\(finding.value ?? "")» ở «\(finding.column ?? "")» cũng có ở \(listed) của cùng tệp."
            }
            firsts.append(finding)
        }
        report.append(firsts, policy: FindingPolicy(options))
        report.findings.sort(by: FileChecker.order)
    }

    /// The first five places, and how many more ("… và 3 dòng khác").
    static func listing(_ places: [String], other: String) -> String {
        places.prefix(5).joined(separator: ", ") + (places.count > 5 ? " và \(places.count - 5) \(other) khác" : "")
    }
}
