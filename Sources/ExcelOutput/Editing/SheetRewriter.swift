import ExcelInput
import Foundation

/// Rewrites a worksheet's XML as it streams through: every byte is copied as it came except
/// the `<c>` elements of edited cells (a new `s` style, a new inline text value), cells and
/// rows made where an edit falls on a cell the sheet does not have, and a `<legacyDrawing>`
/// that links the comments. Only the cell being looked at is held, never the sheet.
struct SheetRewriter {
    /// What the rewriter needs from around it.
    struct Context {
        /// The cell format for a cell of format `original` with `mark`'s fill and, when
        /// `unicodeText`, new text in a Unicode font; nil keeps `original`.
        var style: (_ original: Int, _ mark: CellMark?, _ unicodeText: Bool) -> Int?
        /// Receives rewritten bytes.
        var write: (_ bytes: [UInt8]) throws -> Void
        /// Receives the comment of a cell (1-based row, 0-based column, lines), in sheet order.
        var comment: (_ row: Int, _ column: Int, _ lines: [String]) throws -> Void
        /// The relationship id of the comments' drawing, to link from the sheet; nil for none.
        var legacyDrawing: String?
    }

    private enum Phase { case head, data, tail }

    private var context: Context
    private let edits: [CellEdit]
    private var next = 0
    private var carry: [UInt8] = []
    private var out: [UInt8] = []
    private var phase = Phase.head
    private var depth = 0
    private var drawingLinked = false
    private var row = 0
    private var column = -1
    private var prefix: [UInt8] = []
    /// Edits not made: a value on a cell holding a formula.
    private(set) var skipped: [CellEdit] = []
    /// Edits made.
    private(set) var applied = 0

    /// `edits` must be in sheet order, one per cell (``CellEdit/merged(_:)``).
    init(edits: [CellEdit], context: Context) {
        self.edits = edits
        self.context = context
        out.reserveCapacity(1 << 17)
    }

