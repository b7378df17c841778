import ExcelInput

/// The comments of one sheet: the comments part (authors and texts) and the VML drawing that
/// Excel needs to show them, both written as the cells come.
final class CommentParts {
    private let comments: PartFile
    private let drawing: PartFile
    private var shape: Int
    private(set) var count = 0

    /// `capacity` bounds how many comments will come (it sizes the drawing's shape-id blocks);
    /// `block` is the first block of shape ids, unique to the sheet.
    init(directory: String, capacity: Int, block: Int) throws {
        comments = try PartFile(directory: directory)
        drawing = try PartFile(directory: directory)
        shape = block * 1024 + 1
        let blocks = (0...(capacity / 1024)).map { String(block + $0) }.joined(separator: ",")
        try comments.write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors><author>sachsong</author></authors><commentList>"
        )
        try drawing.write(
            """
            <xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\
            <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="\(blocks)"/></o:shapelayout>\
            <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">\
            <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
            """)
    }

    /// A comment on the cell at `row` (1-based), `column` (0-based).
    func add(row: Int, column: Int, lines: [String]) throws {
        let reference = CellText.reference(column: column, row: row)
        let text = XMLText.escaped(lines.joined(separator: "\n"))
        try comments.write("<comment ref=\"\(reference)\" authorId=\"0\"><text><t xml:space=\"preserve\">\(text)</t></text></comment>")
        let top = max(row - 2, 0)
        try drawing.write(
            """
            <v:shape id="_x0000_s\(shape)" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:1.5pt;width:240pt;height:80pt;z-index:\(count + 1);visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">\
            <v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>\
            <v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>\
            <x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>\
            <x:Anchor>\(column + 1), 15, \(top), 10, \(column + 5), 15, \(top + 5), 4</x:Anchor>\
            <x:AutoFill>False</x:AutoFill><x:Row>\(row - 1)</x:Row><x:Column>\(column)</x:Column></x:ClientData></v:shape>
            """)
        shape += 1
        count += 1
    }

    /// Ends both parts; returns (comments, drawing).
    func finish() throws -> (comments: PartFile, drawing: PartFile) {
        try comments.write("</commentList></comments>")
        try drawing.write("</xml>")
        return (comments, drawing)
    }

    func discard() {
        comments.discard()
        drawing.discard()
    }
}
