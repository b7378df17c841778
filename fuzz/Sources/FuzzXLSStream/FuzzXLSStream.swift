import CSVInput
import ExcelInput
import Foundation

// libFuzzer entry point for the `.xls` path sachsong chose (docs/xls-isolation.md): libfreexl runs
// in a reader process of its own, so the code that meets untrusted bytes inside sachsong is the
// decoder of that process's stream and the reader built on it. The input is that stream: the
// decoder must end in events or `Malformed`, and XLSReader in records or an error — never a crash,
// a trap or an allocation the stream asks for.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSStream(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // The first byte chooses chunks of 1..8 bytes (frames cross chunk edges); the rest is the stream.
    guard size > 0 else { return 0 }
    let step = Int(data[0] % 8) + 1
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var offset = 0
    var decoder = XLSFrames.Decoder {
        defer { offset += step }
        return offset < bytes.count ? Array(bytes[offset..<min(offset + step, bytes.count)]) : []
    }
    let events: () -> XLSEvent? = {
        do {
            return try decoder.next()
        } catch let malformed as XLSFrames.Malformed {
            return .failure(.notAWorkbook(reason: malformed.reason))
        } catch {
            return .failure(.notAWorkbook(reason: "\(error)"))
        }
    }
    var options = CSVReadOptions()
    options.maxIssuesPerKind = 20
    guard let reader = try? XLSReader(path: "fuzz.xls", options: options, events: events, isolated: true) else { return 0 }
    var cells = 0
    try? reader.forEachRecord { record in
        cells &+= record.strings().count
        _ = reader.cellKinds(line: record.line)
    }
    _ = (reader.strayCellCount, reader.trailingEmptyRows, reader.trailingEmptyColumns, cells)
    return 0
}
