import SachSong
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Errors while writing a sample.
public struct SampleError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}

/// A buffered file written in one pass: bytes go out every 1 MiB, so a file of any size needs
/// only the buffer in memory.
final class SampleByteFile {
    let path: String
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []

    init(path: String) throws {
        guard let file = fopen(path, "wb") else {
            throw SampleError(message: "\(path): không ghi được tệp (\(String(cString: strerror(errno))))")
        }
        self.path = path
        self.file = file
        buffer.reserveCapacity(1 << 20)
    }

    func append(_ bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else { throw SampleError(message: "\(path): không ghi được tệp (ổ đĩa đầy?)") }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        guard fclose(file) == 0 else { throw SampleError(message: "\(path): không đóng được tệp") }
    }
}

/// A CSV file in one of the sample variants: encoding, BOM and delimiter; CRLF line endings;
/// fields quoted when they hold the delimiter, a quote, a line break or an outer space.
final class SampleCSVFile {
    let file: SampleByteFile
    let variant: SampleVariant
    private let delimiter: UInt8
    private var line: [UInt8] = []
    private(set) var rows = 0

    init(path: String, variant: SampleVariant) throws {
        file = try SampleByteFile(path: path)
        self.variant = variant
        delimiter = variant.delimiter
        switch variant {
        case .utf8BOM, .semicolon: try file.append([0xEF, 0xBB, 0xBF])
        case .utf16: try file.append([0xFF, 0xFE])
        default: break
        }
    }

    /// Writes the header (not counted as a row).
    func writeHeader(_ fields: [String]) throws { try write(fields) }

    func writeRow(_ fields: [String]) throws {
        try write(fields)
        rows += 1
    }

    private func write(_ fields: [String]) throws {
        line.removeAll(keepingCapacity: true)
        for (i, field) in fields.enumerated() {
            if i > 0 { line.append(delimiter) }
            let utf8 = field.utf8
            var quote = false
            if let first = utf8.first, let last = utf8.last, first == 0x20 || last == 0x20 { quote = true }
            if !quote {
                for byte in utf8 where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                    quote = true
                    break
                }
            }
            if quote {
                line.append(0x22)
                for byte in utf8 {
                    line.append(byte)
                    if byte == 0x22 { line.append(0x22) }
                }
                line.append(0x22)
            } else {
                line.append(contentsOf: utf8)
            }
        }
        line.append(0x0D)
        line.append(0x0A)
        if variant == .utf16 {
            var out: [UInt8] = []
            out.reserveCapacity(line.count * 2)
            for unit in String(decoding: line, as: UTF8.self).utf16 {
                out.append(UInt8(unit & 0xFF))
                out.append(UInt8(unit >> 8))
            }
            try file.append(out)
        } else {
            try file.append(line)
        }
    }

    func close() throws { try file.close() }
}

/// `planted.json`, written entry by entry: a JSON array of `{file, row, column, rule, kind}`.
final class PlantedWriter {
    private let file: SampleByteFile
    private(set) var count = 0

    init(path: String) throws {
        file = try SampleByteFile(path: path)
        try file.append(Array("[".utf8))
    }

    func write(_ p: SamplePlant) throws {
        let text =
            (count == 0 ? "\n" : ",\n")
            + "  {\"file\": \(Self.quoted(p.file)), \"row\": \(p.row), \"column\": \(Self.quoted(p.column)), "
            + "\"rule\": \(Self.quoted(p.rule)), \"kind\": \(Self.quoted(p.kind))}"
        try file.append(Array(text.utf8))
        count += 1
    }

    func close() throws {
        try file.append(Array((count == 0 ? "]\n" : "\n]\n").utf8))
        try file.close()
    }

    static func quoted(_ text: String) -> String { JSONText.quote(text) }
}
