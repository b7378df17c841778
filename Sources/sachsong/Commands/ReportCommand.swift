import ArgumentParser
import Foundation
import SachSong
import SachSongReport

/// `sachsong report PATH --output report.html`: the indicators of criteria 3.1–3.5 as one
/// self-contained HTML page, for an analyst to read, print on A4 and send to schools.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Lập báo cáo HTML (một tệp, không cần mạng) về tiêu chí 3.1–3.5 cho từng trường và toàn đơn vị.",
        discussion: """
            Báo cáo gồm tổng quan toàn đơn vị, biểu đồ từng tiêu chí so với ngưỡng điểm, bảng các trường \
            (bấm tiêu đề cột để sắp xếp) và cho mỗi trường các lỗi dữ liệu chính kèm vị trí (tệp, dòng, cột). \
            Số định danh, số điện thoại và họ tên trong ví dụ được che theo Nghị định 13/2023/NĐ-CP; \
            --show-personal-data hiển thị đầy đủ và báo cáo ghi rõ điều đó ở đầu trang.
            """
    )

    @Argument(help: "Thư mục trường hoặc thư mục quận/huyện.")
    var path: String

    @Option(help: "Tệp HTML cần ghi (- để ghi ra màn hình).")
    var output: String

    @OptionGroup var ruleOption: RulesOption

    @OptionGroup var mapOption: MapOption

    @OptionGroup var asOfOption: AsOfOption

    @OptionGroup var limits: InputLimitOptions

    @Flag(name: .customLong("show-personal-data"), help: "Hiển thị đầy đủ số định danh, số điện thoại, họ tên trong ví dụ.")
    var showPersonalData = false

    func validate() throws {
        if output.isEmpty { throw ValidationError("--output cần tên tệp.") }
    }

    func run() throws {
        let compiled = try ruleOption.loadForIndicators(map: mapOption.map, folder: path)
        let today = Today.inVietnam()
        var options = CheckOptions(asOf: asOfOption.date)
        limits.apply(to: &options)
        let report = IndicatorRunner(rules: compiled, options: options).run(path: path)
        let renderer = HTMLReportRenderer(
            options: .init(
                mask: PersonalDataMask(reveal: showPersonalData, rules: compiled.ruleSet),
                source: path, generatedOn: today, rules: compiled.ruleSet))
        let target = output == "-" ? nil : output
        try ReportOutput.write(to: target) { sink in try sink.write(text: renderer.render(report)) }
        if let target {
            Console.error("Đã ghi \(target): \(report.schools.count) trường\(showPersonalData ? " — CÓ hiển thị dữ liệu cá nhân" : "").")
        }
        for failure in report.failures { Console.error(failure.message) }
        if !report.failures.isEmpty { throw ExitCode(2) }
    }
}
