import CSVInput
import Foundation

// libFuzzer entry point: the input's bytes are written to a file and read through RecordTable, the way
// `sachsong inspect` reads it. The last byte picks reading options (chunk size, forced encoding,
// forced delimiter, header policy) so chunk boundaries and every transcoder are reached.

private let inputPath: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let dir = (base as NSString).appendingPathComponent("sachsong-fuzz-csv-\(getpid())")
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return (dir as NSString).appendingPathComponent("input.csv")
}()

private let chunkSizes = [1 << 20, 16, 17, 31, 64, 4099]
private let delimiters: [UInt8?] = [nil, nil, UInt8(ascii: ";"), UInt8(ascii: "\t")]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard FileManager.default.createFile(atPath: inputPath, contents: bytes) else { return 0 }
    let config = size > 0 ? Int(data[size - 1]) : 0
    var options = CSVReadOptions(
        chunkSize: chunkSizes[config % chunkSizes.count], maxFieldBytes: 1 << 12,
        maxIssuesPerKind: 50)
    let pick = (config / chunkSizes.count) % 16
    options.encoding = pick < 8 ? nil : TextEncoding.allCases[(pick - 8) % TextEncoding.allCases.count]
    options.delimiter = delimiters[(config >> 4) % delimiters.count]
    let policy: HeaderRowPolicy
    switch config % 3 {
    case 0: policy = .first
    case 1: policy = .record(2)
    default: policy = .detect(scan: 5, minimumScore: 1, score: { names in names.filter { !$0.isEmpty }.count })
    }
    do {
        let table = try RecordTable(path: inputPath, options: options, headerPolicy: policy)
        var total = 0
        try table.read(
            onHeader: { header in total += header.names.count },
            onRow: { row in total &+= row.record.strings().reduce(0) { $0 &+ $1.utf8.count } },
            onOther: { record in total &+= record.owned().strings().count })
        _ = table.log.issues.map { "\($0)" }
        _ = (table.reader.encoding.label, table.reader.lineEnding, table.reader.physicalLines, total)
    } catch {
        _ = "\(error)"
    }
    return 0
}
