import ArgumentParser
import CSVInput
import ExcelInput
import SachSong
import SachSongReport

/// `sachsong reconcile SCHOOL AUTHORITATIVE`: links a school's records to an authoritative
/// extract and reports what matches, what is missing on either side, and what disagrees.
struct ReconcileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Đối chiếu tệp của trường với tệp đối chiếu (kết quả xác thực CSDL dân cư, CSDL ngành).",
        discussion: """
            Khớp theo số định danh (mặc định) hoặc trường khác (--key). Họ tên được so sau khi chuẩn hóa \
            NFC, chữ hoa/thường, dấu cách và vị trí dấu thanh (hoà = hòa), không bỏ dấu (Hùng ≠ Hưng). \
            Mã thoát: 0 mọi hồ sơ khớp và thống nhất; 1 có hồ sơ không khớp; 2 không đọc được tệp; 64 sai cú pháp.
            """
    )

    @Argument(help: "Tệp của trường.")
    var school: String

    @Argument(help: "Tệp đối chiếu.")
    var authoritative: String

    @Option(help: "Trường dùng làm khóa (mặc định so_dinh_danh).")
    var key: String = "so_dinh_danh"

    @Option(help: "Bắt buộc loại hồ sơ của cả hai tệp (hoc_sinh, nhan_su…).")
    var type: String?

    @OptionGroup var ruleOption: RulesOption

    @OptionGroup var mapOption: MapOption

    @OptionGroup var limits: InputLimitOptions

    @Option(help: "Định dạng: text, json, csv.")
    var format: ReconcileFormat = .text

    @Option(help: "Ghi báo cáo vào tệp.")
    var output: String?

    func run() throws {
        let compiled = try ruleOption.load(map: mapOption.map)
        let report: ReconcileReport
        do {
            let reconciler = Reconciler(rules: compiled)
            limits.apply(to: &reconciler.read)
            report = try reconciler.reconcile(school: school, authoritative: authoritative, key: key, recordType: type)
        } catch let error as ReconcileError {
            throw ExitWithMessage(code: 2, message: error.message)
        } catch let error as CSVInputError {
            throw ExitWithMessage(code: 2, message: error.description)
        } catch let error as ExcelInputError {
            throw ExitWithMessage(code: 2, message: error.description)
        }
        try ReportOutput.write(to: output) { sink in
            switch format {
            case .text: try sink.write(text: ReconcileRenderer().text(report))
            case .json: try sink.write(text: ReconcileRenderer().json(report))
            case .csv: try FindingsCSVRenderer().write(findings: report.schoolFindings + report.authoritativeFindings, to: sink)
            }
        }
        if report.consistent < report.schoolRows || report.authoritativeOnly > 0 { throw ExitCode(1) }
    }
}
