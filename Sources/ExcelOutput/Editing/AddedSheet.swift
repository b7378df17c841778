import ExcelInput

/// A sheet sachsong adds to a workbook it edits (the list of findings, "Kết quả kiểm tra"): text
/// cells with a few formats, links to cells of the workbook, sized columns and a frozen header.
public struct AddedSheet: Sendable {
    public enum Style: Sendable, Hashable {
        case header, wrapped, link, text, severity(CellMark)
        /// A whole number, written as a number.
        case number
    }

    public struct Cell: Sendable {
        public var text: String
        public var style: Style
        /// A place in the workbook the cell links to, as ``AddedSheet/location(sheet:reference:)`` makes it.
        public var link: String?

        public init(_ text: String, style: Style = .text, link: String? = nil) {
            self.text = text
            self.style = style
            self.link = link
        }
    }

    public var name: String
    /// Column widths in characters.
    public var widths: [Double]
    public var rows: [[Cell]]
    /// Rows kept in view when scrolling (the header).
    public var frozenRows: Int

    public init(name: String, widths: [Double], rows: [[Cell]], frozenRows: Int = 1) {
        self.name = name
        self.widths = widths
        self.rows = rows
        self.frozenRows = frozenRows
    }

    /// `'Sheet name'!C12`: a link target inside the workbook.
    public static func location(sheet: String, reference: String) -> String {
        "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'!" + reference
    }

    /// The worksheet XML, with format indexes from `styles`.
    func write(to part: PartFile, styles: StylesPatch) throws {
        var head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        head +=
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        head += "<sheetViews><sheetView workbookViewId=\"0\">"
        if frozenRows > 0 {
            head += "<pane ySplit=\"\(frozenRows)\" topLeftCell=\"A\(frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            head += "<selection pane=\"bottomLeft\" activeCell=\"A\(frozenRows + 1)\" sqref=\"A\(frozenRows + 1)\"/>"
        }
        head += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !widths.isEmpty {
            head += "<cols>"
            for (i, width) in widths.enumerated() { head += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(width)\" customWidth=\"1\"/>" }
            head += "</cols>"
        }
        head += "<sheetData>"
        try part.write(head)
        var links: [(String, String, String)] = []
        for (r, row) in rows.enumerated() {
            var line = "<row r=\"\(r + 1)\"\(height(row))>"
            for (c, cell) in row.enumerated() where !cell.text.isEmpty {
                let reference = CellText.reference(column: c, row: r + 1)
                let style = styles.style(cell.style)
                if cell.style == .number, let number = Int(cell.text) {
                    line += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(number)</v></c>"
                } else {
                    line +=
                        "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escaped(Self.cut(cell.text)))</t></is></c>"
                }
                if let link = cell.link { links.append((reference, link, cell.text)) }
            }
            line += "</row>"
            try part.write(line)
        }
        var tail = "</sheetData>"
        if !links.isEmpty {
            tail += "<hyperlinks>"
            for (reference, location, display) in links {
                tail += "<hyperlink ref=\"\(reference)\" location=\"\(XMLText.escaped(location))\" display=\"\(XMLText.escaped(display))\"/>"
            }
            tail += "</hyperlinks>"
        }
        tail += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        tail += "<pageSetup orientation=\"landscape\"/></worksheet>"
        try part.write(tail)
    }

    /// A row height fitting its wrapped cells (Excel and LibreOffice do not always grow rows by
    /// themselves), or "" for one line.
    private func height(_ row: [Cell]) -> String {
        let wrapped = row.enumerated().filter { $0.element.style == .wrapped || $0.element.style == .header }
            .map { (text: $0.element.text, width: $0.offset < widths.count ? widths[$0.offset] : 9) }
        return RowHeight.points(wrapped).map { " ht=\"\(Int($0))\" customHeight=\"1\"" } ?? ""
    }

    /// Excel holds at most 32,767 characters in a cell.
    private static func cut(_ text: String) -> String {
        text.utf16.count > 32_000 ? String(text.prefix(30_000)) + "…" : text
    }
}
