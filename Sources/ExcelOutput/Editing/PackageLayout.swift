import ExcelInput
import Foundation
import ZIPFoundation

/// Why a workbook could not be edited.
public struct WorkbookEditError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): không sửa được bảng tính (\(reason))" }
}

/// Where the parts of an `.xlsx` package are: the workbook, its relationships, each worksheet
/// and its own relationships, the styles and the content types.
struct PackageLayout {
    struct Sheet {
        var name: String
        var part: String
        var relationshipID: String
    }

    static let contentTypes = "[Content_Types].xml"
    var workbook: String
    var workbookRelationships: String
    var sheets: [Sheet]
    var styles: String?
    /// The workbook's relationships, by id.
    var workbookTargets: [String: (target: String, type: String)]

    /// Reads the layout of `archive` (the small parts only).
    init(_ archive: Archive, path: String) throws {
        workbook = "xl/workbook.xml"
        if archive[workbook] == nil, let rels = archive["_rels/.rels"] {
            var handler = Relationships.Handler()
            try PackageLayout.scan(archive, rels, path: path, into: &handler)
            if let target = handler.rels.targets.values.first(where: { $0.type.hasSuffix("/officeDocument") })?.target {
                workbook = PackageLayout.resolve(target, from: "")
            }
        }
        guard let workbookEntry = archive[workbook] else {
            throw WorkbookEditError(path: path, reason: "tệp nén không có phần bảng tính")
        }
        let directory = (workbook as NSString).deletingLastPathComponent
        workbookRelationships = PackageLayout.relationshipsPart(of: workbook)
        var info = WorkbookInfo.Handler()
        try PackageLayout.scan(archive, workbookEntry, path: path, into: &info)
        var rels = Relationships.Handler()
        if let entry = archive[workbookRelationships] { try PackageLayout.scan(archive, entry, path: path, into: &rels) }
        workbookTargets = rels.rels.targets
        sheets = []
        for (index, sheet) in info.info.sheets.enumerated() {
            let rel = rels.rels.targets[sheet.relationship]
            guard rel == nil || rel!.type.hasSuffix("/worksheet") else { continue }
            let part = PackageLayout.resolve(rel?.target ?? "worksheets/sheet\(index + 1).xml", from: directory)
            if archive[part] != nil { sheets.append(Sheet(name: sheet.name, part: part, relationshipID: sheet.relationship)) }
        }
        styles = rels.rels.targets.values.first(where: { $0.type.hasSuffix("/styles") }).map { PackageLayout.resolve($0.target, from: directory) }
        if styles == nil, archive[(directory.isEmpty ? "" : directory + "/") + "styles.xml"] != nil {
            styles = (directory.isEmpty ? "" : directory + "/") + "styles.xml"
        }
    }

    /// The sheet named `name` (exactly, then ignoring case).
    func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }

    /// `dir/_rels/name.rels` for the part `dir/name`.
    static func relationshipsPart(of part: String) -> String {
        let directory = (part as NSString).deletingLastPathComponent
        return (directory.isEmpty ? "" : directory + "/") + "_rels/" + (part as NSString).lastPathComponent + ".rels"
    }

    /// A relationship target made a package path ("" when it would leave the package: no such part).
    static func resolve(_ target: String, from directory: String) -> String {
        PackagePath.resolve(target, from: directory) ?? ""
    }

    static func scan<H: XMLHandler>(_ archive: Archive, _ entry: Entry, path: String, into handler: inout H) throws {
        do {
            try XLSXReader.scan(archive, entry, path: path, into: &handler)
        } catch {
            throw WorkbookEditError(path: path, reason: "\(error)")
        }
    }

    /// A small part read whole (at most `limit` bytes: styles, relationships, the workbook).
    static func read(_ archive: Archive, _ entry: Entry, path: String, limit: Int = 64 << 20) throws -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { data in
                guard bytes.count + data.count <= limit else {
                    throw WorkbookEditError(path: path, reason: "phần \(entry.path) lớn quá \(limit >> 20) MB")
                }
                bytes.append(contentsOf: data)
            }
        } catch let error as WorkbookEditError {
            throw error
        } catch {
            throw WorkbookEditError(path: path, reason: "không giải nén được \(entry.path): \(error)")
        }
        return bytes
    }
}
