import Foundation
import TestSupport
import SachSong
import Testing

/// The fixtures of issue 3: per record type a clean export (no error, no warning) and a dirty one
/// whose planted problems (planted.json) must each be found with exactly that rule at that data
/// row and column; and a district of three schools where two values repeated across files are
/// found at the documented places and nothing else is wrong.
@Suite("Fixtures")
struct FixtureTests {
    // MARK: - Clean exports

    @Test("A clean export is recognised and yields no error", arguments: FixtureSupport.recordTypes)
    func cleanHasNoErrors(type: String) throws {
        let report = FixtureSupport.check([FixtureSupport.path("\(type)/clean.csv")])
        #expect(report.failures.isEmpty, "unreadable: \(report.failures)")
        let file = try #require(report.files.first)
        #expect(file.recordType == type)
        #expect(file.rows >= 15 && file.rows <= 40, "\(file.rows) data rows")
        let errors = file.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "errors in clean export:\n\(errors.map(FixtureSupport.describe).joined(separator: "\n"))")
    }

    /// The clean exports carry no warning either (only the "title rows skipped" information of the
    /// files with a title block above the header).
    @Test("A clean export yields no warning", arguments: FixtureSupport.recordTypes)
    func cleanHasNoWarnings(type: String) throws {
        let report = FixtureSupport.check([FixtureSupport.path("\(type)/clean.csv")])
        let file = try #require(report.files.first)
        let warnings = file.findings.filter { $0.severity == .warning }
        #expect(warnings.isEmpty, "warnings in clean export:\n\(warnings.map(FixtureSupport.describe).joined(separator: "\n"))")
        #expect(file.findings.allSatisfy { $0.severity != .info || $0.rule == "csv.title-rows" })
    }

    // MARK: - Dirty exports

    @Test("Every planted problem of a dirty export is found at its row and column", arguments: FixtureSupport.recordTypes)
    func dirtyFindsEveryPlantedProblem(type: String) throws {
        let planted = try FixtureSupport.decode([PlantedProblem].self, from: "\(type)/planted.json")
        #expect(planted.count >= 10 || (planted.count >= 5 && ["he_thong", "hoat_dong"].contains(type)), "\(planted.count) planted")
        let report = FixtureSupport.check([FixtureSupport.path("\(type)/dirty.csv")])
        #expect(report.failures.isEmpty, "unreadable: \(report.failures)")
        let file = try #require(report.files.first)
        #expect(file.recordType == type)
        for problem in planted {
            let hit = file.findings.contains { $0.rule == problem.rule && $0.row == problem.row && $0.column == problem.column }
            let atRow = file.findings.filter { $0.row == problem.row }.map(FixtureSupport.describe)
            #expect(hit, "not found: \(problem)\n  found at that row instead:\n  \(atRow.joined(separator: "\n  "))")
        }
    }

    /// The planted lists name rules that exist and columns that the dirty export has.
    @Test("Planted lists are well-formed", arguments: FixtureSupport.recordTypes)
    func plantedListsAreWellFormed(type: String) throws {
        let planted = try FixtureSupport.decode([PlantedProblem].self, from: "\(type)/planted.json")
        let report = FixtureSupport.check([FixtureSupport.path("\(type)/dirty.csv")])
        let file = try #require(report.files.first)
        for problem in planted {
            #expect(CheckCatalog.check(problem.rule) != nil, "unknown rule \(problem.rule)")
            #expect(problem.row >= 1 && problem.row <= file.rows, "row \(problem.row) outside 1…\(file.rows)")
        }
        // Each planted column is a header of the file: some finding of the file names it.
        let columns = Set(file.findings.compactMap(\.column))
        for problem in planted {
            #expect(columns.contains(problem.column), "no finding names column «\(problem.column)»")
        }
    }

    // MARK: - District

    /// The record type a district file must be read as: its name without a suffix such as `_bo_sung`.
    static func expectedType(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent.replacingOccurrences(of: ".csv", with: "")
        return FixtureSupport.recordTypes.filter { name.hasPrefix($0) }.max { $0.count < $1.count } ?? name
    }

    @Test("District: every file is recognised")
    func districtRecognised() throws {
        let paths = FixtureSupport.csvFiles(under: "district")
        #expect(paths.count >= 15)
        let report = FixtureSupport.check(paths)
        #expect(report.failures.isEmpty, "unreadable: \(report.failures)")
        for file in report.files {
            #expect(file.recordType == Self.expectedType(file.path), "\(file.path) read as \(file.recordType ?? "nothing")")
        }
        // Every school folder has the core exports.
        for school in ["truong_thcs_hoa_binh", "truong_thcs_an_phu", "truong_th_binh_an"] {
            for type in ["truong", "hoc_sinh", "nhan_su", "he_thong", "hoat_dong"] {
                #expect(paths.contains(FixtureSupport.path("district/\(school)/\(type).csv")), "\(school) lacks \(type).csv")
            }
        }
    }

    @Test("District: values repeated across files are found at the documented places")
    func districtDuplicatesAcrossFiles() throws {
        let planted = try FixtureSupport.decode([PlantedRepeat].self, from: "district/planted.json")
        #expect(planted.count == 2)
        let report = FixtureSupport.check(FixtureSupport.csvFiles(under: "district"))
        for repeated in planted {
            #expect(repeated.first.file < repeated.repeatPlace.file, "the repeat must come later in path order")
            let path = FixtureSupport.path("district/\(repeated.repeatPlace.file)")
            let file = try #require(report.files.first { $0.path == path }, "\(path) not checked")
            let hits = file.findings.filter {
                $0.rule == repeated.rule && $0.row == repeated.repeatPlace.row && $0.column == repeated.repeatPlace.column
            }
            #expect(
                hits.count == 1,
                "\(repeated.note): expected at \(repeated.repeatPlace.file) row \(repeated.repeatPlace.row) «\(repeated.repeatPlace.column)»\n  found: \(file.findings.map(FixtureSupport.describe))"
            )
            if let hit = hits.first {
                // The finding points back at the first place.
                #expect(hit.message.contains(repeated.first.file), "\(hit.message)")
                #expect(hit.message.contains("dòng dữ liệu \(repeated.first.row) "), "\(hit.message)")
            }
        }
    }

    @Test("District: apart from the planted repeats, no error and no warning")
    func districtOtherwiseClean() throws {
        let planted = try FixtureSupport.decode([PlantedRepeat].self, from: "district/planted.json")
        let report = FixtureSupport.check(FixtureSupport.csvFiles(under: "district"))
        // Both places of each repeat carry a finding.
        let expected = Set(
            planted.flatMap {
                [
                    "\(FixtureSupport.path("district/\($0.repeatPlace.file)"))|\($0.repeatPlace.row)|\($0.repeatPlace.column)|\($0.rule)",
                    "\(FixtureSupport.path("district/\($0.first.file)"))|\($0.first.row)|\($0.first.column)|\($0.rule)"
                ]
            })
        for file in report.files {
            let unexpected = file.findings.filter {
                $0.severity != .info && !expected.contains("\(file.path)|\($0.row ?? 0)|\($0.column ?? "")|\($0.rule)")
            }
            #expect(unexpected.isEmpty, "\(file.path):\n\(unexpected.map(FixtureSupport.describe).joined(separator: "\n"))")
        }
        #expect(report.files.reduce(0) { $0 + $1.errors } == 2 * planted.count)
    }

    /// Activity logs: events in the eight weeks before the reference date, by users of the same school.
    @Test("District: activity logs belong to the school and the last eight weeks")
    func districtActivity() throws {
        for school in ["truong_thcs_hoa_binh", "truong_thcs_an_phu", "truong_th_binh_an"] {
            let folder = FixtureSupport.fixtures.appendingPathComponent("district/\(school)")
            let log = try CSVRows.read(folder.appendingPathComponent("hoat_dong.csv"))
            var codes = Set<String>()
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
            where name.hasPrefix("hoc_sinh") || name.hasPrefix("nhan_su") {
                let rows = try CSVRows.read(folder.appendingPathComponent(name))
                for row in rows.records {
                    for header in ["Mã định danh Bộ GD&ĐT", "Mã MOET", "Mã CBGVNV"] {
                        if let i = rows.header.firstIndex(of: header), i < row.count { codes.insert(row[i]) }
                    }
                }
            }
            let user = try #require(log.header.firstIndex(of: "Mã người dùng"))
            let time = try #require(log.header.firstIndex(of: "Thời điểm"))
            for row in log.records {
                #expect(codes.contains(row[user]), "\(school): user \(row[user]) is no student or staff of the school")
                let stamp = try #require(TimestampParser.parse(row[time]), "\(row[time])")
                let seconds = FixtureSupport.asOf.dayNumber * 86_400 - stamp.vietnamEpochSeconds
                #expect(seconds > 0 && seconds <= 56 * 86_400, "\(school): \(row[time]) is not in the 8 weeks before 01/06/2026")
            }
        }
    }
}

/// A tiny reader for the district's own comma- or semicolon-separated files (no quoted newlines),
/// used only to cross-check the activity logs against the people files.
enum CSVRows {
    struct Table {
        var header: [String]
        var records: [[String]]
    }

    static func read(_ url: URL) throws -> Table {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let delimiter: Character = (lines.first { $0.contains(";") } != nil) ? ";" : ","
        let rows = lines.map { split($0, delimiter) }
        let headerIndex = rows.firstIndex { $0.count > 3 } ?? 0
        return Table(header: rows[headerIndex], records: Array(rows[(headerIndex + 1)...]))
    }

    private static func split(_ line: String, _ delimiter: Character) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if c == "\"" {
                if quoted, chars.first == "\"" { current.append("\""); chars.removeFirst() } else { quoted.toggle() }
            } else if c == delimiter && !quoted {
                fields.append(current); current = ""
            } else {
                current.append(c)
            }
        }
        fields.append(current)
        return fields
    }
}
