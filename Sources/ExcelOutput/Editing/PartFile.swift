import CSVInput
import Foundation

/// A part being written to a temporary file (buffered), then read back when the package is
/// assembled; removed when done or when the process is interrupted.
final class PartFile {
    let path: String
    private var file: UnsafeMutablePointer<FILE>?
    private(set) var size = 0

    init(directory: String) throws {
        let template = Array("\(directory)/.sachsong-part-XXXXXX".utf8CString)
        let (fd, made) = TemporaryFiles.create(template: template)
        guard fd >= 0, let opened = fdopen(fd, "w+") else {
            throw WorkbookEditError(path: directory, reason: "không tạo được tệp tạm: \(String(cString: strerror(errno)))")
        }
        path = made
        file = opened
    }

    deinit { discard() }

    func write(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty, let file else { return }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count else {
            throw WorkbookEditError(path: path, reason: "không ghi được tệp tạm: \(String(cString: strerror(errno)))")
        }
        size += written
    }

    func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// Reads `count` bytes at `offset` (after the last write).
    func read(at offset: Int, count: Int) throws -> Data {
        guard let file else { return Data() }
        fflush(file)
        guard fseeko(file, off_t(offset), SEEK_SET) == 0 else { throw WorkbookEditError(path: path, reason: "không đọc lại được tệp tạm") }
        var data = Data(count: count)
        let got = data.withUnsafeMutableBytes { fread($0.baseAddress, 1, count, file) }
        guard got == count else { throw WorkbookEditError(path: path, reason: "không đọc lại được tệp tạm") }
        fseeko(file, 0, SEEK_END)
        return data
    }

    func discard() {
        guard let file else { return }
        fclose(file)
        self.file = nil
        unlink(path)
        TemporaryFiles.unregister(path)
    }
}
