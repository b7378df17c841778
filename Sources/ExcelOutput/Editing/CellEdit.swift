/// How a marked cell is coloured: by the severity of its worst finding, or as a cell `clean`
/// changed.
public enum CellMark: Int, Sendable, Comparable, CaseIterable {
    case info, warning, error, changed

    public static func < (a: CellMark, b: CellMark) -> Bool { a.rawValue < b.rawValue }

    /// The fill colour (ARGB): the light red, yellow, blue and green Excel's own styles use.
    var argb: String {
        switch self {
        case .error: return "FFFFC7CE"
        case .warning: return "FFFFEB9C"
        case .info: return "FFDDEBF7"
        case .changed: return "FFC6EFCE"
        }
    }
}

/// One change to one cell of a sheet: a new value, a fill, a comment, or any of them.
public struct CellEdit: Sendable, Equatable {
    /// 1-based sheet row.
    public var row: Int
    /// 0-based column (A = 0).
    public var column: Int
    /// The new value, written as a text cell; nil keeps the value.
    public var text: String?
    /// The fill; nil keeps the cell's own.
    public var mark: CellMark?
    /// Lines of the cell's comment; empty for none.
    public var comment: [String]

    public init(row: Int, column: Int, text: String? = nil, mark: CellMark? = nil, comment: [String] = []) {
        self.row = row
        self.column = column
        self.text = text
        self.mark = mark
        self.comment = comment
    }

    /// Edits in sheet order, those on one cell folded into one (the strongest mark, the last
    /// value, every comment line once).
    public static func merged(_ edits: [CellEdit]) -> [CellEdit] {
        let sorted = edits.enumerated().sorted { a, b in
            (a.element.row, a.element.column, a.offset) < (b.element.row, b.element.column, b.offset)
        }.map(\.element)
        var out: [CellEdit] = []
        for edit in sorted {
            if var last = out.last, last.row == edit.row, last.column == edit.column {
                if let text = edit.text { last.text = text }
                if let mark = edit.mark { last.mark = max(last.mark ?? mark, mark) }
                for line in edit.comment where !last.comment.contains(line) { last.comment.append(line) }
                out[out.count - 1] = last
            } else {
                out.append(edit)
            }
        }
        return out
    }
}
