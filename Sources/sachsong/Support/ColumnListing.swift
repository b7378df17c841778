import SachSong

/// The plain-text list of how each column of a file is read.
struct ColumnListing {
    let mapping: (recordType: String, columns: [ColumnMapping])?

    init(_ mapping: (recordType: String, columns: [ColumnMapping])?) { self.mapping = mapping }

    var text: String {
        guard let mapping else { return "  loại hồ sơ: không nhận ra (dùng --type hoặc --map)" }
        var lines = ["  loại hồ sơ: \(mapping.recordType) · cột:"]
        for column in mapping.columns {
            let how: String
            switch column.how {
            case .exact: how = "trùng tên"
            case .phrase: how = "chứa cụm từ"
            case .forced: how = "--map/columns"
            case .generic: how = "không khớp trường nào: kiểm tra như văn bản tự do"
            case .second: how = "cột thứ hai của trường, kiểm tra cùng kiểu"
            }
            lines.append("    \(column.index + 1). «\(column.header)» → \(column.field ?? "-") (\(how))")
        }
        return lines.joined(separator: "\n")
    }
}
