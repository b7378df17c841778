import Foundation
import Testing
@testable import CSVInput

@Suite("Atomic output and devices")
struct AtomicOutputDeviceTests {
    @Test("Writing to /dev/null writes to the device: it is never replaced by a regular file")
    func devNull() throws {
        let file = try AtomicOutputFile(path: "/dev/null")
        try Array("dữ liệu".utf8).withUnsafeBytes { try file.write($0) }
        try file.commit()
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("A directory is refused as an output")
    func directory() {
        #expect(throws: OutputError.self) { _ = try AtomicOutputFile(path: FileManager.default.temporaryDirectory.path) }
    }
}
