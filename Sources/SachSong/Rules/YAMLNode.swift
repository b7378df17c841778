import Yams

/// A YAML node with the file it came from, read with errors that name file, line and column,
/// and with unknown keys rejected (a misspelt key must not be silently ignored).
struct YAMLNode {
    let node: Node
    let file: String

    /// Parses a YAML document. Anchors and aliases are refused before parsing: rule files do not
    /// need them, and nested aliases can expand a few lines into billions of nodes.
    static func parse(_ text: String, file: String) throws -> YAMLNode {
        if let (line, column) = firstAnchorOrAlias(text) {
            throw RuleError(
                file: file, line: line, column: column,
                message: "tệp quy tắc không được dùng neo/bí danh YAML (& hoặc *); hãy viết giá trị đầy đủ")
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw RuleError(file: file, line: 1, column: 1, message: "tệp quy tắc rỗng")
            }
            return YAMLNode(node: node, file: file)
        } catch let error as YamlError {
            throw Self.ruleError(error, file: file)
        }
    }

    private static func ruleError(_ error: YamlError, file: String) -> RuleError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return RuleError(file: file, line: mark.line, column: mark.column, message: "YAML không hợp lệ: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return RuleError(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "khóa lặp lại: \(duplicates.joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            return RuleError(file: file, message: "không đọc được YAML: \(problem)")
        default:
            return RuleError(file: file, message: "không đọc được YAML: \(error)")
        }
    }

    /// Where the first anchor (`&name`) or alias (`*name`) starts a node, outside quotes and
    /// comments: after indentation, "- ", ": ", "[", "{" or ",".
    static func firstAnchorOrAlias(_ text: String) -> (line: Int, column: Int)? {
        // Most rule files hold neither character: no need to walk their characters one by one.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        var line = 1
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var column = 0
            var quote: Character?
            var previous: Character = " "
            var startOfNode = true
            for character in raw {
                column += 1
                if let open = quote {
                    if character == open { quote = nil }
                    previous = character
                    continue
                }
                switch character {
                case "\"", "'":
                    if startOfNode { quote = character }
                case "#" where previous == " " || column == 1:
                    break
                case "&", "*":
                    if startOfNode { return (line, column) }
                default:
                    break
                }
                if character == "#" && (previous == " " || column == 1) { break }
                if character == " " || character == "\t" {
                    // Spaces keep the state: "key:   *alias".
                } else if character == "-" || character == "[" || character == "{" || character == "," || character == ":" {
                    startOfNode = true
                } else {
                    startOfNode = false
                }
                previous = character
            }
            line += 1
        }
        return nil
    }

    var line: Int? { node.mark?.line }
    var column: Int? { node.mark?.column }

    func error(_ message: String) -> RuleError {
        RuleError(file: file, line: line, column: column, message: message)
    }

    /// The mapping's entries by key, after checking that every key is allowed and the required ones are present.
    func mapping(allowed: Set<String>, required: Set<String> = []) throws -> [String: YAMLNode] {
        guard case .mapping(let mapping) = node else { throw error("cần một bảng khóa: giá trị (mapping)") }
        var result: [String: YAMLNode] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                throw YAMLNode(node: key, file: file).error("khóa phải là chuỗi")
            }
            if !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                throw YAMLNode(node: key, file: file).error("khóa không được biết «\(name)» (các khóa hợp lệ: \(known))")
            }
            result[name] = YAMLNode(node: value, file: file)
        }
        for name in required.sorted() where result[name] == nil {
            throw error("thiếu khóa bắt buộc «\(name)»")
        }
        return result
    }

    func string() throws -> String {
        guard case .scalar(let scalar) = node else { throw error("cần một giá trị đơn (chuỗi)") }
        return scalar.string
    }

    func int() throws -> Int {
        guard let value = Int(try string()) else { throw error("cần một số nguyên, gặp «\(node.string ?? "")»") }
        return value
    }

    func double() throws -> Double {
        guard let value = Double(try string()) else { throw error("cần một số, gặp «\(node.string ?? "")»") }
        return value
    }

    func bool() throws -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("cần true hoặc false, gặp «\(node.string ?? "")»")
        }
    }

    func sequence() throws -> [YAMLNode] {
        guard case .sequence(let sequence) = node else { throw error("cần một danh sách") }
        return sequence.map { YAMLNode(node: $0, file: file) }
    }

    func strings() throws -> [String] { try sequence().map { try $0.string() } }

    var isMapping: Bool { if case .mapping = node { return true } else { return false } }
    var isScalar: Bool { if case .scalar = node { return true } else { return false } }
}
