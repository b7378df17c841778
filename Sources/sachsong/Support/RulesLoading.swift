import SachSong

/// Loads and compiles a rule profile for a command; exits 2 listing every problem when it does not load.
enum RulesLoading {
    static func load(_ directory: String?) throws -> CompiledRules {
        do {
            return CompiledRules(try RuleSetLoader.load(directory: directory ?? DefaultRules.directory()))
        } catch let errors as RuleErrors {
            throw ExitWithMessage(code: 2, message: errors.description)
        }
    }
}
