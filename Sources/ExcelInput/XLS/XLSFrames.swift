import Foundation

/// The byte framing of ``XLSEvent``s between the isolated `.xls` reader process and sachsong.
/// Little-endian; one tag byte per frame:
/// - `S` u32 count, count × string, u32 chosen, u32 rows, u32 columns
/// - `C` u32 row, u32 column, u8 kind, string
/// - `Z` (end)
/// - `F` u8 reason (1 not a workbook, 2 no such sheet, 3 corrupt), string, u32 count, count × string
///
/// A string is u32 length + UTF-8 bytes. The decoder trusts nothing: every count and length is
/// bounded, and anything else is ``Malformed``.
public enum XLSFrames {
    /// The stream is not what the reader process writes.
    public struct Malformed: Error, Equatable, Sendable {
        public let reason: String
    }

    /// Bounds the decoder holds the stream to (above anything BIFF8 can hold).
    static let maxString = 1 << 20
    static let maxNames = 1 << 16
    static let maxRows = 1 << 20
    static let maxColumns = 1 << 14

    // MARK: Encoding

    /// Appends one event's frame to `out`.
    public static func encode(_ event: XLSEvent, into out: inout [UInt8]) {
        switch event {
        case .sheet(let names, let chosen, let rows, let columns):
            out.append(UInt8(ascii: "S"))
            put(UInt32(names.count), &out)
            for name in names { put(name, &out) }
            put(UInt32(chosen), &out)
            put(UInt32(rows), &out)
            put(UInt32(columns), &out)
        case .cell(let row, let column, let kind, let text):
            out.append(UInt8(ascii: "C"))
            put(UInt32(row), &out)
            put(UInt32(column), &out)
            out.append(kind.rawValue)
            put(UInt32(text.count), &out)
            out.append(contentsOf: text)
        case .end:
            out.append(UInt8(ascii: "Z"))
        case .failure(let failure):
            out.append(UInt8(ascii: "F"))
            switch failure {
            case .notAWorkbook(let reason):
                out.append(1); put(reason, &out); put(UInt32(0), &out)
            case .noSuchSheet(let sheet, let available):
                out.append(2); put(sheet, &out); put(UInt32(available.count), &out)
                for name in available { put(name, &out) }
            case .corrupt(let reason):
                out.append(3); put(reason, &out); put(UInt32(0), &out)
            }
        }
    }

    private static func put(_ value: UInt32, _ out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func put(_ text: String, _ out: inout [UInt8]) {
        let bytes = Array(text.utf8.prefix(maxString))
        put(UInt32(bytes.count), &out)
        out.append(contentsOf: bytes)
    }

    // MARK: Decoding

    /// Reads events from a byte source that hands out chunks (an empty chunk at the end).
    public struct Decoder {
        private let fill: () throws -> [UInt8]
        private var buffer: [UInt8] = []
        private var position = 0
        private var finished = false

        public init(fill: @escaping () throws -> [UInt8]) {
            self.fill = fill
        }

        /// The next event, or nil where the stream ends cleanly between frames.
        public mutating func next() throws -> XLSEvent? {
            guard let tag = try byteOrEnd() else { return nil }
            switch tag {
            case UInt8(ascii: "S"):
                let count = try bounded(try u32(), XLSFrames.maxNames, "số trang tính")
                var names: [String] = []
                names.reserveCapacity(count)
                for _ in 0..<count { names.append(try string()) }
                let chosen = try u32()
                guard chosen < max(count, 1) else { throw Malformed(reason: "trang tính được chọn ngoài danh sách") }
                let rows = try bounded(try u32(), XLSFrames.maxRows, "số dòng")
                let columns = try bounded(try u32(), XLSFrames.maxColumns, "số cột")
                return .sheet(names: names, chosen: Int(chosen), rows: rows, columns: columns)
            case UInt8(ascii: "C"):
                let row = try bounded(try u32(), XLSFrames.maxRows - 1, "dòng")
                let column = try bounded(try u32(), XLSFrames.maxColumns - 1, "cột")
                guard let kind = XLSCellKind(rawValue: try byte()) else { throw Malformed(reason: "loại ô lạ") }
                let length = try bounded(try u32(), XLSFrames.maxString, "độ dài ô")
                return .cell(row: row, column: column, kind: kind, text: try bytes(length))
            case UInt8(ascii: "Z"):
                return .end
            case UInt8(ascii: "F"):
                let reason = try byte()
                let text = try string()
                let count = try bounded(try u32(), XLSFrames.maxNames, "số trang tính")
                var names: [String] = []
                for _ in 0..<count { names.append(try string()) }
                switch reason {
                case 1: return .failure(.notAWorkbook(reason: text))
                case 2: return .failure(.noSuchSheet(sheet: text, available: names))
                case 3: return .failure(.corrupt(reason: text))
                default: throw Malformed(reason: "lý do lỗi lạ")
                }
            default:
                throw Malformed(reason: "khung lạ (byte \(tag))")
            }
        }

        private func bounded(_ value: UInt32, _ limit: Int, _ what: String) throws -> Int {
            guard Int(value) <= limit else { throw Malformed(reason: "\(what) \(value) vượt giới hạn \(limit)") }
            return Int(value)
        }

        private mutating func byteOrEnd() throws -> UInt8? {
            if position == buffer.count {
                try refill()
                if position == buffer.count { return nil }
            }
            defer { position += 1 }
            return buffer[position]
        }

        private mutating func byte() throws -> UInt8 {
            guard let value = try byteOrEnd() else { throw Malformed(reason: "luồng dừng giữa khung") }
            return value
        }

        private mutating func u32() throws -> UInt32 {
            let b = try bytes(4)
            return UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 | UInt32(b[3]) << 24
        }

        private mutating func string() throws -> String {
            let length = try bounded(try u32(), XLSFrames.maxString, "độ dài chuỗi")
            return String(decoding: try bytes(length), as: UTF8.self)
        }

        private mutating func bytes(_ count: Int) throws -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(count)
            while out.count < count {
                if position == buffer.count {
                    try refill()
                    guard position < buffer.count else { throw Malformed(reason: "luồng dừng giữa khung") }
                }
                let take = min(count - out.count, buffer.count - position)
                out.append(contentsOf: buffer[position..<position + take])
                position += take
            }
            return out
        }

        private mutating func refill() throws {
            guard !finished else { return }
            let chunk = try fill()
            if chunk.isEmpty { finished = true }
            buffer = chunk
            position = 0
        }
    }
}
