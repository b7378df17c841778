/// What a citizen ID says against a birth date and gender: the problems, each with the rule id
/// the check engine uses, in the order the engine reports them.
public struct IdentityVerdict: Sendable {
    public struct Problem: Sendable, Equatable {
        public let rule: String
        public let message: String
    }

    public let id: CitizenID
    public let provinceName: String?
    public let problems: [Problem]

    /// Evaluates `id` against what the record says.
    public init(id: CitizenID, birth: SimpleDate?, gender: Gender?, provinces: CodeList, parentCheck: Bool = true) {
        self.id = id
        let province = provinces.entry(code: id.provinceCode)
        provinceName = province?.value
        var problems: [Problem] = []
        if province == nil {
            problems.append(Problem(rule: ProvinceCodeCheck.id,
                                    message: "Mã tỉnh «\(id.provinceCode)» không có trong danh mục 63 tỉnh (có thể là mã quốc gia nếu khai sinh ở nước ngoài)."))
        }
        if id.centuryDigit >= 4 {
            problems.append(Problem(rule: CenturyDigitCheck.id,
                                    message: "Chữ số thứ 4 là \(id.centuryDigit): sinh từ năm \(id.century), không thể với người đang học hoặc làm việc."))
        } else if let birth, id.birthYear != birth.year {
            if parentCheck && ParentNumberCheck.fitsParent(encoded: id.birthYear, birth: birth.year) {
                problems.append(Problem(rule: ParentNumberCheck.id,
                                        message: "Số mã hóa năm sinh \(id.birthYear), lớn hơn \(birth.year - id.birthYear) tuổi so với ngày sinh \(birth): có lẽ là số của cha, mẹ hoặc người giám hộ."))
            } else if id.century != birth.year / 100 * 100 {
                problems.append(Problem(rule: CenturyDigitCheck.id,
                                        message: "Chữ số thứ 4 ứng với thế kỷ bắt đầu năm \(id.century), nhưng ngày sinh là \(birth)."))
            } else {
                problems.append(Problem(rule: BirthYearDigitsCheck.id,
                                        message: "Số mã hóa năm sinh \(id.birthYear), nhưng ngày sinh là \(birth)."))
            }
        }
        if let gender, id.centuryDigit < 4, id.gender != gender {
            problems.append(Problem(rule: GenderDigitCheck.id,
                                    message: "Chữ số thứ 4 là \(id.centuryDigit) (giới tính \(id.gender.rawValue)), nhưng giới tính cho biết là «\(gender.rawValue)»."))
        }
        self.problems = problems
    }
}
