import ArgumentParser
import CSVInput
import Foundation
import SachSong
import SachSongReport

/// Options shared by the commands that check files.
struct CommonCheckOptions: ParsableArguments {

    @Option(help: "Bắt buộc loại hồ sơ (hoc_sinh, nhan_su, truong, co_so_vat_chat, hoc_lieu_so, he_thong, hoat_dong).")
    var type: String?

    @OptionGroup var ruleOption: RulesOption

    @OptionGroup var mapOption: MapOption

    @OptionGroup var asOfOption: AsOfOption

    @OptionGroup var limits: InputLimitOptions

    @Option(name: .customLong("max-findings"), help: "Số phát hiện giữ lại tối đa cho mỗi tệp (mọi phát hiện vẫn được đếm).")
    var maxFindings: Int?

    @Option(
        name: .customLong("max-findings-per-rule"),
        help: "Số phát hiện giữ lại tối đa cho mỗi quy tắc trong mỗi tệp (mặc định 10000; mọi phát hiện vẫn được đếm).")
    var maxFindingsPerRule: Int?

    @Option(name: .customLong("max-field-bytes"), help: "Trường dài hơn số byte này bị báo csv.field-too-long (mặc định 1048576).")
    var maxFieldBytes: Int?

    @Option(help: "Dấu phân cách bắt buộc: , ; tab |")
    var delimiter: String?

    @Option(name: .customLong("header-row"), help: "Dòng tiêu đề là bản ghi thứ N (mặc định: tự tìm dưới các dòng tiêu đề văn bản).")
    var headerRow: Int?

    @Option(help: "Trang tính của tệp Excel: tên hoặc số thứ tự (mặc định: trang đầu tiên có dữ liệu).")
    var sheet: String?

    @Option(parsing: .upToNextOption, help: "Tắt các quy tắc này (mã quy tắc).")
    var disable: [String] = []

    @Option(parsing: .upToNextOption, help: "Đổi mức độ: QUY_TẮC=error|warning|info.")
    var severity: [String] = []

    func validate() throws {
        if let delimiter, Delimiters.parse(delimiter) == nil {
            throw ValidationError("Dấu phân cách không hợp lệ: \(delimiter)")
        }
        if let headerRow, headerRow < 1 { throw ValidationError("--header-row phải từ 1 trở lên.") }
        if let maxFindings, maxFindings < 0 { throw ValidationError("--max-findings không được âm.") }
        if let maxFindingsPerRule, maxFindingsPerRule < 0 { throw ValidationError("--max-findings-per-rule không được âm.") }
        if let maxFieldBytes, maxFieldBytes < 1 { throw ValidationError("--max-field-bytes phải từ 1 trở lên.") }
        for item in severity {
            let parts = item.split(separator: "=")
            guard parts.count == 2, Severity(rawValue: String(parts[1])) != nil else {
                throw ValidationError("--severity cần dạng QUY_TẮC=error|warning|info, gặp «\(item)».")
            }
        }
        let known = Set(RuleCatalogue.entries.map(\.id))
        for id in disable + severity.map({ String($0.split(separator: "=")[0]) }) where !known.contains(id) {
            throw ValidationError("Không có quy tắc «\(id)» (xem `sachsong rules list`).")
        }
    }

    /// The profile, compiled; exits 2 with every problem listed when it does not load.
    func loadRules() throws -> CompiledRules {
        let compiled = try ruleOption.load(map: mapOption.map)
        if let type, compiled.ruleSet.recordType(type) == nil {
            let known = compiled.ruleSet.recordTypes.map(\.id).joined(separator: ", ")
            throw ExitWithMessage(code: 64, message: "Không có loại hồ sơ «\(type)» (có: \(known)).")
        }
        return compiled
    }

    func checkOptions() throws -> CheckOptions {
        var options = CheckOptions(asOf: asOfOption.date)
        options.recordType = type
        options.disabled = Set(disable)
        for item in severity {
            let parts = item.split(separator: "=").map(String.init)
            options.severities[parts[0]] = Severity(rawValue: parts[1])
        }
        if let maxFindings { options.maxFindingsPerFile = maxFindings }
        if let maxFindingsPerRule { options.maxFindingsPerRule = maxFindingsPerRule }
        if let maxFieldBytes { options.maxFieldBytes = maxFieldBytes }
        limits.apply(to: &options)
        options.headerRow = headerRow
        options.sheet = sheet
        options.delimiter = delimiter.flatMap(Delimiters.parse)
        return options
    }
}
