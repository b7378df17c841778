/// Settings of a rule profile that are not tied to one record type.
public struct ProfileSettings: Sendable {
    /// The profile's name.
    public var name: String
    /// Values that stand for "nothing" in a required field ("N/A", "không có", "...").
    public var placeholders: [String]
    /// Age from which a citizen must hold a card (Luật Căn cước 2023: 14).
    public var cardAge: Int
    /// Age from which a VNeID level-2 account is expected.
    public var vneidAge: Int
    /// Default freshness limit in days for last-updated dates.
    public var freshnessDays: Int
    /// Code list of the first three digits of the citizen ID.
    public var provinceList: String
    /// Code list of the mobile prefixes in force, and of the 2018 prefix change (old prefix as
    /// the entry's code, new as its value); nil: the built-in tables.
    public var mobilePrefixList: String?
    public var mobilePrefixChangeList: String?
    /// Code list of the provinces in force since 1 July 2025, each with the former ones it absorbed.
    public var province2025List: String?
    /// Ages at which a citizen card must be renewed (Luật Căn cước 2023 Điều 21: 14, 25, 40, 60).
    public var cardRenewalAges: [Int] = [14, 25, 40, 60]
    /// Youngest age at which a VNeID level-2 account can exist (NĐ 69/2024/NĐ-CP Điều 7).
    public var vneidLevel2MinAge = 6
    /// Values of a nationality column that mean Vietnamese citizenship (a blank one does too).
    public var vietnameseNationality: [String] = ["Việt Nam", "Viet Nam", "VN", "VNM", "Vietnam", "Việt"]
    /// Headers that carry no data to check ("STT", "Ghi chú"): never reported as unknown.
    public var ignoredHeaders: [String] = ["STT", "TT", "Số TT", "Số thứ tự", "Ghi chú"]
    /// Headers forced onto fields, whatever their words (`columns:` in profile.yaml, `--map`):
    /// header as written → field id.
    public var columns: [(header: String, field: String)] = []
    /// Statutory retirement age by calendar year: year → (men months, women months).
    public var retirementSchedule: [Int: (men: Int, women: Int)]

    public init(
        name: String = "", placeholders: [String] = [], cardAge: Int = 14, vneidAge: Int = 14,
        freshnessDays: Int = 365, provinceList: String = "ma_tinh_cccd",
        retirementSchedule: [Int: (men: Int, women: Int)] = [:]
    ) {
        self.name = name
        self.placeholders = placeholders
        self.cardAge = cardAge
        self.vneidAge = vneidAge
        self.freshnessDays = freshnessDays
        self.provinceList = provinceList
        self.retirementSchedule = retirementSchedule
    }
}
