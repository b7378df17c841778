import CSVInput
import Foundation

/// One start tag seen by ``XMLScanner``: its local name (namespace prefix dropped) and raw
/// attributes, as views into the scanner's buffer, valid only inside the handler call.
package struct XMLTag {
    package let bytes: UnsafeBufferPointer<UInt8>
    /// Local name (after any `prefix:`).
    package let name: Range<Int>
    /// The attribute text between the name and `>` (or `/>`).
    package let attributes: Range<Int>
    /// `<name/>`: no content and no end tag follows.
    package let selfClosing: Bool

    package init(bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>, attributes: Range<Int>, selfClosing: Bool) {
        self.bytes = bytes
        self.name = name
        self.attributes = attributes
        self.selfClosing = selfClosing
    }

    /// True when the local name is `literal` (ASCII).
    @inline(__always)
    package func isNamed(_ literal: StaticString) -> Bool {
        XMLTag.equal(bytes, name, literal)
    }

    /// The raw (entity-encoded) value of the attribute whose local name is `literal`.
    package func attribute(_ literal: StaticString) -> UnsafeBufferPointer<UInt8>? {
        var i = attributes.lowerBound
        let end = attributes.upperBound
        while i < end {
            while i < end, XMLTag.isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < end, bytes[i] != UInt8(ascii: "="), !XMLTag.isSpace(bytes[i]) { i += 1 }
            var local = nameStart
            for j in nameStart..<i where bytes[j] == UInt8(ascii: ":") { local = j + 1 }
            let attributeName = local..<i
            while i < end, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "'") { i += 1 }
            guard i < end else { return nil }
            let quote = bytes[i]
            i += 1
            let valueStart = i
            while i < end, bytes[i] != quote { i += 1 }
            let value = valueStart..<min(i, end)
            i += 1
            if XMLTag.equal(bytes, attributeName, literal) { return UnsafeBufferPointer(rebasing: bytes[value]) }
        }
        return nil
    }

    /// The decoded value of an attribute as a String.
    package func string(_ literal: StaticString) -> String? {
        guard let raw = attribute(literal) else { return nil }
        var out: [UInt8] = []
        XMLEntities.decode(raw, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of an attribute as a non-negative integer.
    /// Nil for more than 18 digits: a number from the file never wraps around.
    package func integer(_ literal: StaticString) -> Int? {
        guard let raw = attribute(literal), !raw.isEmpty, raw.count <= 18 else { return nil }
        var value = 0
        for b in raw {
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value &* 10 &+ Int(b - 0x30)
        }
        return value
    }

    @inline(__always)
    package static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    @inline(__always)
    package static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let l = literal.utf8Start
        var j = 0
        for i in range {
            if bytes[i] != l[j] { return false }
            j += 1
        }
        return true
    }
}

/// What ``XMLScanner`` reports.
package protocol XMLHandler {
    mutating func start(_ tag: XMLTag) throws
    /// An end tag, by local name (also sent right after `start` for `<name/>`).
    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws
    /// Character data between tags, raw: entities are not decoded unless `cdata` is true (then
    /// the bytes are literal).
    mutating func text(_ raw: UnsafeBufferPointer<UInt8>, cdata: Bool) throws
}

