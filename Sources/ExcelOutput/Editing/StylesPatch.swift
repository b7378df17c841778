import ExcelInput

/// `styles.xml` with formats appended: fonts, fills and cell formats (`cellXfs`) are added at
/// the end of their lists and their counts raised, so no existing index changes.
final class StylesPatch {
    private var part: XMLPart
    private let prefix: String
    private let originalXfs: [String]
    private let originalFonts: [String]
    private var fontCount: Int { originalFonts.count }
    private var unicodeFonts: [Int: Int] = [:]
    private let fillCount: Int
    private var fonts: [String] = []
    private var fills: [String] = []
    private var xfs: [String] = []
    private var markFill: [CellMark: Int] = [:]
    private var marked: [Int: Int] = [:]
    private var roles: [AddedSheet.Style: Int] = [:]
    private var boldFont: Int?
    private var linkFont: Int?
    /// Whether the package had no styles part (one is made).
    let isNew: Bool

    init(_ bytes: [UInt8]?) {
        isNew = bytes == nil
        var part = XMLPart(bytes ?? Array(Self.minimal.utf8))
        let root = part.startTag("styleSheet")
        prefix = root?.prefix ?? ""
        // Lists a minimal or odd styles part may lack are made empty, in schema order.
        for (list, before) in [
            ("fonts", ["fills", "borders", "cellStyleXfs", "cellXfs"]), ("fills", ["borders", "cellStyleXfs", "cellXfs"]),
            ("cellXfs", ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"])
        ] where part.startTag(list) == nil {
            let element = "<\(root?.prefix ?? "")\(list) count=\"0\"/>"
            if let next = before.lazy.compactMap({ part.startTag($0) }).first {
                part.text.insert(contentsOf: element, at: next.range.lowerBound)
            } else if let root {
                part.append(element, into: root)
            }
        }
        self.part = part
        originalFonts = part.startTag("fonts").map { part.children("font", of: $0) } ?? []
        fillCount = part.startTag("fills").map { part.children("fill", of: $0).count } ?? 0
        originalXfs = part.startTag("cellXfs").map { part.children("xf", of: $0) } ?? []
    }

    /// The cell format for a cell of format `original` that gets `mark`'s fill and, when
    /// `unicodeText`, Unicode text: a legacy Vietnamese font (.VnTime, VNI-Times) would draw it
    /// as garbage, so such a cell gets the same font under a Unicode name. Nil when `original`
    /// serves as it is.
    func style(original: Int, mark: CellMark?, unicodeText: Bool) -> Int? {
        let base =
            original >= 0 && original < originalXfs.count
            ? originalXfs[original]
            : "<\(prefix)xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        let font = Int(XMLPart.attribute("fontId", in: base) ?? "0") ?? 0
        let unicode = unicodeText ? unicodeFont(for: font) : nil
        guard mark != nil || unicode != nil else { return nil }
        let key = (original * 8 + (mark?.rawValue ?? 7)) * 2 + (unicode == nil ? 0 : 1)
        if let known = marked[key] { return known }
        var settings: [(String, String)] = []
        if let mark { settings += [("fillId", String(fill(for: mark))), ("applyFill", "1")] }
        if let unicode { settings += [("fontId", String(unicode)), ("applyFont", "1")] }
        let index = add(xf: derive(base, settings: settings))
        marked[key] = index
        return index
    }

    /// A copy of font `index` named Times New Roman when it is a legacy Vietnamese font.
    private func unicodeFont(for index: Int) -> Int? {
        guard index >= 0, index < originalFonts.count else { return nil }
        if let known = unicodeFonts[index] { return known }
        let font = originalFonts[index]
        guard let nameTag = XMLPart(text: font).startTag("name"), let name = XMLPart(text: font).attribute("val", of: nameTag),
            LegacyFont.of(fontName: name) != nil
        else { return nil }
        var copy = XMLPart(text: font)
        copy.replace(nameTag, with: XMLPart.setting("val", to: "Times New Roman", in: String(font[nameTag.range])))
        fonts.append(copy.text)
        let made = fontCount + fonts.count - 1
        unicodeFonts[index] = made
        return made
    }

    /// The cell format of a style of the added sheet.
    func style(_ role: AddedSheet.Style) -> Int {
        if let known = roles[role] { return known }
        let top = "<\(prefix)alignment vertical=\"top\" wrapText=\"1\"/>"
        let xf: String
        switch role {
        case .header:
            xf =
                "<\(prefix)xf numFmtId=\"0\" fontId=\"\(bold())\" fillId=\"\(fill(argb: "FFD9D9D9"))\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\">\(top)</\(prefix)xf>"
        case .wrapped:
            xf =
                "<\(prefix)xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\">\(top)</\(prefix)xf>"
        case .text:
            xf =
                "<\(prefix)xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><\(prefix)alignment vertical=\"top\"/></\(prefix)xf>"
        case .number:
            xf =
                "<\(prefix)xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><\(prefix)alignment vertical=\"top\"/></\(prefix)xf>"
        case .link:
            xf =
                "<\(prefix)xf numFmtId=\"49\" fontId=\"\(link())\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><\(prefix)alignment vertical=\"top\"/></\(prefix)xf>"
        case .severity(let mark):
            xf =
                "<\(prefix)xf numFmtId=\"49\" fontId=\"0\" fillId=\"\(fill(for: mark))\" borderId=\"0\" xfId=\"0\" applyFill=\"1\" applyAlignment=\"1\"><\(prefix)alignment vertical=\"top\"/></\(prefix)xf>"
        }
        let index = add(xf: xf)
        roles[role] = index
        return index
    }

    /// The part with what was added.
    func finish() -> [UInt8] {
        var part = self.part
        Self.append(fonts, to: "fonts", child: "font", in: &part)
        Self.append(fills, to: "fills", child: "fill", in: &part)
        Self.append(xfs, to: "cellXfs", child: "xf", in: &part)
        return part.bytes
    }

    var changed: Bool { !xfs.isEmpty }

    private static func append(_ items: [String], to list: String, child: String, in part: inout XMLPart) {
        guard !items.isEmpty, let tag = part.startTag(list) else { return }
        let count = part.children(child, of: tag).count + items.count
        let opened = XMLPart.setting("count", to: String(count), in: String(part.text[tag.range]))
        part.replace(tag, with: opened)
        if let again = part.startTag(list) { part.append(items.joined(), into: again) }
    }

    private func add(xf: String) -> Int {
        xfs.append(xf)
        return originalXfs.count + xfs.count - 1
    }

    private func fill(for mark: CellMark) -> Int {
        if let known = markFill[mark] { return known }
        let index = fill(argb: mark.argb)
        markFill[mark] = index
        return index
    }

    private func fill(argb: String) -> Int {
        fills.append(
            "<\(prefix)fill><\(prefix)patternFill patternType=\"solid\"><\(prefix)fgColor rgb=\"\(argb)\"/><\(prefix)bgColor indexed=\"64\"/></\(prefix)patternFill></\(prefix)fill>"
        )
        return fillCount + fills.count - 1
    }

    private func bold() -> Int {
        if let boldFont { return boldFont }
        fonts.append("<\(prefix)font><\(prefix)b/><\(prefix)sz val=\"11\"/><\(prefix)name val=\"Calibri\"/></\(prefix)font>")
        boldFont = fontCount + fonts.count - 1
        return boldFont!
    }

    private func link() -> Int {
        if let linkFont { return linkFont }
        fonts.append("<\(prefix)font><\(prefix)u/><\(prefix)sz val=\"11\"/><\(prefix)color rgb=\"FF0563C1\"/><\(prefix)name val=\"Calibri\"/></\(prefix)font>")
        linkFont = fontCount + fonts.count - 1
        return linkFont!
    }

    /// An `<xf>` element with attributes of its start tag set.
    private func derive(_ xf: String, settings: [(String, String)]) -> String {
        guard let gt = XMLPart.tagEnd(xf, from: xf.startIndex) else { return xf }
        var start = String(xf[...gt])
        for (name, value) in settings { start = XMLPart.setting(name, to: value, in: start) }
        return start + xf[xf.index(after: gt)...]
    }

    /// The styles of a package that had none: one font, the two fills Excel reserves, one
    /// border and the default cell format.
    static let minimal = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>
        """
}
