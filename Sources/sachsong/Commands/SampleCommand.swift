import ArgumentParser
import Foundation
import SachSong
import SachSongSample

/// `sachsong sample`: a synthetic district of school exports with planted problems and their
/// answer key, for trying the tool, testing and benchmarks.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Tạo dữ liệu mẫu (giả lập) của nhiều trường, có cài lỗi và tệp đáp án planted.json.",
        discussion: """
            Mỗi trường một thư mục với đủ các loại hồ sơ của bộ quy tắc (học sinh, nhân sự, trường, cơ sở vật chất, \
            học liệu số, hệ thống, hoạt động). Tên, ngày sinh, số định danh, số điện thoại… hợp lệ và nhất quán; \
            mỗi dòng dữ liệu mang một lỗi cài sẵn với xác suất --defect-rate, ghi trong DIR/planted.json \
            (tệp, dòng dữ liệu, cột, mã quy tắc). Cùng --seed cho cùng từng byte. Dữ liệu hoàn toàn giả, \
            không phải thông tin cá nhân thật. Mã thoát: 0 thành công; 2 không ghi được; 64 sai cú pháp.
            """
    )

    @Option(help: "Số trường.")
    var schools: Int = 1

    @Option(help: "Số học sinh mỗi trường.")
    var students: Int = 200

    @Option(help: "Số nhân sự mỗi trường.")
    var staff: Int = 20

    @Option(name: .customLong("defect-rate"), help: "Tỉ lệ dòng có lỗi cài sẵn, 0 … 1 (mặc định 0.05).")
    var defectRate: Double = 0.05

    @Option(help: "Hạt giống ngẫu nhiên (cùng hạt giống → cùng dữ liệu).")
    var seed: UInt64 = 1

    @Option(help: "Dạng tệp: utf8, utf8-bom, semicolon, utf16, aliases, mixed.")
    var variant: String = "utf8"

    @Option(parsing: .upToNextOption, help: "Chỉ tạo các loại hồ sơ này (hoc_sinh, nhan_su…).")
    var types: [String] = []

    @Option(help: "Xếp các trường vào N thư mục phường/xã (thành phố / phường / trường) để thử gộp theo nhóm; 0: không.")
    var groups: Int = 0

    @Option(help: "Thư mục kết quả.")
    var output: String

    @OptionGroup var ruleOption: RulesOption

    @OptionGroup var asOfOption: AsOfOption

    func validate() throws {
        if schools < 1 || students < 0 || staff < 0 { throw ValidationError("--schools ≥ 1, --students ≥ 0, --staff ≥ 0.") }
        if !(0...1).contains(defectRate) { throw ValidationError("--defect-rate cần trong khoảng 0 … 1.") }
        if SampleVariant(rawValue: variant) == nil {
            throw ValidationError("--variant: một trong \(SampleVariant.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    func run() throws {
        let compiled = try ruleOption.load()
        let known = Set(compiled.ruleSet.recordTypes.map(\.id))
        for type in types where !known.contains(type) {
            throw ExitWithMessage(code: 64, message: "Không có loại hồ sơ «\(type)» (có: \(known.sorted().joined(separator: ", "))).")
        }
        var options = SampleOptions(
            schools: schools, students: students, staff: staff, defectRate: defectRate, seed: seed,
            asOf: asOfOption.date,
            variant: SampleVariant(rawValue: variant)!, recordTypes: types.isEmpty ? nil : Set(types))
        options.groups = max(0, groups)
        let summary: SampleSummary
        do {
            summary = try SampleGenerator(rules: compiled.ruleSet, options: options).write(to: output)
        } catch {
            throw ExitWithMessage(code: 2, message: "\(error)")
        }
        print(
            "\(output): \(schools) trường, \(summary.files.count) tệp, \(summary.rows) dòng dữ liệu, "
                + "\(summary.planted) lỗi cài sẵn (\(output)/planted.json); ngày tham chiếu \(options.asOf).")
    }
}
