import CSVInput
import ExcelInput
import Foundation
import ZIPFoundation

/// Structure-aware `.xlsx` fuzzing: a valid zip package whose parts are fixed but one, and that
/// one is the fuzzer's bytes — the first byte chooses which (the sheet, the shared strings, the
/// workbook, its relationships, the styles), the rest is its XML. The damage is inside the XML,
/// where the reader's own code runs, not in the zip layer. Low limits make bombs cheap.
private let parts: [(String, String)] = [
    (
        "[Content_Types].xml",
        """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/></Types>
        """
    ),
    (
        "_rels/.rels",
        """
        <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """
    ),
    (
        "xl/workbook.xml",
        """
        <?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DanhSach" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    ),
    (
        "xl/_rels/workbook.xml.rels",
        """
        <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
        """
    ),
    (
        "xl/styles.xml",
        """
        <?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1">\
        <numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><name val="Calibri"/></font>\
        <font><name val=".VnTime"/></font></fonts><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/>\
        <xf numFmtId="49" fontId="1"/></cellXfs></styleSheet>
        """
    ),
    (
        "xl/sharedStrings.xml",
        """
        <?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Họ và tên</t></si>\
        <si><t>Ngày sinh</t></si><si><r><rPr><rFont val=".VnTime"/></rPr><t>NguyÔn V¨n An</t></r></si></sst>
        """
    ),
    (
        "xl/worksheets/sheet1.xml",
        """
        <?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
        <row r="2"><c r="A2" t="s" s="2"><v>2</v></c><c r="B2" s="1"><v>41000</v></c></row></sheetData></worksheet>
        """
    )
]
/// The parts the fuzzer may replace, by its first byte.
private let replaceable = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]
private let path = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-xlsx-\(getpid()).xlsx").path

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSXReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let target = replaceable[Int(data[0]) % replaceable.count]
    let fuzzed = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    unlink(path)
    do {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let content = name == target ? fuzzed : Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(content.count), compressionMethod: .deflate,
                provider: { position, length in content.subdata(in: Int(position)..<(Int(position) + length)) })
        }
    } catch {
        return 0
    }
    var options = CSVReadOptions()
    options.maxInputBytes = 8 << 20
    options.maxStringsBytes = 1 << 20
    options.maxFieldBytes = 4096
    guard let reader = try? XLSXReader(path: path, options: options) else { return 0 }
    var fields = 0
    try? reader.forEachRecord { record in
        fields += record.count
        _ = record.strings()
        _ = reader.cellKinds(line: record.line)
    }
    _ = (reader.strayCells, reader.trailingEmptyRows, reader.trailingEmptyColumns, reader.legacyFonts, fields)
    return 0
}
