import CSVInput
import Foundation
import ZIPFoundation

/// Edits an `.xlsx` workbook surgically: the result holds every part of the original byte for
/// byte, except the edited sheet (only its edited `<c>` elements differ), `styles.xml` (formats
/// appended), the comments and their drawing, and an added first sheet with its relationships
/// and content type. The sheet is streamed through, never held.
public enum WorkbookEditor {
    /// What an edit did.
    public struct Outcome: Sendable {
        /// Cells changed or made.
        public var applied = 0
        /// Value edits not made because the cell holds a formula.
        public var skipped: [CellEdit] = []
        /// Comments written.
        public var comments = 0
        /// Why no comments were written, when some were asked for.
        public var commentsLeftOut: String?
    }

    /// Writes `source` with `edits` on sheet `sheet` (and `added` as a new first sheet) to
    /// `target`, through a temporary file renamed into place.
    public static func edit(source: String, target: String, sheet sheetName: String, edits: [CellEdit], added: AddedSheet? = nil) throws -> Outcome {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: source), accessMode: .read)
        } catch {
            throw WorkbookEditError(path: source, reason: "không mở được tệp nén: \(error)")
        }
        let layout = try PackageLayout(archive, path: source)
        guard let sheet = layout.sheet(named: sheetName) else {
            throw WorkbookEditError(path: source, reason: "không có trang tính «\(sheetName)»")
        }
        let directory = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        var outcome = Outcome()
        var replaced: [String: Content] = [:]
        var addedParts: [(String, Content)] = []
        var temporaries: [PartFile] = []
        defer { temporaries.forEach { $0.discard() } }

        let styles = StylesPatch(try layout.styles.flatMap { path in try archive[path].map { try PackageLayout.read(archive, $0, path: source) } })
        var types = XMLPart(try archive[PackageLayout.contentTypes].map { try PackageLayout.read(archive, $0, path: source) } ?? [])

        // The sheet's own relationships: comments go in only where the sheet has none yet.
        let sheetRelsPath = PackageLayout.relationshipsPart(of: sheet.part)
        var sheetRels = XMLPart(try archive[sheetRelsPath].map { try PackageLayout.read(archive, $0, path: source) } ?? Array(emptyRelationships.utf8))
        let wantsComments = edits.contains { !$0.comment.isEmpty }
        var comments: CommentParts?
        var drawingID: String?
        if wantsComments {
            if sheetRels.text.contains("relationships/comments\"") || sheetRels.text.contains("/vmlDrawing\"") {
                outcome.commentsLeftOut =
                    "trang tính đã có ghi chú hoặc hình vẽ kiểu cũ; sachsong không thêm ghi chú vào đó, các phát hiện vẫn được tô màu và liệt kê"
            } else {
                let capacity = edits.lazy.filter { !$0.comment.isEmpty }.count
                comments = try CommentParts(directory: directory, capacity: capacity, block: 100 + layout.sheets.count)
                drawingID = uniqueID(in: sheetRels, base: "rIdSachsongVml")
            }
        }

        // The sheet, streamed.
        guard let sheetEntry = archive[sheet.part] else { throw WorkbookEditError(path: source, reason: "thiếu phần \(sheet.part)") }
        let sheetOut = try PartFile(directory: directory)
        temporaries.append(sheetOut)
        var rewriter = SheetRewriter(
            edits: edits,
            context: SheetRewriter.Context(
                style: { styles.style(original: $0, mark: $1, unicodeText: $2) },
                write: { try sheetOut.write($0) },
                comment: { row, column, lines in try comments?.add(row: row, column: column, lines: lines) },
                legacyDrawing: drawingID))
        do {
            _ = try archive.extract(sheetEntry, bufferSize: 1 << 16, skipCRC32: false) { try rewriter.feed($0) }
            try rewriter.finish()
        } catch let error as WorkbookEditError {
            throw error
        } catch {
            throw WorkbookEditError(path: source, reason: "không đọc được \(sheet.part): \(error)")
        }
        outcome.applied = rewriter.applied
        outcome.skipped = rewriter.skipped
        replaced[sheet.part] = .file(sheetOut)

        if let comments, let drawingID {
            let (commentsPart, drawingPart) = try comments.finish()
            temporaries += [commentsPart, drawingPart]
            outcome.comments = comments.count
            let commentsPath = uniquePath(archive, "xl/comments", ".xml")
            let drawingPath = uniquePath(archive, "xl/drawings/vmlDrawing", ".vml")
            addedParts.append((commentsPath, .file(commentsPart)))
            addedParts.append((drawingPath, .file(drawingPart)))
            let sheetDirectory = (sheet.part as NSString).deletingLastPathComponent
            let commentsID = uniqueID(in: sheetRels, base: "rIdSachsongComments")
            addRelationship(
                &sheetRels, id: drawingID, type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
                target: RelativePath.of(drawingPath, from: sheetDirectory))
            addRelationship(
                &sheetRels, id: commentsID, type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
                target: RelativePath.of(commentsPath, from: sheetDirectory))
            if archive[sheetRelsPath] != nil {
                replaced[sheetRelsPath] = .bytes(sheetRels.bytes)
            } else {
                addedParts.append((sheetRelsPath, .bytes(sheetRels.bytes)))
            }
            addDefault(&types, extension: "vml", type: "application/vnd.openxmlformats-officedocument.vmlDrawing")
            addOverride(&types, part: commentsPath, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml")
        }

        // The added first sheet.
        var workbookRels = XMLPart(
            try archive[layout.workbookRelationships].map { try PackageLayout.read(archive, $0, path: source) } ?? Array(emptyRelationships.utf8))
        var workbookChanged = false
        var workbook = XMLPart(try archive[layout.workbook].map { try PackageLayout.read(archive, $0, path: source) } ?? [])
        let workbookDirectory = (layout.workbook as NSString).deletingLastPathComponent
        if let added {
            let part = try PartFile(directory: directory)
            temporaries.append(part)
            try added.write(to: part, styles: styles)
            let path = uniquePath(archive, "xl/worksheets/sheet", ".xml")
            addedParts.append((path, .file(part)))
            let id = uniqueID(in: workbookRels, base: "rIdSachsongSheet")
            addRelationship(
                &workbookRels, id: id, type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                target: RelativePath.of(path, from: workbookDirectory))
            addOverride(&types, part: path, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
            try insertFirstSheet(&workbook, name: uniqueSheetName(added.name, layout), id: id, source: source)
            workbookChanged = true
        }
        if styles.changed {
            if let path = layout.styles {
                replaced[path] = .bytes(styles.finish())
            } else {
                let path = (workbookDirectory.isEmpty ? "" : workbookDirectory + "/") + "styles.xml"
                addedParts.append((path, .bytes(styles.finish())))
                addRelationship(
                    &workbookRels, id: uniqueID(in: workbookRels, base: "rIdSachsongStyles"),
                    type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", target: "styles.xml")
                addOverride(&types, part: path, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
                workbookChanged = true
            }
        }
        if workbookChanged {
            replaced[layout.workbook] = .bytes(workbook.bytes)
            if archive[layout.workbookRelationships] != nil {
                replaced[layout.workbookRelationships] = .bytes(workbookRels.bytes)
            } else {
                addedParts.append((layout.workbookRelationships, .bytes(workbookRels.bytes)))
            }
        }
        if !addedParts.isEmpty { replaced[PackageLayout.contentTypes] = .bytes(types.bytes) }

        try assemble(archive, source: source, target: target, directory: directory, replaced: replaced, added: addedParts, temporaries: &temporaries)
        return outcome
    }

    // MARK: - Writing the package

    enum Content {
        case bytes([UInt8])
        case file(PartFile)
    }

    private static func assemble(
        _ archive: Archive, source: String, target: String, directory: String,
        replaced: [String: Content], added: [(String, Content)], temporaries: inout [PartFile]
    ) throws {
        let template = Array("\(directory)/.\((target as NSString).lastPathComponent).tmp-XXXXXX".utf8CString)
        let (fd, temporary) = TemporaryFiles.create(template: template)
        guard fd >= 0 else { throw WorkbookEditError(path: target, reason: String(cString: strerror(errno))) }
        close(fd)
        unlink(temporary)
        var committed = false
        defer {
            if !committed { unlink(temporary) }
            TemporaryFiles.unregister(temporary)
        }
        let output: Archive
        do {
            output = try Archive(url: URL(fileURLWithPath: temporary), accessMode: .create)
        } catch {
            throw WorkbookEditError(path: target, reason: "không tạo được tệp nén: \(error)")
        }
        do {
            for entry in archive {
                let date = entry.fileAttributes[.modificationDate] as? Date ?? Date()
                if entry.type == .directory {
                    try output.addEntry(with: entry.path, type: .directory, uncompressedSize: Int64(0), modificationDate: date, provider: { _, _ in Data() })
                    continue
                }
                guard entry.type == .file else { continue }
                if let content = replaced[entry.path] {
                    try add(content, as: entry.path, to: output, date: date)
                } else if entry.uncompressedSize <= 8 << 20 {
                    try add(.bytes(PackageLayout.read(archive, entry, path: source, limit: 8 << 20)), as: entry.path, to: output, date: date)
                } else {
                    let copy = try PartFile(directory: directory)
                    temporaries.append(copy)
                    _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { try copy.write(Array($0)) }
                    try add(.file(copy), as: entry.path, to: output, date: date)
                    copy.discard()
                }
            }
            for (path, content) in added { try add(content, as: path, to: output, date: Date()) }
        } catch let error as WorkbookEditError {
            throw error
        } catch {
            throw WorkbookEditError(path: target, reason: "\(error)")
        }
        chmod(temporary, 0o600)
        guard rename(temporary, target) == 0 else {
            throw WorkbookEditError(path: target, reason: String(cString: strerror(errno)))
        }
        committed = true
    }

    private static func add(_ content: Content, as path: String, to archive: Archive, date: Date) throws {
        switch content {
        case .bytes(let bytes):
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                compressionMethod: .deflate,
                provider: { position, size in
                    Data(bytes[Int(position)..<(Int(position) + size)])
                })
        case .file(let file):
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(file.size), modificationDate: date,
                compressionMethod: .deflate,
                provider: { position, size in
                    try file.read(at: Int(position), count: size)
                })
        }
    }

    // MARK: - Small parts

    static let emptyRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"

    private static func uniqueID(in rels: XMLPart, base: String) -> String {
        var n = 1
        while rels.text.contains("\"\(base)\(n)\"") { n += 1 }
        return "\(base)\(n)"
    }

    private static func uniquePath(_ archive: Archive, _ stem: String, _ suffix: String) -> String {
        var n = 1
        while archive["\(stem)\(n)\(suffix)"] != nil { n += 1 }
        return "\(stem)\(n)\(suffix)"
    }

    private static func addRelationship(_ rels: inout XMLPart, id: String, type: String, target: String) {
        guard let root = rels.startTag("Relationships") else { return }
        rels.append("<\(root.prefix)Relationship Id=\"\(id)\" Type=\"\(type)\" Target=\"\(XMLText.escaped(target))\"/>", into: root)
    }

    private static func addDefault(_ types: inout XMLPart, extension ext: String, type: String) {
        guard let root = types.startTag("Types") else { return }
        var from = root.range.upperBound
        while let tag = types.startTag("Default", from: from) {
            if types.attribute("Extension", of: tag)?.lowercased() == ext { return }
            from = tag.range.upperBound
        }
        types.append("<\(root.prefix)Default Extension=\"\(ext)\" ContentType=\"\(type)\"/>", into: root)
    }

    private static func addOverride(_ types: inout XMLPart, part: String, type: String) {
        guard let root = types.startTag("Types") else { return }
        types.append("<\(root.prefix)Override PartName=\"/\(part)\" ContentType=\"\(type)\"/>", into: root)
    }

    /// A sheet name not yet in the workbook ("Kết quả kiểm tra (2)" when taken).
    private static func uniqueSheetName(_ name: String, _ layout: PackageLayout) -> String {
        let taken = Set(layout.sheets.map { $0.name.lowercased() })
        guard taken.contains(name.lowercased()) else { return name }
        var n = 2
        while taken.contains("\(name) (\(n))".lowercased()) { n += 1 }
        return "\(name) (\(n))"
    }

    /// Puts a sheet first in `<sheets>`; sheet-local defined names and the active tab move one on.
    private static func insertFirstSheet(_ workbook: inout XMLPart, name: String, id: String, source: String) throws {
        guard let sheets = workbook.startTag("sheets"), let first = workbook.startTag("sheet", from: sheets.range.upperBound) else {
            throw WorkbookEditError(path: source, reason: "phần bảng tính không liệt kê trang tính nào")
        }
        var maxID = 0
        var from = sheets.range.upperBound
        while let tag = workbook.startTag("sheet", from: from) {
            maxID = max(maxID, Int(workbook.attribute("sheetId", of: tag) ?? "") ?? 0)
            from = tag.range.upperBound
        }
        let element =
            "<\(sheets.prefix)sheet xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" name=\"\(XMLText.escaped(name))\" sheetId=\"\(maxID + 1)\" r:id=\"\(id)\"/>"
        workbook.text.insert(contentsOf: element, at: first.range.lowerBound)
        from = workbook.text.startIndex
        while let tag = workbook.startTag("definedName", from: from) {
            if let local = workbook.attribute("localSheetId", of: tag), let index = Int(local) {
                let moved = XMLPart.setting("localSheetId", to: String(index + 1), in: String(workbook.text[tag.range]))
                workbook.replace(tag, with: moved)
            }
            from = workbook.startTag("definedName", from: tag.range.lowerBound).map { $0.range.upperBound } ?? workbook.text.endIndex
        }
        if let view = workbook.startTag("workbookView") {
            let active = Int(workbook.attribute("activeTab", of: view) ?? "0") ?? 0
            workbook.replace(view, with: XMLPart.setting("activeTab", to: String(active + 1), in: String(workbook.text[view.range])))
        }
    }
}