    mutating func feed(_ chunk: Data) throws {
        try chunk.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if carry.isEmpty {
                let used = try process(bytes, final: false)
                if used < bytes.count { carry.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[used...])) }
            } else {
                carry.append(contentsOf: bytes)
                let held = carry
                let used = try held.withUnsafeBufferPointer { try process($0, final: false) }
                carry.removeFirst(used)
            }
        }
        if out.count >= 1 << 16 { try context.write(out); out.removeAll(keepingCapacity: true) }
    }

    /// Ends the part: what is left is copied, and edits beyond the last row are made.
    mutating func finish() throws {
        let held = carry
        carry.removeAll()
        _ = try held.withUnsafeBufferPointer { try process($0, final: true) }
        if phase == .data { try flushRows(through: Int.max) }
        try context.write(out)
        out.removeAll()
    }

    // MARK: - Scanning

    private mutating func process(_ p: UnsafeBufferPointer<UInt8>, final: Bool) throws -> Int {
        let n = p.count
        guard n > 0, let base = p.baseAddress else { return 0 }
        var i = 0
        while i < n {
            guard let found = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<n]))
                return n
            }
            let lt = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if lt > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<lt])) }
            i = lt
            guard i + 1 < n else { return final ? copyRest(p, from: i) : i }
            let second = p[i + 1]
            if second == UInt8(ascii: "!") || second == UInt8(ascii: "?") {
                let close: StaticString =
                    XMLBytes.hasPrefix(p, i, "<!--") ? "-->" : XMLBytes.hasPrefix(p, i, "<![CDATA[") ? "]]>" : second == UInt8(ascii: "?") ? "?>" : ">"
                guard let end = XMLBytes.find(p, from: i + 2, close) else { return final ? copyRest(p, from: i) : i }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(end + close.utf8CodeUnitCount)]))
                i = end + close.utf8CodeUnitCount
                continue
            }
            guard let gt = XMLBytes.tagEnd(p, from: i + 1) else { return final ? copyRest(p, from: i) : i }
            let isEnd = second == UInt8(ascii: "/")
            let nameStart = isEnd ? i + 2 : i + 1
            var nameEnd = nameStart
            var localStart = nameStart
            while nameEnd < gt, !XMLTag.isSpace(p[nameEnd]), p[nameEnd] != UInt8(ascii: "/"), p[nameEnd] != UInt8(ascii: ">") {
                if p[nameEnd] == UInt8(ascii: ":") { localStart = nameEnd + 1 }
                nameEnd += 1
            }
            let local = localStart..<nameEnd
            let selfClosing = !isEnd && p[gt - 1] == UInt8(ascii: "/")
            switch phase {
            case .head:
                if !isEnd, XMLTag.equal(p, local, "sheetData") {
                    prefix = Array(p[nameStart..<localStart])
                    if selfClosing {
                        out.append(contentsOf: p[i..<(gt - 1)])
                        out.append(UInt8(ascii: ">"))
                        try flushRows(through: Int.max)
                        out.append(contentsOf: Array("</".utf8) + Array(p[nameStart..<nameEnd]) + [UInt8(ascii: ">")])
                        phase = .tail
                    } else {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...gt]))
                        phase = .data
                    }
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...gt]))
                }
                i = gt + 1
            case .data:
                if !isEnd, XMLTag.equal(p, local, "c") {
                    var end = gt + 1
                    if !selfClosing {
                        guard let close = Self.endTag(p, from: gt + 1, name: nameStart..<nameEnd) else {
                            return final ? copyRest(p, from: i) : i
                        }
                        end = close
                    }
                    try cell(p, i..<end, startTagEnd: gt, selfClosing: selfClosing)
                    i = end
                    continue
                }
                if !isEnd, XMLTag.equal(p, local, "row") {
                    let tag = XMLTag(bytes: p, name: local, attributes: nameEnd..<(selfClosing ? gt - 1 : gt), selfClosing: selfClosing)
                    row = tag.integer("r") ?? (row + 1)
                    column = -1
                    try flushRows(through: row - 1)
                    if selfClosing, next < edits.count, edits[next].row == row {
                        out.append(contentsOf: p[i..<(gt - 1)])
                        out.append(UInt8(ascii: ">"))
                        try flushCells(before: Int.max)
                        out.append(contentsOf: Array("</".utf8) + Array(p[nameStart..<nameEnd]) + [UInt8(ascii: ">")])
                    } else {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...gt]))
                    }
                } else if isEnd, XMLTag.equal(p, local, "row") {
                    try flushCells(before: Int.max)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...gt]))
                } else if isEnd, XMLTag.equal(p, local, "sheetData") {
                    try flushRows(through: Int.max)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...gt]))
                    phase = .tail
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...gt]))
                }
                i = gt + 1
            case .tail:
                if context.legacyDrawing != nil, !drawingLinked, depth == 0,
                    (isEnd && XMLTag.equal(p, local, "worksheet")) || (!isEnd && Self.followsLegacyDrawing(p, local))
                {
                    linkDrawing()
                }
                if !isEnd && XMLTag.equal(p, local, "legacyDrawing") && depth == 0 { drawingLinked = true }
                if isEnd { depth -= 1 } else if !selfClosing { depth += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...gt]))
                i = gt + 1
            }
        }
        return n
    }

    private mutating func copyRest(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i...]))
        return p.count
    }

    /// Elements that come after `<legacyDrawing>` in a worksheet.
    private static func followsLegacyDrawing(_ p: UnsafeBufferPointer<UInt8>, _ local: Range<Int>) -> Bool {
        XMLTag.equal(p, local, "legacyDrawingHF") || XMLTag.equal(p, local, "drawingHF") || XMLTag.equal(p, local, "picture")
            || XMLTag.equal(p, local, "oleObjects") || XMLTag.equal(p, local, "controls") || XMLTag.equal(p, local, "webPublishItems")
            || XMLTag.equal(p, local, "tableParts") || XMLTag.equal(p, local, "extLst")
    }

    private mutating func linkDrawing() {
        guard let id = context.legacyDrawing else { return }
        drawingLinked = true
        let p = String(decoding: prefix, as: UTF8.self)
        out.append(
            contentsOf: Array("<\(p)legacyDrawing xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"\(id)\"/>".utf8))
    }

    // MARK: - Cells

    private mutating func cell(_ p: UnsafeBufferPointer<UInt8>, _ element: Range<Int>, startTagEnd gt: Int, selfClosing: Bool) throws {
        let start = element.lowerBound
        var nameEnd = start + 1
        while nameEnd < gt, !XMLTag.isSpace(p[nameEnd]), p[nameEnd] != UInt8(ascii: "/"), p[nameEnd] != UInt8(ascii: ">") { nameEnd += 1 }
        let tag = XMLTag(bytes: p, name: (nameEnd - 1)..<nameEnd, attributes: nameEnd..<(selfClosing ? gt - 1 : gt), selfClosing: selfClosing)
        if let ref = tag.attribute("r"), let parsed = CellText.column(ofReference: ref) { column = parsed } else { column += 1 }
        try flushCells(before: column)
        guard next < edits.count, edits[next].row == row, edits[next].column == column else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[element]))
            return
        }
        let edit = edits[next]
        next += 1
        if edit.text != nil, Self.holdsFormula(p, (gt + 1)..<element.upperBound) {
            skipped.append(edit)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[element]))
            return
        }
        applied += 1
        let original = tag.integer("s") ?? 0
        var open = Array(p[start..<nameEnd])
        for (name, whole) in Self.attributes(p, tag.attributes) {
            if XMLTag.equal(p, name, "s") { continue }
            if edit.text != nil, XMLTag.equal(p, name, "t") { continue }
            open.append(UInt8(ascii: " "))
            open.append(contentsOf: p[whole])
        }
        if let style = context.style(original, edit.mark, edit.text != nil) {
            open.append(contentsOf: Array(" s=\"\(style)\"".utf8))
        } else if tag.attribute("s") != nil {
            open.append(contentsOf: Array(" s=\"\(original)\"".utf8))
        }
        out.append(contentsOf: open)
        if let text = edit.text {
            out.append(
                contentsOf: Array(" t=\"inlineStr\">".utf8) + inlineText(text) + Array("</".utf8) + Array(p[(start + 1)..<nameEnd]) + [UInt8(ascii: ">")])
        } else if selfClosing {
            out.append(contentsOf: Array("/>".utf8))
        } else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[gt..<element.upperBound]))
        }
        if !edit.comment.isEmpty { try context.comment(row, column, edit.comment) }
    }

    private func inlineText(_ text: String) -> [UInt8] {
        let p = String(decoding: prefix, as: UTF8.self)
        return Array("<\(p)is><\(p)t xml:space=\"preserve\">\(XMLText.escaped(text))</\(p)t></\(p)is>".utf8)
    }

    /// New cells for the edits of the current row left of `limit`.
    private mutating func flushCells(before limit: Int) throws {
        while next < edits.count, edits[next].row == row, edits[next].column < limit {
            try newCell(edits[next])
            next += 1
        }
    }

    /// New rows for the edits on rows up to `last` that the sheet lacks.
    private mutating func flushRows(through last: Int) throws {
        // Edits left in a row already passed (out of order in the file) still go in a new row.
        while next < edits.count, edits[next].row <= last {
            let r = edits[next].row
            let p = String(decoding: prefix, as: UTF8.self)
            out.append(contentsOf: Array("<\(p)row r=\"\(r)\">".utf8))
            while next < edits.count, edits[next].row == r {
                try newCell(edits[next])
                next += 1
            }
            out.append(contentsOf: Array("</\(p)row>".utf8))
        }
    }

    private mutating func newCell(_ edit: CellEdit) throws {
        applied += 1
        let p = String(decoding: prefix, as: UTF8.self)
        let reference = CellText.reference(column: edit.column, row: edit.row)
        var open = "<\(p)c r=\"\(reference)\""
        if let style = context.style(0, edit.mark, edit.text != nil) { open += " s=\"\(style)\"" }
        out.append(contentsOf: Array(open.utf8))
        if let text = edit.text {
            out.append(contentsOf: Array(" t=\"inlineStr\">".utf8) + inlineText(text) + Array("</\(p)c>".utf8))
        } else {
            out.append(contentsOf: Array("/>".utf8))
        }
        if !edit.comment.isEmpty { try context.comment(edit.row, edit.column, edit.comment) }
    }

    // MARK: - Bytes

    /// Each attribute of a start tag: its name and the whole `name="value"` text.
    private static func attributes(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [(name: Range<Int>, whole: Range<Int>)] {
        var out: [(Range<Int>, Range<Int>)] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            while i < end, XMLTag.isSpace(p[i]) { i += 1 }
            guard i < end else { break }
            let nameStart = i
            while i < end, p[i] != UInt8(ascii: "="), !XMLTag.isSpace(p[i]) { i += 1 }
            let name = nameStart..<i
            while i < end, p[i] != UInt8(ascii: "\""), p[i] != UInt8(ascii: "'") { i += 1 }
            guard i < end else { break }
            let quote = p[i]
            i += 1
            while i < end, p[i] != quote { i += 1 }
            i = min(i + 1, end)
            out.append((name, nameStart..<i))
        }
        return out
    }

    /// Whether a cell's content has an `<f>` element.
    private static func holdsFormula(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            if p[i] == UInt8(ascii: "<") {
                var j = i + 1
                var local = j
                while j < range.upperBound, !XMLTag.isSpace(p[j]), p[j] != UInt8(ascii: ">"), p[j] != UInt8(ascii: "/") {
                    if p[j] == UInt8(ascii: ":") { local = j + 1 }
                    j += 1
                }
                if j - local == 1, p[local] == UInt8(ascii: "f") { return true }
            }
            i += 1
        }
        return false
    }

    /// The index after `</name>` (spaces allowed before `>`).
    private static func endTag(_ p: UnsafeBufferPointer<UInt8>, from: Int, name: Range<Int>) -> Int? {
        var i = from
        while let lt = XMLBytes.find(p, from: i, "</") {
            var j = lt + 2
            var k = name.lowerBound
            while k < name.upperBound, j < p.count, p[j] == p[k] { j += 1; k += 1 }
            if k == name.upperBound {
                while j < p.count, XMLTag.isSpace(p[j]) { j += 1 }
                if j < p.count, p[j] == UInt8(ascii: ">") { return j + 1 }
                if j >= p.count { return nil }
            }
            i = lt + 2
        }
        return nil
    }

}
