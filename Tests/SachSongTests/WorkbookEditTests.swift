import CSVInput
import ExcelInput
import Foundation
import TestSupport
import Testing

/// The clerk's own workbook back: `clean` edits an `.xlsx` in place and `check --annotate`
/// marks it, and in both the result differs from the input only where it must.
@Suite("Workbook editing")
struct WorkbookEditTests {
    static var root: URL { ReconcileTests.root }

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try ChildProcess.run(ChildProcess.sachsong(root: root), arguments, in: root)
    }

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sachsong-edit-\(UUID().uuidString)-\(name)").path
    }

    /// Every workbook fixture, and class lists made here with merges, widths, fonts, two
    /// sheets, a defined name, a validation and a formula.
    static func workbooks() throws -> [String] {
        var paths = ["hoc_sinh.xlsx", "legacy.xlsx", "dates1904.xlsx", "two_row_header.xlsx"]
            .map { root.appendingPathComponent("fixtures/xlsx/\($0)").path }
        for second in [false, true] {
            let made = temporary("lop-6a1-\(second).xlsx")
            try MadeWorkbook.write(to: made, dataSheetSecond: second)
            paths.append(made)
        }
        return paths
    }

    /// Parts an edit may change; everything else must come back byte for byte.
    static func mayChange(_ part: String) -> Bool {
        part.hasPrefix("xl/worksheets/") || part == "xl/styles.xml" || part == "xl/workbook.xml"
            || part == "xl/_rels/workbook.xml.rels" || part == "[Content_Types].xml"
    }

    /// The values of every row of a sheet, by line.
    static func values(_ path: String, sheet: String) throws -> [Int: [String]] {
        let reader = try XLSXReader(path: path, sheet: sheet)
        var rows: [Int: [String]] = [:]
        try reader.forEachRecord { record in
            var fields = record.strings()
            while fields.last == "" { fields.removeLast() }
            rows[record.line] = fields
        }
        return rows
    }

    /// Checks that `output` differs from `input` only in the cells `allowed` of one sheet, plus
    /// what annotation adds; returns the edited sheet's part and name.
    @discardableResult
    static func expectSurgical(_ input: String, _ output: String, allowed: Set<String>, annotated: Bool) throws -> String? {
        let before = try WorkbookPackage(input)
        let after = try WorkbookPackage(output)
        var edited: String?
        for part in before.order {
            let old = before.parts[part]!
            let new = try #require(after.parts[part], "\(part) missing from \(output)")
            guard old != new else { continue }
            #expect(mayChange(part), "\(part) changed")
            guard part.hasPrefix("xl/worksheets/"), !part.contains("_rels") else { continue }
            #expect(edited == nil, "two sheets changed: \(edited ?? "") and \(part)")
            edited = part
            let (oldCells, oldRest) = WorkbookPackage.cells(before.text(part))
            let (newCells, newRest) = WorkbookPackage.cells(after.text(part))
            for (reference, element) in oldCells where !allowed.contains(reference) {
                #expect(newCells[reference] == element, "\(input): cell \(reference) changed")
            }
            for reference in newCells.keys where oldCells[reference] == nil {
                #expect(allowed.contains(reference), "\(input): cell \(reference) made")
            }
            // What is not a cell is the same, but for rows made for new cells and the link to comments.
            var rest = newRest.replacingOccurrences(of: #"<legacyDrawing xmlns:r="[^"]*" r:id="rIdSachsong[^"]*"/>"#, with: "", options: .regularExpression)
            rest = rest.replacingOccurrences(of: #"<row r="\d+"></row>"#, with: "", options: .regularExpression)
            let cleanOld = oldRest.replacingOccurrences(of: #"<row r="\d+"></row>"#, with: "", options: .regularExpression)
            #expect(rest == cleanOld, "\(input): the sheet changed outside its cells")
        }
        // Formats are appended, never renumbered.
        for (list, child) in [("cellXfs", "xf"), ("fonts", "font"), ("fills", "fill"), ("borders", "border"), ("numFmts", "numFmt")] {
            let old = WorkbookPackage.children(child, of: list, in: before.text("xl/styles.xml"))
            let new = WorkbookPackage.children(child, of: list, in: after.text("xl/styles.xml"))
            #expect(Array(new.prefix(old.count)) == old, "\(input): \(list) renumbered")
        }
        // Sheets, defined names, merges and widths of every original sheet.
        let oldBook = before.text("xl/workbook.xml"), newBook = after.text("xl/workbook.xml")
        if !annotated { #expect(oldBook == newBook) }
        let names = { (xml: String) in
            WorkbookPackage.children("definedName", of: "definedNames", in: xml)
                .map { $0.replacingOccurrences(of: #" localSheetId="\d+""#, with: "", options: .regularExpression) }
        }
        #expect(names(oldBook) == names(newBook))
        let oldSheets = try XLSXReader(path: input).sheetNames
        let newSheets = try XLSXReader(path: output).sheetNames
        #expect(annotated ? Array(newSheets.dropFirst()) == oldSheets : newSheets == oldSheets)
        if annotated { #expect(newSheets.first == "Kết quả kiểm tra") }
        for sheet in oldSheets {
            let old = try values(input, sheet: sheet), new = try values(output, sheet: sheet)
            for (line, fields) in old {
                for (column, value) in fields.enumerated() where !allowed.contains(CellText.reference(column: column, row: line)) {
                    let now = column < (new[line]?.count ?? 0) ? new[line]![column] : ""
                    #expect(now == value, "\(sheet)!\(CellText.reference(column: column, row: line)): «\(value)» became «\(now)»")
                }
            }
        }
        return edited
    }

    /// The cells of a change log written by `clean --changes` (column "Ô"), with their new values.
    static func changeLog(_ path: String) throws -> [String: String] {
        var rows: [[String]] = []
        try CSVReader(path: path).forEachRecord { rows.append($0.strings()) }
        let header = try #require(rows.first)
        let cell = try #require(header.firstIndex(of: "Ô")), new = try #require(header.firstIndex(of: "Giá trị mới"))
        return Dictionary(rows.dropFirst().map { ($0[cell], $0[new]) }, uniquingKeysWith: { _, last in last })
    }

    @Test("clean on a workbook changes only the cells of its change log; styles, merges, widths, sheets and names stay")
    func cleanIsSurgical() throws {
        var changedSomewhere = false
        for input in try Self.workbooks() {
            let output = Self.temporary("clean.xlsx"), log = Self.temporary("changes.csv")
            defer { unlink(output); unlink(log) }
            let result = try Self.run(["clean", input, "--output", output, "--changes", log])
            #expect(result.status == 0, "\(input): \(result.err)")
            guard result.status == 0 else { continue }
            let changes = try Self.changeLog(log)
            changedSomewhere = changedSomewhere || !changes.isEmpty
            try Self.expectSurgical(input, output, allowed: Set(changes.keys), annotated: false)
            // The new values are there, as text cells (identity numbers and phones keep their zeros).
            let sheet = try XLSXReader(path: output, sheet: nil)
            let name = sheet.sheetName
            let values = try Self.values(output, sheet: name)
            for (reference, value) in changes {
                let (row, column) = Self.position(reference)
                #expect(values[row].map { column < $0.count ? $0[column] : "" } == value, "\(reference) should read «\(value)»")
            }
            // Cleaning the cleaned workbook changes nothing.
            let again = Self.temporary("again.xlsx"), againLog = Self.temporary("again.csv")
            defer { unlink(again); unlink(againLog) }
            #expect(try Self.run(["clean", output, "--output", again, "--changes", againLog]).status == 0)
            #expect(try Self.changeLog(againLog).isEmpty, "\(input): a second clean changed cells")
        }
        #expect(changedSomewhere, "no fixture had anything to clean: the test proves nothing")
    }

    @Test("Unicode text written into a cell in a legacy font (.VnTime) gets the same font under a Unicode name")
    func legacyFontCells() throws {
        let output = Self.temporary("legacy.clean.xlsx"), log = Self.temporary("legacy.csv")
        defer { unlink(output); unlink(log) }
        let result = try Self.run(["clean", Self.root.appendingPathComponent("fixtures/xlsx/legacy.xlsx").path, "--output", output, "--changes", log])
        #expect(result.status == 0, "\(result.err)")
        let changes = try Self.changeLog(log)
        #expect(!changes.isEmpty)
        let package = try WorkbookPackage(output)
        let styles = package.text("xl/styles.xml")
        let xfs = WorkbookPackage.children("xf", of: "cellXfs", in: styles)
        let fonts = WorkbookPackage.children("font", of: "fonts", in: styles)
        let (cells, _) = WorkbookPackage.cells(package.text("xl/worksheets/sheet1.xml"))
        for reference in changes.keys {
            let element = try #require(cells[reference])
            let xf = xfs[Int(WorkbookPackage.attribute("s", in: element) ?? "0") ?? 0]
            let font = fonts[Int(WorkbookPackage.attribute("fontId", in: xf) ?? "0") ?? 0]
            let name = try #require(WorkbookPackage.attribute("val", in: font.components(separatedBy: "<name").last ?? ""))
            #expect(LegacyFont.of(fontName: name) == nil, "\(reference) is drawn in \(name)")
        }
    }

    @Test("clean leaves formula cells alone and says so; --mark-changes fills and comments the changed cells")
    func cleanMarksChanges() throws {
        let input = Self.temporary("lop.xlsx"), output = Self.temporary("lop.clean.xlsx"), log = Self.temporary("lop.csv")
        defer { for path in [input, output, log] { unlink(path) } }
        try MadeWorkbook.write(to: input)
        let result = try Self.run(["clean", input, "--output", output, "--changes", log, "--mark-changes"])
        #expect(result.status == 0, "\(result.err)")
        let changes = try Self.changeLog(log)
        #expect(changes["C5"] == "Trần Thị Bình")
        #expect(changes["F6"] == "079214000789")
        #expect(changes["G5"] == "0912345679")
        try Self.expectSurgical(input, output, allowed: Set(changes.keys), annotated: false)
        let package = try WorkbookPackage(output)
        let comments = try #require(package.parts.keys.first { $0.hasPrefix("xl/comments") }.map { package.text($0) })
        for reference in changes.keys { #expect(comments.contains("ref=\"\(reference)\""), "no comment on \(reference)") }
        #expect(comments.contains("Giá trị cũ: «79214000789»"))
        let sheetXML = package.text("xl/worksheets/sheet1.xml")
        let (cells, _) = WorkbookPackage.cells(sheetXML)
        let f6 = try #require(cells["F6"])
        #expect(f6.contains("t=\"inlineStr\""), "an identity number must be a text cell: \(f6)")
        #expect(cells["H4"]?.contains("<f>") == true, "the formula is kept")
        #expect(package.parts["[Content_Types].xml"].map { String(decoding: $0, as: UTF8.self).contains("comments+xml") } == true)
    }

    @Test("check --annotate: same values in every sheet, a fill and a comment at every finding's cell, a first sheet of results")
    func annotate() throws {
        var marked = 0
        // inline.xlsx is not recognised as any export: clean refuses it, annotation still lists its findings.
        for input in try Self.workbooks() + [Self.root.appendingPathComponent("fixtures/xlsx/inline.xlsx").path] {
            let output = Self.temporary("annotated.xlsx")
            defer { unlink(output) }
            let result = try Self.run(["check", input, "--annotate", output, "--format", "json", "--as-of", FixtureSupport.asOfText])
            #expect(result.status <= 1, "\(input): \(result.err)")
            guard FileManager.default.fileExists(atPath: output) else { Issue.record("\(input): no annotated workbook"); continue }
            let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
            let file = try #require((json?["files"] as? [[String: Any]])?.first)
            let findings = file["findings"] as? [[String: Any]] ?? []
            let firstColumn = (file["columns"] as? [[String: Any]])?.compactMap { $0["index"] as? Int }.min() ?? 0
            var cells = Set<String>()
            for finding in findings {
                guard let line = finding["line"] as? Int, finding["row"] as? Int != nil else { continue }
                let column = (finding["cell"] as? String).map { Self.position($0).column } ?? firstColumn
                cells.insert(CellText.reference(column: column, row: line))
            }
            let edited = try Self.expectSurgical(input, output, allowed: cells, annotated: true)
            guard !cells.isEmpty else { continue }
            let package = try WorkbookPackage(output)
            let sheetXML = package.text(try #require(edited))
            let (elements, _) = WorkbookPackage.cells(sheetXML)
            let before = try WorkbookPackage(input)
            let oldFills = WorkbookPackage.children("fill", of: "fills", in: before.text("xl/styles.xml")).count
            let xfs = WorkbookPackage.children("xf", of: "cellXfs", in: package.text("xl/styles.xml"))
            let comments = package.parts.keys.first { $0.hasPrefix("xl/comments") }.map { package.text($0) } ?? ""
            for reference in cells {
                let element = try #require(elements[reference], "\(input): no cell at \(reference)")
                let style = Int(WorkbookPackage.attribute("s", in: element) ?? "0") ?? 0
                let fill = Int(WorkbookPackage.attribute("fillId", in: xfs[style]) ?? "0") ?? 0
                #expect(fill >= oldFills, "\(input): \(reference) has no fill of sachsong's")
                #expect(comments.contains("ref=\"\(reference)\""), "\(input): no comment on \(reference)")
                marked += 1
            }
            let results = package.text("xl/worksheets/sheet\(try XLSXReader(path: input).sheetNames.count + 1).xml")
            #expect(results.contains("<hyperlink "), "\(input): the results sheet links to no cell")
            #expect(results.contains("state=\"frozen\""))
        }
        #expect(marked > 0, "no fixture had a finding on a cell: the test proves nothing")
    }

    @Test("check --annotate on a CSV gives a new workbook with the same values and marks")
    func annotateCSV() throws {
        let input = Self.temporary("lop.csv"), output = Self.temporary("lop.xlsx")
        defer { unlink(input); unlink(output) }
        let csv =
            "Mã học sinh;Họ và tên;Ngày sinh;Giới tính;Mã định danh\r\n7901234567;Nguyễn Văn An;05/03/2014;Nam;079214000123\r\n"
            + "7901234568;\"Trần Thị\nBình\";12/11/2014;Nữ;79314000456\r\n7901234569;Lê  Văn Cường;31/02/2014;Nam;079214000789\r\n"
        try csv.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try Self.run(["check", input, "--annotate", output, "--as-of", FixtureSupport.asOfText])
        #expect(result.status == 1, "\(result.err)")
        #expect(result.err.contains("CSV"))
        let values = try Self.values(output, sheet: "Dữ liệu")
        #expect(values[1]?.first == "Mã học sinh")
        #expect(values[3]?[1] == "Trần Thị\nBình")
        #expect(values[4]?[1] == "Lê  Văn Cường")
        let package = try WorkbookPackage(output)
        let comments = package.parts.keys.first { $0.hasPrefix("xl/comments") }.map { package.text($0) } ?? ""
        // The record that spans two lines is one row: the next one's finding lands on row 4.
        #expect(comments.contains("ref=\"B4\""), "\(comments)")
        #expect(comments.contains("ref=\"C4\""), "\(comments)")
        #expect(comments.contains("ref=\"E3\""), "\(comments)")
    }

    static func position(_ reference: String) -> (row: Int, column: Int) {
        let letters = reference.prefix { $0.isLetter }
        var column = 0
        for c in letters.unicodeScalars { column = column * 26 + Int(c.value) - 64 }
        return (Int(reference.dropFirst(letters.count)) ?? 0, column - 1)
    }
}

/// `check --format xlsx`: a findings workbook people can read.
@Suite("Findings workbook")
struct FindingsWorkbookTests {
    @Test("sized columns, wrapped messages, a fill by severity, an autofilter, a frozen header, a link to the source cell")
    func readable() throws {
        let input = WorkbookEditTests.temporary("lop.xlsx"), output = WorkbookEditTests.temporary("findings.xlsx")
        defer { unlink(input); unlink(output) }
        try MadeWorkbook.write(to: input)
        let result = try WorkbookEditTests.run([
            "check", input, "fixtures/hoc_sinh/dirty.csv", "--format", "xlsx", "--output", output, "--as-of", FixtureSupport.asOfText
        ])
        #expect(result.status == 1, "\(result.err)")
        let package = try WorkbookPackage(output)
        let sheet = package.text("xl/worksheets/sheet1.xml")
        #expect(sheet.contains("state=\"frozen\""))
        #expect(sheet.contains("<autoFilter ref=\"A1:L"))
        let widths = WorkbookPackage.children("col", of: "cols", in: sheet).compactMap { WorkbookPackage.attribute("width", in: $0).flatMap(Double.init) }
        #expect(widths.count >= 12 && Set(widths).count > 3, "columns sized to their content: \(widths)")
        let styles = package.text("xl/styles.xml")
        #expect(styles.contains("wrapText=\"1\""))
        for colour in ["FFC7CE", "FFEB9C", "DDEBF7"] { #expect(styles.contains(colour), "no fill \(colour) for a severity") }
        // The cell column of a workbook finding links to that cell of the source workbook.
        let links = package.text("xl/worksheets/_rels/sheet1.xml.rels")
        #expect(links.contains("TargetMode=\"External\""))
        #expect(links.contains("Target=\"\((input as NSString).lastPathComponent)\""), "\(links)")
        #expect(sheet.contains("location=\"'Danh sách lớp 6A1'!F6\""), "no link to F6 of the source")
    }
}
