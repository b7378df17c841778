import Foundation

/// Loads a rule profile from a folder: `profile.yaml`, one YAML file per record type, and code
/// lists in `lists/`. Every problem is reported with file, line and column; nothing is guessed.
public enum RuleSetLoader {
    /// Files of the folder that are not record types.
    static let reservedFiles: Set<String> = ["profile.yaml", "criteria.yaml"]

    /// Loads the profile in `directory`.
    public static func load(directory: String) throws -> RuleSet {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuleErrors(errors: [RuleError(file: directory, message: "không tìm thấy thư mục quy tắc")])
        }
        var errors: [RuleError] = []
        func attempt<T>(_ body: () throws -> T) -> T? {
            do { return try body() } catch let error as RuleError { errors.append(error) } catch let many as RuleErrors {
                errors.append(contentsOf: many.errors)
            } catch { errors.append(RuleError(file: directory, message: "\(error)")) }
            return nil
        }

        let profilePath = (directory as NSString).appendingPathComponent("profile.yaml")
        var settings = ProfileSettings()
        var settingsLoaded = false
        if manager.fileExists(atPath: profilePath) {
            if let loaded = attempt({ try loadSettings(path: profilePath) }) {
                settings = loaded
                settingsLoaded = true
            }
        } else {
            errors.append(RuleError(file: profilePath, message: "thiếu tệp profile.yaml"))
        }

        var lists: [String: CodeList] = [:]
        let listDirectory = (directory as NSString).appendingPathComponent("lists")
        let listPaths = yamlFiles(in: listDirectory)
        let typePaths = yamlFiles(in: directory).filter { !reservedFiles.contains(($0 as NSString).lastPathComponent) }
        // Every list and record type file parsed at once on all cores (YAML parsing is most of start-up).
        let parsedLists = listPaths.count
        let parsed = ConcurrentMap.map(listPaths + typePaths) { path, index -> RuleFile in
            index < parsedLists ? .list(try loadList(path: path)) : .recordType(try loadRecordType(path: path))
        }
        for (path, result) in zip(listPaths, parsed) {
            if case .list(let list)? = attempt({ try result.get() }) {
                if lists[list.id] != nil {
                    errors.append(RuleError(file: path, message: "danh mục «\(list.id)» đã được khai báo ở tệp khác"))
                }
                lists[list.id] = list
            }
        }

