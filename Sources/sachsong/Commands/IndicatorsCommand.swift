import ArgumentParser
import Foundation
import SachSong
import SachSongReport

/// `sachsong indicators PATH`: criteria 3.1–3.5 for each school under PATH and for the district.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Tính các chỉ số tiêu chí 3.1–3.5 cho từng trường và toàn đơn vị.",
        discussion: """
            PATH là thư mục của một trường (các tệp xuất dữ liệu) hoặc của một quận/huyện (mỗi thư mục con \
            là một trường). --explain 3.2.hoc_sinh_can_cuoc --school MÃ liệt kê các hồ sơ nằm trong mẫu số \
            mà không nằm trong tử số.
            """
    )

    @Argument(help: "Thư mục trường hoặc thư mục quận/huyện.")
    var path: String

    @OptionGroup var ruleOption: RulesOption

    @OptionGroup var mapOption: MapOption

    @OptionGroup var asOfOption: AsOfOption

    @OptionGroup var limits: InputLimitOptions

    @Option(help: "Định dạng: text, json, csv, xlsx (bảng tính: mỗi cấp một trang — trường, từng cấp nhóm, toàn bộ; cần --output).")
    var format: IndicatorsFormat = .text

    @Option(help: "Ghi kết quả vào tệp.")
    var output: String?

    @Option(help: "Giải thích một chỉ số: TIÊU_CHÍ.CHỈ_SỐ, ví dụ 3.2.hoc_sinh_can_cuoc.")
    var explain: String?

    @Option(help: "Trường cần giải thích (mã trường hoặc tên thư mục).")
    var school: String?

    @Option(
        name: .customLong("group-by"),
        help: "Gộp trường theo một trường của hồ sơ trường học (ví dụ ma_xa_phuong, ma_don_vi); mặc định: theo thư mục (thành phố / phường, xã / trường).")
    var groupBy: String?

    @Option(
        help:
            "Kết quả xác thực với CSDL quốc gia về dân cư (CSV/Excel có số định danh, họ tên, ngày sinh, giới tính): tiêu chí 3.2 đếm hồ sơ khớp tệp này thay cho cột xác thực."
    )
    var verified: String?

    @Flag(name: .customLong("show-personal-data"), help: "Hiện số định danh đầy đủ trong --explain (mặc định: che, ví dụ 079******234).")
    var showPersonalData = false

    func validate() throws {
        if explain != nil && school == nil { throw ValidationError("--explain cần --school.") }
        if format == .xlsx, output == nil { throw ValidationError("--format xlsx cần --output TỆP.xlsx.") }
    }

    func run() throws {
        let compiled = try ruleOption.loadForIndicators(map: mapOption.map, folder: path)
        var options = CheckOptions(asOf: asOfOption.date)
        limits.apply(to: &options)
        var indicatorID: String?
        if let explain {
            let parts = explain.split(separator: ".").map(String.init)
            guard parts.count >= 2, let criterion = compiled.ruleSet.criteria.criteria.first(where: { $0.id == parts.dropLast().joined(separator: ".") }),
                criterion.indicators.contains(where: { $0.id == parts.last! })
            else {
                let known = compiled.ruleSet.criteria.indicators.map { "\($0.criterion.id).\($0.indicator.id)" }.joined(separator: ", ")
                throw ExitWithMessage(code: 64, message: "Không có chỉ số «\(explain)» (có: \(known)).")
            }
            indicatorID = parts.last!
            options.explainIndicator = indicatorID
        }
        if let verified, !FileManager.default.fileExists(atPath: verified) {
            throw ExitWithMessage(code: 2, message: "\(verified): không tìm thấy tệp kết quả xác thực (--verified).")
        }
        let runner = IndicatorRunner(rules: compiled, options: options)
        runner.verified = verified
        if let groupBy {
            guard compiled.ruleSet.recordType("truong")?.field(groupBy) != nil else {
                throw ExitWithMessage(code: 64, message: "--group-by: hồ sơ trường học không có trường «\(groupBy)» (xem rules/truong.yaml).")
            }
            runner.groupBy = groupBy
        }
        let report = runner.run(path: path, school: school)
        if let indicatorID {
            guard let target = report.schools.first else {
                throw ExitWithMessage(code: 2, message: "Không có trường «\(school ?? "")» trong \(path).")
            }
            try ReportOutput.write(to: output) { sink in
                try sink.write(text: ExplainRenderer(mask: PersonalDataMask(reveal: showPersonalData)).text(target, indicator: indicatorID))
            }
            return
        }
        if format == .xlsx, let output {
            do { try IndicatorsWorkbook.write(report, to: output) } catch { throw ExitWithMessage(code: 2, message: "\(error)") }
        } else {
            try ReportOutput.write(to: output) { sink in
                switch format {
                case .text: try sink.write(text: IndicatorRenderer().text(report))
                case .json: try sink.write(text: IndicatorRenderer().json(report))
                case .csv: try IndicatorRenderer().csv(report, to: sink)
                case .xlsx: break  // written above
                }
            }
        }
        for failure in report.failures { Console.error(failure.message) }
        if !report.failures.isEmpty { throw ExitCode(2) }
    }
}
