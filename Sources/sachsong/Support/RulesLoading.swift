import Foundation
import SachSong

/// Loads and compiles a rule profile for a command; exits 2 listing every problem when it does not load.
enum RulesLoading {
    /// `map`: `--map 'HEADER=field'` options, added to the profile's `columns:`.
    static func load(_ directory: String?, map: [String] = []) throws -> CompiledRules {
        do {
            var ruleSet = try RuleSetLoader.load(directory: directory ?? DefaultRules.directory())
            for item in map {
                guard let equals = item.lastIndex(of: "="), !item[..<equals].isEmpty, !item[item.index(after: equals)...].isEmpty else {
                    throw ExitWithMessage(code: 64, message: "--map cần dạng 'TIÊU ĐỀ=mã_trường', gặp «\(item)».")
                }
                let field = String(item[item.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
                guard ruleSet.recordTypes.contains(where: { $0.field(field) != nil }) else {
                    throw ExitWithMessage(code: 64, message: "--map: không có trường «\(field)» trong bộ quy tắc (xem rules/*.yaml).")
                }
                ruleSet.settings.columns.append((String(item[..<equals]), field))
            }
            return CompiledRules(ruleSet)
        } catch let errors as RuleErrors {
            throw ExitWithMessage(code: 2, message: errors.description)
        }
    }
}
