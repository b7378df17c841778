import Crypto
import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// Receives a `multipart/form-data` body as it streams in: each `file` part is written to the
/// submission's incoming folder (hashed on the way), small fields are kept; the whole body may
/// not exceed `maxBytes`. Nothing of a refused body is kept.
struct MultipartUpload {
    /// The kinds of file a school may send.
    static let extensions: Set<String> = ["csv", "xlsx", "xls"]
    /// At most this many files in one submission, and this many bytes of form fields.
    static let maxFiles = 50
    static let maxFieldBytes = 1024

    let folder: String
    let maxBytes: Int

    struct Received {
        var uploads: [Upload] = []
        var fields: [String: String] = [:]
    }

    func receive(_ body: RequestBody, contentType: String?) async throws -> Received {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = Self.boundary(contentType)
        else {
            throw APIRefusal(status: .badRequest, message: "Cần gửi multipart/form-data với một hoặc nhiều phần «file».")
        }
        let state = PartState(folder: folder)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in state.header(name, value) }
        parser.onBody = { buffer in state.body(&buffer) }
        parser.onPartComplete = { state.complete() }
        var total = 0
        for try await buffer in body {
            total += buffer.readableBytes
            guard total <= maxBytes else {
                throw APIRefusal(status: .contentTooLarge, message: "Tệp gửi lên quá lớn: tối đa \(maxBytes / 1_048_576) MB mỗi lần nộp (--max-upload-mb).")
            }
            do {
                try parser.execute(buffer)
            } catch {
                throw APIRefusal(status: .badRequest, message: "Nội dung multipart không đọc được.")
            }
            if let refusal = state.refusal { throw refusal }
        }
        if let refusal = state.refusal { throw refusal }
        guard !state.received.uploads.isEmpty else {
            throw APIRefusal(status: .badRequest, message: "Không có tệp nào: gửi một hoặc nhiều phần «file».")
        }
        return state.received
    }

    /// The boundary parameter of a multipart content type.
    static func boundary(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty || value.count > 200 ? nil : value
            }
        }
        return nil
    }

    /// A file name as kept: its last component, without control characters, at most 120
    /// characters; nil when it is not a CSV or workbook.
    static func safeName(_ name: String) -> String? {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.properties.generalCategory != .control }))
        let ext = (clean as NSString).pathExtension.lowercased()
        guard extensions.contains(ext), clean.count <= 120, !clean.hasPrefix(".") else { return nil }
        return clean
    }
}

/// The parser's state across its callbacks: the part being read, and what was received.
private final class PartState {
    let folder: String
    var received = MultipartUpload.Received()
    var refusal: APIRefusal?
    private var headers: [String: String] = [:]
    private var file: FileHandle?
    private var path = ""
    private var name = ""
    private var size = 0
    private var hasher = SHA256()
    private var field: (name: String, bytes: [UInt8])?
    private var first = true

    init(folder: String) { self.folder = folder }

    func header(_ name: String, _ value: String) {
        headers[name.lowercased()] = value
    }

    func body(_ buffer: inout ByteBuffer) {
        guard refusal == nil else { return }
        if first { start() }
        guard refusal == nil, let bytes = buffer.readBytes(length: buffer.readableBytes) else { return }
        if let file {
            if size == 0, !Self.looksRight(bytes, name: name) {
                refusal = APIRefusal(status: .unsupportedMediaType, message: "«\(name)» không phải bảng tính Excel hay tệp CSV.")
                return
            }
            file.write(Data(bytes))
            hasher.update(data: bytes)
            size += bytes.count
        } else if var current = field {
            current.bytes += bytes
            guard current.bytes.count <= MultipartUpload.maxFieldBytes else {
                refusal = APIRefusal(status: .badRequest, message: "Trường «\(current.name)» quá dài.")
                return
            }
            field = current
        }
    }

    func complete() {
        if first { start() }
        if let file {
            try? file.close()
            received.uploads.append(
                Upload(name: name, path: path, size: size, sha256: Array(hasher.finalize()).map { String(format: "%02x", $0) }.joined()))
        } else if let field {
            received.fields[field.name] = String(decoding: field.bytes, as: UTF8.self)
        }
        headers = [:]
        file = nil
        field = nil
        first = true
    }

    /// The part's headers are all read: opens its file, or starts a field.
    private func start() {
        first = false
        let disposition = headers["content-disposition"] ?? ""
        let partName = Self.parameter("name", in: disposition) ?? ""
        if let filename = Self.parameter("filename", in: disposition) {
            guard partName == "file" else { return }
            guard let safe = MultipartUpload.safeName(filename) else {
                refusal = APIRefusal(
                    status: .unsupportedMediaType, message: "«\(filename)» không phải tệp .xlsx, .xls hay .csv.")
                return
            }
            guard received.uploads.count < MultipartUpload.maxFiles else {
                refusal = APIRefusal(status: .badRequest, message: "Quá nhiều tệp: tối đa \(MultipartUpload.maxFiles) tệp mỗi lần nộp.")
                return
            }
            name = safe
            path = (folder as NSString).appendingPathComponent("\(received.uploads.count + 1)-\(safe)")
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
                let handle = FileHandle(forWritingAtPath: path)
            else {
                refusal = APIRefusal(status: .internalServerError, message: "Máy chủ không ghi được tệp tải lên.")
                return
            }
            file = handle
            size = 0
            hasher = SHA256()
        } else if !partName.isEmpty {
            field = (partName, [])
        }
    }

    /// A workbook begins as a zip (.xlsx) or a compound file (.xls); a CSV has no NUL byte in
    /// its first bytes (UTF-16 aside, which has a byte-order mark).
    private static func looksRight(_ bytes: [UInt8], name: String) -> Bool {
        switch (name as NSString).pathExtension.lowercased() {
        case "xlsx": return bytes.starts(with: [0x50, 0x4B])
        case "xls": return bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
        default:
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
            return !bytes.prefix(4096).contains(0)
        }
    }

    /// A parameter of a Content-Disposition header (`name="file"`, `filename="lop 6a1.xlsx"`).
    private static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == key {
                return pair[1].count >= 2 && pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"")
                    ? String(pair[1].dropFirst().dropLast()) : pair[1]
            }
        }
        return nil
    }
}
