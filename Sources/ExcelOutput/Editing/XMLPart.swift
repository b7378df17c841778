/// A small XML part (styles, workbook, relationships, content types) held as text and edited
/// by inserting at tags, so that everything not edited stays as written.
struct XMLPart {
    struct Tag {
        /// The whole start tag, `<` to `>`.
        var range: Range<String.Index>
        /// The qualified name as written (`x:sheets` or `sheets`).
        var qualifiedName: String
        var selfClosing: Bool
        /// The namespace prefix with its colon (`x:`), or "".
        var prefix: String {
            guard let colon = qualifiedName.firstIndex(of: ":") else { return "" }
            return String(qualifiedName[...colon])
        }
    }

    var text: String

    init(_ bytes: [UInt8]) { text = String(decoding: bytes, as: UTF8.self) }
    init(text: String) { self.text = text }

    var bytes: [UInt8] { Array(text.utf8) }

    /// The first start tag with local name `local` at or after `from`.
    func startTag(_ local: String, from: String.Index? = nil) -> Tag? {
        var i = from ?? text.startIndex
        while let lt = text[i...].firstIndex(of: "<") {
            let nameStart = text.index(after: lt)
            guard nameStart < text.endIndex else { return nil }
            let first = text[nameStart]
            if first == "/" || first == "!" || first == "?" { i = nameStart; continue }
            var nameEnd = nameStart
            while nameEnd < text.endIndex, !" \t\r\n/>".contains(text[nameEnd]) { nameEnd = text.index(after: nameEnd) }
            let qualified = String(text[nameStart..<nameEnd])
            let localName = qualified.split(separator: ":").last.map(String.init) ?? qualified
            guard let gt = Self.tagEnd(text, from: nameEnd) else { return nil }
            if localName == local {
                let selfClosing = text[text.index(before: gt)] == "/"
                return Tag(range: lt..<text.index(after: gt), qualifiedName: qualified, selfClosing: selfClosing)
            }
            i = text.index(after: gt)
        }
        return nil
    }

    /// The end tag `</qualifiedName>` after `from`.
    func endTag(_ qualifiedName: String, from: String.Index) -> Range<String.Index>? {
        var i = from
        let needle = "</" + qualifiedName
        while let found = text.range(of: needle, range: i..<text.endIndex) {
            var j = found.upperBound
            while j < text.endIndex, " \t\r\n".contains(text[j]) { j = text.index(after: j) }
            if j < text.endIndex, text[j] == ">" { return found.lowerBound..<text.index(after: j) }
            i = found.upperBound
        }
        return nil
    }

    /// The `>` closing a tag, outside quoted values.
    static func tagEnd(_ text: String, from: String.Index) -> String.Index? {
        var quote: Character?
        var i = from
        while i < text.endIndex {
            let c = text[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return i
            }
            i = text.index(after: i)
        }
        return nil
    }

    /// The raw value of attribute `name` (exact qualified name) in the tag.
    func attribute(_ name: String, of tag: Tag) -> String? {
        Self.attribute(name, in: String(text[tag.range]))
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        valueRange(of: name, in: tag).map { String(tag[$0]) }
    }

    /// The tag with attribute `name` set to `value` (replaced where present, else added last).
    static func setting(_ name: String, to value: String, in tag: String) -> String {
        if let range = valueRange(of: name, in: tag) { return String(tag[..<range.lowerBound]) + value + String(tag[range.upperBound...]) }
        let closeLength = tag.hasSuffix("/>") ? 2 : 1
        let cut = tag.index(tag.endIndex, offsetBy: -closeLength)
        return String(tag[..<cut]) + " \(name)=\"\(value)\"" + String(tag[cut...])
    }

    /// Where the value of attribute `name` (exact qualified name) lies in the tag, quotes excluded.
    private static func valueRange(of name: String, in tag: String) -> Range<String.Index>? {
        var search = tag.startIndex
        while let found = tag.range(of: name, range: search..<tag.endIndex) {
            search = found.upperBound
            guard found.lowerBound > tag.startIndex, " \t\r\n".contains(tag[tag.index(before: found.lowerBound)]) else { continue }
            var j = found.upperBound
            while j < tag.endIndex, " \t\r\n".contains(tag[j]) { j = tag.index(after: j) }
            guard j < tag.endIndex, tag[j] == "=" else { continue }
            j = tag.index(after: j)
            while j < tag.endIndex, " \t\r\n".contains(tag[j]) { j = tag.index(after: j) }
            guard j < tag.endIndex, tag[j] == "\"" || tag[j] == "'" else { continue }
            let quote = tag[j]
            let valueStart = tag.index(after: j)
            guard let valueEnd = tag[valueStart...].firstIndex(of: quote) else { return nil }
            return valueStart..<valueEnd
        }
        return nil
    }

    /// Replaces the tag's text.
    mutating func replace(_ tag: Tag, with newTag: String) {
        text.replaceSubrange(tag.range, with: newTag)
    }

    /// Inserts `content` before the end of the element whose start tag is `tag`; a
    /// self-closing element is opened. Returns false when the end is not found.
    @discardableResult
    mutating func append(_ content: String, into tag: Tag) -> Bool {
        if tag.selfClosing {
            var open = String(text[tag.range])
            open.removeLast(2)
            text.replaceSubrange(tag.range, with: open + ">" + content + "</" + tag.qualifiedName + ">")
            return true
        }
        guard let end = endTag(tag.qualifiedName, from: tag.range.upperBound) else { return false }
        text.insert(contentsOf: content, at: end.lowerBound)
        return true
    }

    /// The text of each child element with local name `local` inside the element of `tag`,
    /// whole (`<xf …/>` or `<xf …>…</xf>`).
    func children(_ local: String, of tag: Tag) -> [String] {
        guard !tag.selfClosing, let end = endTag(tag.qualifiedName, from: tag.range.upperBound) else { return [] }
        var out: [String] = []
        var i = tag.range.upperBound
        while let child = startTag(local, from: i), child.range.lowerBound < end.lowerBound {
            if child.selfClosing {
                out.append(String(text[child.range]))
                i = child.range.upperBound
            } else if let close = endTag(child.qualifiedName, from: child.range.upperBound) {
                out.append(String(text[child.range.lowerBound..<close.upperBound]))
                i = close.upperBound
            } else {
                break
            }
        }
        return out
    }
}
