import Foundation
import ZIPFoundation

/// An `.xlsx` package read whole for comparisons in tests: its parts by name, and the pieces of
/// a sheet's XML (cells by reference, and everything else).
public struct WorkbookPackage {
    public var parts: [String: [UInt8]] = [:]
    public var order: [String] = []

    public init(_ path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        for entry in archive where entry.type == .file {
            var bytes: [UInt8] = []
            _ = try archive.extract(entry) { bytes.append(contentsOf: $0) }
            parts[entry.path] = bytes
            order.append(entry.path)
        }
    }

    public func text(_ part: String) -> String { String(decoding: parts[part] ?? [], as: UTF8.self) }

    /// A sheet's `<c>` elements by reference, and the XML with them taken out.
    public static func cells(_ xml: String) -> (cells: [String: String], rest: String) {
        var cells: [String: String] = [:]
        var rest = ""
        var i = xml.startIndex
        while let open = xml.range(of: "<c ", range: i..<xml.endIndex) ?? xml.range(of: "<c>", range: i..<xml.endIndex) {
            rest += xml[i..<open.lowerBound]
            guard let tagEnd = xml[open.lowerBound...].firstIndex(of: ">") else { break }
            var end = xml.index(after: tagEnd)
            if xml[xml.index(before: tagEnd)] != "/", let close = xml.range(of: "</c>", range: end..<xml.endIndex) { end = close.upperBound }
            let element = String(xml[open.lowerBound..<end])
            let reference = Self.attribute("r", in: element) ?? "?\(cells.count)"
            cells[reference] = element
            i = end
        }
        rest += xml[i...]
        return (cells, rest)
    }

    public static func attribute(_ name: String, in element: String) -> String? {
        guard let range = element.range(of: " \(name)=\"") else { return nil }
        let start = range.upperBound
        guard let end = element[start...].firstIndex(of: "\"") else { return nil }
        return String(element[start..<end])
    }

    /// The child elements named `child` of the first `<list>` element, whole.
    public static func children(_ child: String, of list: String, in xml: String) -> [String] {
        guard let open = xml.range(of: "<\(list)"), let close = xml.range(of: "</\(list)>", range: open.upperBound..<xml.endIndex) else { return [] }
        let body = xml[open.upperBound..<close.lowerBound]
        var out: [String] = []
        var i = body.startIndex
        while let start = body.range(of: "<\(child)", range: i..<body.endIndex) {
            let after = body[start.upperBound]
            guard after == " " || after == ">" || after == "/" else { i = start.upperBound; continue }
            guard let tagEnd = body[start.lowerBound...].firstIndex(of: ">") else { break }
            var end = body.index(after: tagEnd)
            if body[body.index(before: tagEnd)] != "/", let close = body.range(of: "</\(child)>", range: end..<body.endIndex) { end = close.upperBound }
            out.append(String(body[start.lowerBound..<end]))
            i = end
        }
        return out
    }
}