/// A small streaming scanner for the XML of SpreadsheetML parts: fed chunk by chunk, it reports
/// start tags, end tags and text, keeping only an unfinished tag or text run between chunks.
/// Comments, processing instructions and the DOCTYPE are skipped; CDATA is text. It checks no
/// well-formedness beyond what it needs to find the next tag.
package struct XMLScanner {
    private var carry: [UInt8] = []
    package init() {}

    /// Scans `chunk`; what cannot be finished yet is kept for the next call.
    package mutating func feed<H: XMLHandler>(_ chunk: UnsafeRawBufferPointer, into handler: inout H) throws {
        if carry.isEmpty {
            let bytes = chunk.bindMemory(to: UInt8.self)
            let used = try Self.scan(bytes, final: false, into: &handler)
            if used < bytes.count { carry.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[used...])) }
        } else {
            carry.append(contentsOf: chunk.bindMemory(to: UInt8.self))
            let used = try carry.withUnsafeBufferPointer { try Self.scan($0, final: false, into: &handler) }
            carry.removeFirst(used)
        }
    }

    package mutating func feed<H: XMLHandler>(_ data: Data, into handler: inout H) throws {
        try data.withUnsafeBytes { try feed($0, into: &handler) }
    }

    /// Ends the input: trailing text is reported.
    package mutating func finish<H: XMLHandler>(into handler: inout H) throws {
        guard !carry.isEmpty else { return }
        _ = try carry.withUnsafeBufferPointer { try Self.scan($0, final: true, into: &handler) }
        carry.removeAll()
    }

    /// Scans `p`; returns how many bytes were consumed.
    private static func scan<H: XMLHandler>(_ p: UnsafeBufferPointer<UInt8>, final: Bool, into handler: inout H) throws -> Int {
        let n = p.count
        guard n > 0, let base = p.baseAddress else { return 0 }
        var i = 0
        while i < n {
            if p[i] != UInt8(ascii: "<") {
                guard let lt = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) else {
                    if final { try handler.text(UnsafeBufferPointer(rebasing: p[i..<n]), cdata: false); return n }
                    // A long text run is handed over as it comes, not held: all but its last
                    // bytes, where an entity (at most 12 bytes) may be cut in two.
                    let keep = 16
                    if n - i > 4 * keep {
                        try handler.text(UnsafeBufferPointer(rebasing: p[i..<(n - keep)]), cdata: false)
                        return n - keep
                    }
                    return i
                }
                let at = base.distance(to: lt.assumingMemoryBound(to: UInt8.self))
                try handler.text(UnsafeBufferPointer(rebasing: p[i..<at]), cdata: false)
                i = at
                continue
            }
            guard i + 1 < n else { return i }
            let next = p[i + 1]
            if next == UInt8(ascii: "!") {
                if XMLBytes.hasPrefix(p, i, "<!--") {
                    guard let close = XMLBytes.find(p, from: i + 4, "-->") else { return i }
                    i = close + 3
                } else if XMLBytes.hasPrefix(p, i, "<![CDATA[") {
                    guard let close = XMLBytes.find(p, from: i + 9, "]]>") else { return i }
                    try handler.text(UnsafeBufferPointer(rebasing: p[(i + 9)..<close]), cdata: true)
                    i = close + 3
                } else {
                    if n - i < 9 && !final { return i }
                    guard let close = memchr(base + i, Int32(UInt8(ascii: ">")), n - i) else { return i }
                    i = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
                }
                continue
            }
            if next == UInt8(ascii: "?") {
                guard let close = XMLBytes.find(p, from: i + 2, "?>") else { return i }
                i = close + 2
                continue
            }
            // A tag: find its end outside quoted attribute values.
            guard let j = XMLBytes.tagEnd(p, from: i + 1) else { return i }
            if next == UInt8(ascii: "/") {
                var nameStart = i + 2
                var nameEnd = nameStart
                while nameEnd < j, !XMLTag.isSpace(p[nameEnd]) {
                    if p[nameEnd] == UInt8(ascii: ":") { nameStart = nameEnd + 1 }
                    nameEnd += 1
                }
                try handler.end(UnsafeBufferPointer(rebasing: p[nameStart..<nameEnd]))
            } else {
                let selfClosing = p[j - 1] == UInt8(ascii: "/")
                let contentEnd = selfClosing ? j - 1 : j
                var nameStart = i + 1
                var nameEnd = nameStart
                while nameEnd < contentEnd, !XMLTag.isSpace(p[nameEnd]) {
                    if p[nameEnd] == UInt8(ascii: ":") { nameStart = nameEnd + 1 }
                    nameEnd += 1
                }
                let tag = XMLTag(bytes: p, name: nameStart..<nameEnd, attributes: nameEnd..<contentEnd, selfClosing: selfClosing)
                try handler.start(tag)
                if selfClosing { try handler.end(UnsafeBufferPointer(rebasing: p[nameStart..<nameEnd])) }
            }
            i = j + 1
        }
        return n
    }
}

/// The five predefined XML entities and numeric character references.
package enum XMLEntities {
    /// Appends `raw` to `out` with `&amp; &lt; &gt; &quot; &apos; &#N; &#xH;` decoded; an unknown
    /// entity is kept as written.
    package static func decode(_ raw: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        guard let base = raw.baseAddress, raw.count > 0 else { return }
        if memchr(base, Int32(UInt8(ascii: "&")), raw.count) == nil {
            out.append(contentsOf: raw)
            return
        }
        var i = 0
        let n = raw.count
        while i < n {
            let b = raw[i]
            guard b == UInt8(ascii: "&") else { out.append(b); i += 1; continue }
            var j = i + 1
            while j < n, j - i <= 12, raw[j] != UInt8(ascii: ";") { j += 1 }
            guard j < n, raw[j] == UInt8(ascii: ";") else { out.append(b); i += 1; continue }
            let name = UnsafeBufferPointer(rebasing: raw[(i + 1)..<j])
            if let scalar = entity(name) {
                appendUTF8(scalar, to: &out)
                i = j + 1
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    private static func entity(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let s = Array(name)
        switch s {
        case Array("amp".utf8): return 0x26
        case Array("lt".utf8): return 0x3C
        case Array("gt".utf8): return 0x3E
        case Array("quot".utf8): return 0x22
        case Array("apos".utf8): return 0x27
        default: break
        }
        guard s.count >= 2, s[0] == UInt8(ascii: "#") else { return nil }
        var value: UInt32 = 0
        if s[1] == UInt8(ascii: "x") || s[1] == UInt8(ascii: "X") {
            guard s.count > 2 else { return nil }
            for c in s[2...] {
                let digit: UInt32
                switch c {
                case 0x30...0x39: digit = UInt32(c - 0x30)
                case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
                default: return nil
                }
                value = value &* 16 &+ digit
                if value > 0x10FFFF { return nil }
            }
        } else {
            for c in s[1...] {
                guard c >= 0x30, c <= 0x39 else { return nil }
                value = value &* 10 &+ UInt32(c - 0x30)
                if value > 0x10FFFF { return nil }
            }
        }
        return Unicode.Scalar(value) == nil ? nil : value
    }
}
