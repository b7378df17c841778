import ArgumentParser
import Foundation
import SachSong

/// `--rules`, declared once for every command that loads a rule profile.
struct RulesOption: ParsableArguments {
    @Option(help: "Thư mục bộ quy tắc (mặc định: rules/ đi kèm sachsong).")
    var rules: String?

    /// The profile, compiled, with `map` applied; exits 2 with every problem listed when it does not load.
    func load(map: [String] = []) throws -> CompiledRules { try RulesLoading.load(rules, map: map) }

    /// The profile for figures over `folder`: exits 2 when it has no criteria or the folder is missing.
    func loadForIndicators(map: [String], folder: String) throws -> CompiledRules {
        let compiled = try load(map: map)
        guard !compiled.ruleSet.criteria.criteria.isEmpty else {
            throw ExitWithMessage(code: 2, message: "\(compiled.ruleSet.directory): không có criteria.yaml (định nghĩa chỉ số).")
        }
        guard FileManager.default.fileExists(atPath: folder) else {
            throw ExitWithMessage(code: 2, message: "\(folder): không tìm thấy thư mục.")
        }
        return compiled
    }
}

/// `--map`, declared once for every command that maps a file's columns.
struct MapOption: ParsableArguments {
    @Option(parsing: .singleValue, help: "Gán cột cho trường, bất kể tiêu đề: 'TIÊU ĐỀ=mã_trường' (lặp lại được).")
    var map: [String] = []
}

/// `--as-of`, declared and validated once for every command that needs a reference date.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Ngày tham chiếu YYYY-MM-DD hoặc dd/mm/yyyy (mặc định: hôm nay, giờ Việt Nam).")
    var asOf: String?

    func validate() throws {
        if let asOf, AsOfDate.parse(asOf) == nil { throw ValidationError(AsOfDate.invalid(asOf)) }
    }

    /// The date given, or today in Vietnam.
    var date: SimpleDate { AsOfDate.orToday(asOf) }
}
