import ArgumentParser
import SachSong

/// `sachsong id NUMBER`: explains one personal identification number and checks it against a
/// birth date and gender.
struct IdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "id",
        abstract: "Giải thích một số định danh cá nhân 12 chữ số và đối chiếu với ngày sinh, giới tính.",
        discussion: "Mã thoát: 0 khớp; 1 không khớp hoặc số không hợp lệ; 2 bộ quy tắc lỗi; 64 sai cú pháp."
    )

    @Argument(help: "Số định danh (dấu cách, chấm, gạch nối được bỏ qua).")
    var number: String

    @Option(help: "Ngày sinh (dd/mm/yyyy hoặc yyyy-mm-dd).")
    var dob: String?

    @Option(help: "Giới tính (Nam, Nữ, nu, F…).")
    var gender: String?

    @OptionGroup var ruleOption: RulesOption

    func run() throws {
        let profile = try ruleOption.load()
        var birth: SimpleDate?
        if let dob {
            guard case .date(let date, _) = DateParser.parse(dob) else {
                throw ExitWithMessage(code: 64, message: "Ngày sinh không đọc được: «\(dob)» (cần dd/mm/yyyy).")
            }
            birth = date
        }
        var sex: Gender?
        if let gender {
            guard let canonical = profile.canonicalValue(gender, list: "gioi_tinh"), let value = Gender(canonical: canonical) else {
                throw ExitWithMessage(code: 64, message: "Giới tính không đọc được: «\(gender)» (Nam hoặc Nữ).")
            }
            sex = value
        }
        let provinces = profile.ruleSet.lists[profile.ruleSet.settings.provinceList] ?? CodeList(id: "", name: "", entries: [])
        var lines: [String] = []
        var id: CitizenID
        var typedWrong = false
        switch CitizenID.shape(of: number) {
        case .twelveDigits(let digits):
            id = CitizenID(digits: digits)!
        case .lostLeadingZero(let restored):
            lines.append("«\(number)» có 11 chữ số: có lẽ bảng tính đã làm mất số 0 đầu; xét số «\(restored)».")
            id = CitizenID(digits: restored)!
            typedWrong = true
        case .oldCMND(let digits):
            print(
                "«\(digits)» có 9 chữ số: đây là số chứng minh nhân dân (CMND) cũ, hết giá trị từ 01/01/2025 (Luật Căn cước 2023, Điều 46), không phải số định danh cá nhân."
            )
            throw ExitCode(1)
        case .malformed:
            print("«\(number)» không phải số định danh cá nhân: cần đúng 12 chữ số.")
            throw ExitCode(1)
        }
        let verdict = IdentityVerdict(id: id, birth: birth, gender: sex, provinces: provinces)
        lines.append("Số định danh \(id.digits)")
        lines.append("  1–3  mã tỉnh nơi đăng ký khai sinh: \(id.provinceCode) — \(verdict.provinceName ?? "không có trong danh mục")")
        let range = "\(id.century)–\(id.century + 99)"
        lines.append("  4    thế kỷ và giới tính: \(id.centuryDigit) — sinh \(range), \(id.gender.rawValue)")
        lines.append("  5–6  hai số cuối năm sinh: \(String(format: "%02d", id.yearDigits)) — năm \(id.birthYear)")
        lines.append("  7–12 dãy số ngẫu nhiên: \(id.serial) (không có số kiểm tra)")
        if verdict.problems.isEmpty {
            var given: [String] = []
            if let birth { given.append("ngày sinh \(birth)") }
            if let sex { given.append("giới tính \(sex.rawValue)") }
            lines.append(given.isEmpty ? "Cấu trúc hợp lệ." : "Khớp với \(given.joined(separator: " và ")).")
        } else {
            for problem in verdict.problems { lines.append("  ✗ [\(problem.rule)] \(verdict.message(problem))") }
        }
        print(lines.joined(separator: "\n"))
        // An unknown province alone is a warning (births abroad carry a country code).
        if typedWrong || verdict.problems.contains(where: { $0 != .unknownProvince }) { throw ExitCode(1) }
    }
}
