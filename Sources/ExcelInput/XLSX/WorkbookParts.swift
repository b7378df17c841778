import CSVInput
import Foundation

/// A font that marks legacy Vietnamese text: `.VnTime` (TCVN3; `.VnTimeH` draws capitals),
/// `VNI-Times` (VNI), `VI Times` (VISCII).
public struct LegacyFont: Sendable, Equatable, Hashable {
    public var encoding: LegacyEncoding
    /// A TCVN3 "H" font: the toned letters are capitals.
    public var capitals: Bool
    /// The font name as written in styles.xml.
    public var name: String

    /// The legacy encoding a font name stands for, or nil for a Unicode font.
    public static func of(fontName raw: String) -> LegacyFont? {
        let name = raw.trimmingCharacters(in: .whitespaces)
        let lower = name.lowercased()
        if lower.hasPrefix(".vn") {
            return LegacyFont(encoding: .tcvn3, capitals: name.hasSuffix("H") || lower.hasSuffix("hoa"), name: name)
        }
        if lower.hasPrefix("vni-") || lower.hasPrefix("vni ") {
            return LegacyFont(encoding: .vni, capitals: false, name: name)
        }
        if lower.hasPrefix("vi ") || lower.contains("viscii") {
            return LegacyFont(encoding: .viscii, capitals: false, name: name)
        }
        return nil
    }
}

/// One cell style (`cellXfs` entry): whether its number format shows a date or time, and its
/// font when that font is a legacy Vietnamese one.
struct CellStyle {
    var kind: CellText.DateKind = .none
    var legacyFont: LegacyFont?
    /// The number format is text ("@").
    var isText = false
}

/// `xl/workbook.xml`: sheets in order and the date system.
package struct WorkbookInfo {
    package struct Sheet { package var name: String; package var relationship: String }
    package var sheets: [Sheet] = []
    package var date1904 = false

    package struct Handler: XMLHandler {
        package var info = WorkbookInfo()
        package init() {}
        package mutating func start(_ tag: XMLTag) throws {
            if tag.isNamed("sheet"), let name = tag.string("name") {
                info.sheets.append(Sheet(name: name, relationship: tag.string("id") ?? ""))
            } else if tag.isNamed("workbookPr"), let value = tag.string("date1904") {
                info.date1904 = value == "1" || value.lowercased() == "true"
            }
        }
        package mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws {}
        package mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws {}
    }
}

/// A `.rels` part: relationship id → (target, type).
package struct Relationships {
    package var targets: [String: (target: String, type: String)] = [:]

    package struct Handler: XMLHandler {
        package var rels = Relationships()
        package init() {}
        package mutating func start(_ tag: XMLTag) throws {
            guard tag.isNamed("Relationship"), let id = tag.string("Id"), let target = tag.string("Target") else { return }
            rels.targets[id] = (target, tag.string("Type") ?? "")
        }
        package mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws {}
        package mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws {}
    }
}

/// `xl/sharedStrings.xml` as one byte array and offsets: the memory a workbook reader keeps.
struct SharedStrings {
    var bytes: [UInt8] = []
    var ends: [Int] = []
    /// Strings whose rich-text runs use a legacy font.
    var legacyFont: [Int: LegacyFont] = [:]

    var count: Int { ends.count }

    func withString<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }

    struct Handler: XMLHandler {
        var table = SharedStrings()
        private var inItem = false, inText = false, inPhonetic = false
        private var font: LegacyFont?
        /// Limits: the whole table, and one string (the rest of a longer one is skipped).
        var maxBytes: Int64 = InputLimits.stringsBytes
        var maxString = 1 << 20
        var path = "", part = ""
        private var itemStart = 0

        mutating func start(_ tag: XMLTag) throws {
            if tag.isNamed("si") {
                inItem = true; font = nil; itemStart = table.bytes.count
            } else if tag.isNamed("t") {
                inText = inItem && !inPhonetic
            } else if tag.isNamed("rPh") {
                inPhonetic = true
            } else if tag.isNamed("rFont"), inItem, let name = tag.string("val"), let legacy = LegacyFont.of(fontName: name) {
                font = legacy
            }
        }
        mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws {
            if XMLTag.equal(name, 0..<name.count, "si") {
                if let font { table.legacyFont[table.ends.count] = font }
                table.ends.append(table.bytes.count)
                inItem = false
            } else if XMLTag.equal(name, 0..<name.count, "t") {
                inText = false
            } else if XMLTag.equal(name, 0..<name.count, "rPh") {
                inPhonetic = false
            }
        }
        mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws {
            guard inText, table.bytes.count - itemStart < maxString else { return }
            if cdata { table.bytes.append(contentsOf: raw) } else { XMLEntities.decode(raw, into: &table.bytes) }
            if Int64(table.bytes.count) > maxBytes {
                throw ExcelInputError.tooLarge(path: path, part: part, limit: maxBytes, option: "--max-strings-bytes hoặc SACHSONG_MAX_STRINGS_BYTES")
            }
        }
    }
}

/// `xl/styles.xml`: custom number formats, fonts and the cell styles that use them.
struct Styles {
    var styles: [CellStyle] = []

    struct Handler: XMLHandler {
        private var formats: [Int: String] = [:]
        private var fonts: [LegacyFont?] = []
        private var xfs: [(numFmt: Int, font: Int)] = []
        private var inFonts = false, inFont = false, inCellXfs = false

        mutating func start(_ tag: XMLTag) throws {
            if tag.isNamed("numFmt"), let id = tag.integer("numFmtId") {
                formats[id] = tag.string("formatCode") ?? ""
            } else if tag.isNamed("fonts") {
                inFonts = true
            } else if tag.isNamed("font"), inFonts {
                inFont = true
                fonts.append(nil)
            } else if tag.isNamed("name"), inFont, let name = tag.string("val") {
                fonts[fonts.count - 1] = LegacyFont.of(fontName: name)
            } else if tag.isNamed("cellXfs") {
                inCellXfs = true
            } else if tag.isNamed("xf"), inCellXfs {
                xfs.append((tag.integer("numFmtId") ?? 0, tag.integer("fontId") ?? 0))
            }
        }
        mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws {
            let all = 0..<name.count
            if XMLTag.equal(name, all, "fonts") {
                inFonts = false
            } else if XMLTag.equal(name, all, "font") {
                inFont = false
            } else if XMLTag.equal(name, all, "cellXfs") {
                inCellXfs = false
            }
        }
        mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws {}

        var result: Styles {
            var kinds: [Int: CellText.DateKind] = [:]
            for (id, code) in formats { kinds[id] = CellText.formatKind(code: code) }
            return Styles(
                styles: xfs.map { xf in
                    CellStyle(
                        kind: kinds[xf.numFmt] ?? CellText.builtinKind(xf.numFmt),
                        legacyFont: xf.font < fonts.count ? fonts[xf.font] : nil,
                        isText: xf.numFmt == 49 || formats[xf.numFmt] == "@")
                })
        }
    }
}
