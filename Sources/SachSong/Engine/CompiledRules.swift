import CSVInput

/// A rule profile prepared for checking: code lists compiled once and shared by every file.
public final class CompiledRules: @unchecked Sendable {
    public let ruleSet: RuleSet
    let matchers: [String: ValueMatcher]
    let placeholders: ValueMatcher
    let provinces: CodeList
    let retirement: RetirementSchedule?
    let detector: RecordTypeDetector
    /// The mobile numbering of the profile (`mobile_prefix_list`, `mobile_prefix_change_list`).
    let phones: PhoneNumbering
    /// Province names and the ID codes of births registered there (former and 2025 provinces).
    let provincePlaces: ProvincePlaces?

    public init(_ ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        var matchers: [String: ValueMatcher] = [:]
        for (id, list) in ruleSet.lists { matchers[id] = ValueMatcher(list: list) }
        self.matchers = matchers
        let placeholderList = CodeList(
            id: "placeholders", name: "Giá trị giữ chỗ",
            entries: ruleSet.settings.placeholders.map { .init(value: $0, code: nil, synonyms: []) })
        placeholders = ValueMatcher(list: placeholderList)
        provinces = ruleSet.lists[ruleSet.settings.provinceList] ?? CodeList(id: "", name: "", entries: [])
        retirement = ruleSet.settings.retirementSchedule.isEmpty ? nil : RetirementSchedule(ruleSet.settings.retirementSchedule)
        detector = RecordTypeDetector(rules: ruleSet)
        provincePlaces = ruleSet.lists[ruleSet.settings.provinceList].map {
            ProvincePlaces(codes: $0, provinces2025: ruleSet.settings.province2025List.flatMap { ruleSet.lists[$0] })
        }
        let settings = ruleSet.settings
        if let prefixes = settings.mobilePrefixList.flatMap({ ruleSet.lists[$0] }) {
            let changes = settings.mobilePrefixChangeList.flatMap { ruleSet.lists[$0] }?.entries
                .reduce(into: [String: String]()) { table, entry in if let old = entry.code { table[old] = entry.value } }
            phones = PhoneNumbering(prefixes: prefixes.entries.map(\.value), changes: changes ?? PhoneNumbering.builtIn.changes)
        } else {
            phones = .builtIn
        }
    }

    /// How the header row is found: under title rows, the first row that names enough fields
    /// (or record `row` when given).
    public func headerPolicy(row: Int? = nil) -> HeaderRowPolicy {
        let detector = self.detector
        return row.map { .record($0) } ?? .detect(scan: 30, minimumScore: 2, accept: 4, score: { detector.headerScore($0) })
    }

    /// The record type a header is taken for and how each of its columns is read (nil when no
    /// type matches); `type` forces the record type.
    public func columns(header: [String], fileName: String, type: String? = nil) -> (recordType: String, columns: [ColumnMapping])? {
        mapping(header: header, fileName: fileName, type: type).map { ($0.recordType.id, ColumnMapping.list($0, header: header)) }
    }

    /// How a header maps to a record type's fields: to `type` when it names one of the profile,
    /// else to the record type the header (and the file's name) is recognised as; nil when none.
    func mapping(header: [String], fileName: String, type: String?) -> HeaderMapping? {
        if let type, let forced = ruleSet.recordType(type) { return detector.mapping(header: header, type: forced) }
        return detector.detect(header: header, fileName: fileName)
    }

    /// The canonical spelling of `value` in code list `list`, if it belongs to it.
    public func canonicalValue(_ value: String, list: String) -> String? {
        guard let matcher = matchers[list] else { return nil }
        switch matcher.match(value) {
        case .canonical(let entry), .synonym(let entry): return matcher.value(entry)
        case .none: return nil
        }
    }

    /// True when the value is one of the profile's placeholders ("N/A", "không có") or only zeros:
    /// the same test the checks apply (PlaceholderCheck), on a String.
    func isPlaceholder(_ value: String) -> Bool {
        var bytes = Array(value.utf8)
        return bytes.withUnsafeMutableBufferPointer { all -> Bool in
            PlaceholderCheck.isPlaceholder(UnsafeBufferPointer(all).unpadded, placeholders: placeholders)
        }
    }

    /// The matcher of a field: its list, or yes/no for flags.
    func matcher(for field: FieldRule) -> ValueMatcher? {
        if let list = field.list { return matchers[list] }
        if field.type == .flag { return matchers["co_khong"] }
        return nil
    }
}
