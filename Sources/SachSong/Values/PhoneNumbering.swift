/// The mobile numbering in force, as data (`rules/lists/dau_so_di_dong.yaml` and
/// `rules/lists/doi_dau_so_2018.yaml`): the 3-digit prefixes allocated to mobile networks, and
/// the 2018 change of 11-digit prefixes to 10-digit ones.
public struct PhoneNumbering: Sendable {
    /// Index d1·10 + d2 of a prefix 0·d1·d2: true when allocated.
    let mobile: [Bool]
    /// Old 4-digit prefix ("0162") → new 3-digit prefix ("032").
    let changes: [String: String]

    public init(prefixes: [String], changes: [String: String]) {
        var mobile = [Bool](repeating: false, count: 100)
        for prefix in prefixes {
            let digits = prefix.unicodeScalars.compactMap { $0.properties.numericType != nil ? Int($0.value) - 48 : nil }
            guard digits.count == 3, digits[0] == 0 else { continue }
            mobile[digits[1] * 10 + digits[2]] = true
        }
        self.mobile = mobile
        self.changes = changes
    }

    /// True when 0·d1·d2 is an allocated mobile prefix.
    @inline(__always)
    func isMobile(_ d1: UInt8, _ d2: UInt8) -> Bool { d1 < 10 && d2 < 10 && mobile[Int(d1) * 10 + Int(d2)] }

    /// True when 0·d1 opens a mobile number at all (03, 05, 07, 08, 09: the mobile ranges of the
    /// numbering plan), allocated or not.
    static func isMobileRange(_ d1: UInt8) -> Bool { d1 == 3 || d1 == 5 || d1 == 7 || d1 == 8 || d1 == 9 }

    /// The tables of the default profile, for a caller without one.
    public static let builtIn = PhoneNumbering(
        prefixes: [
            "032", "033", "034", "035", "036", "037", "038", "039", "052", "055", "056", "058", "059",
            "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "087", "088", "089",
            "090", "091", "092", "093", "094", "095", "096", "097", "098", "099"
        ],
        changes: [
            "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037", "0168": "038",
            "0169": "039", "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
            "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
            "0186": "056", "0188": "058", "0199": "059"
        ])
}