        var types: [RecordType] = []
        for (path, result) in zip(typePaths, parsed.dropFirst(parsedLists)) {
            if case .recordType(let type)? = attempt({ try result.get() }) {
                if types.contains(where: { $0.id == type.id }) {
                    errors.append(RuleError(file: path, message: "loại hồ sơ «\(type.id)» đã được khai báo ở tệp khác"))
                }
                types.append(type)
            }
        }
        var ruleSet = RuleSet(settings: settings, recordTypes: types, lists: lists, directory: directory)
        errors.append(contentsOf: RuleSetValidator.validate(ruleSet, profilePath: settingsLoaded ? profilePath : nil))
        let criteriaPath = (directory as NSString).appendingPathComponent("criteria.yaml")
        if errors.isEmpty, manager.fileExists(atPath: criteriaPath),
            let criteria = attempt({ try CriteriaLoader.load(path: criteriaPath, ruleSet: ruleSet) })
        {
            ruleSet.criteria = criteria
        }
        if !errors.isEmpty { throw RuleErrors(errors: errors) }
        return ruleSet
    }

    private static func yamlFiles(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleError(file: path, message: "không đọc được tệp")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleError(file: path, message: "tệp quy tắc phải là UTF-8")
        }
        return text
    }

    // MARK: - profile.yaml

    static func loadSettings(path: String) throws -> ProfileSettings {
        let root = try YAMLNode.parse(try readText(path), file: path)
        let keys = try root.mapping(
            allowed: [
                "profile", "name", "placeholders", "card_age", "vneid_age",
                "freshness_days", "province_list", "retirement_schedule",
                "ignored_headers", "columns", "mobile_prefix_list", "mobile_prefix_change_list",
                "vietnamese_nationality", "card_renewal_ages", "vneid_level2_min_age",
                "province_2025_list"
            ],
            required: ["profile"])
        var settings = ProfileSettings()
        settings.name = try keys["name"]?.string() ?? (try keys["profile"]!.string())
        settings.placeholders = try keys["placeholders"]?.strings() ?? []
        if let value = keys["card_age"] { settings.cardAge = try value.int() }
        if let value = keys["vneid_age"] { settings.vneidAge = try value.int() }
        if let value = keys["freshness_days"] { settings.freshnessDays = try value.int() }
        if let value = keys["province_list"] { settings.provinceList = try value.string() }
        if let value = keys["card_renewal_ages"] { settings.cardRenewalAges = try value.sequence().map { try $0.int() }.sorted() }
        if let value = keys["province_2025_list"] { settings.province2025List = try value.string() }
        if let value = keys["vneid_level2_min_age"] { settings.vneidLevel2MinAge = try value.int() }
        if let value = keys["vietnamese_nationality"] { settings.vietnameseNationality = try value.strings() }
        if let value = keys["mobile_prefix_list"] { settings.mobilePrefixList = try value.string() }
        if let value = keys["mobile_prefix_change_list"] { settings.mobilePrefixChangeList = try value.string() }
        if let value = keys["ignored_headers"] { settings.ignoredHeaders = try value.strings() }
        if let value = keys["columns"] {
            for item in try value.sequence() {
                let entry = try item.mapping(allowed: ["header", "field"], required: ["header", "field"])
                settings.columns.append((try entry["header"]!.string(), try entry["field"]!.string()))
            }
        }
        if let schedule = keys["retirement_schedule"] {
            for item in try schedule.sequence() {
                let entry = try item.mapping(allowed: ["year", "men", "women"], required: ["year", "men", "women"])
                settings.retirementSchedule[try entry["year"]!.int()] =
                    (men: try months(entry["men"]!), women: try months(entry["women"]!))
            }
        }
        return settings
    }

    /// "60y3m", "62y", "55y4m" or a number of months.
    private static func months(_ node: YAMLNode) throws -> Int {
        let text = try node.string().replacingOccurrences(of: " ", with: "")
        if let value = Int(text) { return value }
        let pattern = text.lowercased()
        guard let y = pattern.firstIndex(of: "y"), let years = Int(pattern[..<y]) else {
            throw node.error("tuổi nghỉ hưu phải viết dạng 60y3m, gặp «\(text)»")
        }
        let rest = pattern[pattern.index(after: y)...]
        if rest.isEmpty { return years * 12 }
        guard rest.hasSuffix("m"), let extra = Int(rest.dropLast()) else {
            throw node.error("tuổi nghỉ hưu phải viết dạng 60y3m, gặp «\(text)»")
        }
        return years * 12 + extra
    }

    // MARK: - lists/*.yaml

    static func loadList(path: String) throws -> CodeList {
        let root = try YAMLNode.parse(try readText(path), file: path)
        let keys = try root.mapping(allowed: ["list", "name", "source", "values", "closed", "ambiguous"], required: ["list", "values"])
        var entries: [CodeList.Entry] = []
        for item in try keys["values"]!.sequence() {
            if item.isScalar {
                entries.append(CodeList.Entry(value: try item.string(), code: nil, synonyms: []))
                continue
            }
            let entry = try item.mapping(allowed: ["value", "code", "synonyms", "meaning"], required: ["value"])
            entries.append(
                CodeList.Entry(
                    value: try entry["value"]!.string(), code: try entry["code"]?.string(),
                    synonyms: try entry["synonyms"]?.strings() ?? [],
                    meaning: try entry["meaning"]?.strings() ?? []))
        }
        let id = try keys["list"]!.string()
        var list = CodeList(
            id: id, name: try keys["name"]?.string() ?? id, entries: entries,
            closed: try keys["closed"]?.bool() ?? true)
        list.ambiguous = try keys["ambiguous"]?.strings() ?? []
        return list
    }

    // MARK: - record types

    static func loadRecordType(path: String) throws -> RecordType {
        let root = try YAMLNode.parse(try readText(path), file: path)
        let keys = try root.mapping(
            allowed: [
                "record_type", "name", "file_hints", "minimum_matches", "fields",
                "identity", "age_grade", "duplicates", "status", "retirement"
            ],
            required: ["record_type", "fields"])
        let id = try keys["record_type"]!.string()
        var type = RecordType(
            id: id, name: try keys["name"]?.string() ?? id,
            fileHints: try keys["file_hints"]?.strings() ?? [],
            fields: try keys["fields"]!.sequence().map(loadField))
        if let value = keys["minimum_matches"] { type.minimumMatches = try value.int() }
        if let node = keys["identity"] {
            let m = try node.mapping(
                allowed: [
                    "citizen_id", "birth_date", "gender", "parent_check", "staff", "nationality",
                    "issue_date", "card", "vneid", "birth_registration"
                ],
                required: ["citizen_id"])
            type.identity = IdentityRule(
                citizenID: try m["citizen_id"]!.string(), birthDate: try m["birth_date"]?.string(),
                gender: try m["gender"]?.string(), parentCheck: try m["parent_check"]?.bool() ?? false,
                staff: try m["staff"]?.bool() ?? false, nationality: try m["nationality"]?.string(),
                issueDate: try m["issue_date"]?.string(), card: try m["card"]?.string(),
                vneid: try m["vneid"]?.string())
            if let places = m["birth_registration"] {
                type.identity?.birthRegistration = places.isScalar ? [try places.string()] : try places.strings()
            }
        }
        if let node = keys["age_grade"] {
            let m = try node.mapping(allowed: ["birth_date", "grade", "class", "early", "late"], required: ["birth_date"])
            type.ageGrade = AgeGradeRule(
                birthDate: try m["birth_date"]!.string(), grade: try m["grade"]?.string(),
                className: try m["class"]?.string(), early: try m["early"]?.int() ?? 1,
                late: try m["late"]?.int() ?? 3)
        }
        if let node = keys["duplicates"] {
            type.duplicateKeys = try node.sequence().map { try $0.strings() }
        }
        if let node = keys["status"] {
            let m = try node.mapping(allowed: ["field", "current", "left", "class"], required: ["field", "current"])
            type.status = StatusRule(
                field: try m["field"]!.string(), current: try m["current"]!.strings(),
                left: try m["left"]?.strings() ?? [], className: try m["class"]?.string())
        }
        if let node = keys["retirement"] {
            let m = try node.mapping(allowed: ["birth_date", "gender", "status", "working"], required: ["birth_date", "gender"])
            type.retirement = RetirementRule(
                birthDate: try m["birth_date"]!.string(), gender: try m["gender"]!.string(),
                status: try m["status"]?.string(), working: try m["working"]?.strings() ?? [])
        }
        return type
    }

    static let fieldKeys: Set<String> = [
        "id", "header", "aliases", "keywords", "exclude", "known", "type", "required", "unique", "values", "digits",
        "min", "max", "min_age", "max_age", "freshness_days", "allow_future"
    ]

    static func loadField(_ node: YAMLNode) throws -> FieldRule {
        let m = try node.mapping(allowed: fieldKeys, required: ["id", "header", "type"])
        let typeName = try m["type"]!.string()
        guard let type = FieldType(rawValue: typeName) else {
            let known = FieldType.allCases.map(\.rawValue).joined(separator: ", ")
            throw m["type"]!.error("kiểu trường không được biết «\(typeName)» (các kiểu: \(known))")
        }
        var field = FieldRule(
            id: try m["id"]!.string(), header: try m["header"]!.string(), type: type,
            origin: "\(node.file):\(node.line ?? 0)")
        field.aliases = try m["aliases"]?.strings() ?? []
        field.exclude = try m["exclude"]?.strings() ?? []
        field.keywords = try m["keywords"]?.strings() ?? []
        field.known = try m["known"]?.bool() ?? false
        if let required = m["required"] {
            if required.isScalar {
                field.required = try required.bool() ? .always : .optional
            } else {
                let r = try required.mapping(allowed: ["from_age", "field", "in"])
                if let age = r["from_age"] {
                    field.required = .fromAge(try age.int())
                } else if let other = r["field"], let values = r["in"] {
                    field.required = .whenField(try other.string(), try values.strings())
                } else {
                    throw required.error("required cần true/false, {from_age: N} hoặc {field: X, in: [...]}")
                }
            }
        }
        if let unique = m["unique"] {
            if (try? unique.string()) == "folder" {
                field.uniqueScope = .folder
            } else {
                field.uniqueScope = try unique.bool() ? .run : .none
            }
        }
        field.list = try m["values"]?.string()
        if let digits = m["digits"] {
            field.digits = digits.isScalar ? [try digits.int()] : try digits.sequence().map { try $0.int() }
        }
        field.min = try m["min"]?.double()
        field.max = try m["max"]?.double()
        field.minAge = try m["min_age"]?.int()
        field.maxAge = try m["max_age"]?.int()
        field.freshnessDays = try m["freshness_days"]?.int()
        field.allowFuture = try m["allow_future"]?.bool() ?? false
        if type == .enumeration && field.list == nil {
            throw node.error("trường kiểu enum «\(field.id)» cần khóa values (tên danh mục)")
        }
        return field
    }
}

/// A parsed file of a rule folder.
private enum RuleFile {
    case list(CodeList)
    case recordType(RecordType)
}
