import CLibCSV
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Streams the records of a CSV file through libcsv.
///
/// The file is read in chunks, transcoded to UTF-8 (BOM, UTF-16 and Windows-1258 detected), and
/// fed to libcsv one physical line at a time so that every record knows the line it starts on.
/// Records are handed over as byte fields in a reused buffer: memory stays flat whatever the size
/// of the file. Structural problems (stray or unterminated quotes, NUL bytes, huge fields,
/// invalid bytes) become `InputIssue`s; the file is always read to its end.
public final class CSVReader {
    /// The path as given, or `<stdin>`.
    public var name: String { source.name }
    /// The options in force.
    public let options: CSVReadOptions
    /// The encoding the file was decoded with (known once reading has started).
    public private(set) var encoding: TextEncoding = .utf8
    /// The field delimiter (known once reading has started).
    public private(set) var delimiter: UInt8 = UInt8(ascii: ",")
    /// The terminator of the first line, if any line was terminated.
    public private(set) var lineEnding: LineEnding?
    /// Structural problems found so far.
    public var log: IssueLog
    /// Records delivered so far.
    public private(set) var recordCount = 0
    /// Physical lines in the file (after reading).
    public private(set) var physicalLines = 0
    /// Bytes read from the file.
    public private(set) var bytesRead: Int64 = 0
    /// The input (or its `byteRange`) ended inside a record: an open quoted field.
    public private(set) var endedInsideRecord = false

    private let source: ByteSource
    private var used = false

    /// Opens `path` (`-` for standard input). Throws when the file cannot be opened.
    public init(path: String, options: CSVReadOptions = CSVReadOptions()) throws {
        self.options = options
        self.source = try ByteSource(path: path, limit: options.maxInputBytes)
        self.log = IssueLog(limitPerKind: options.maxIssuesPerKind)
    }

    /// Reads the whole file, calling `body` for every record in order. An error thrown by `body`
    /// stops reading and is rethrown. May be called once.
    public func forEachRecord(_ body: (RawRecord) throws -> Void) throws {
        precondition(!used, "CSVReader reads its input once")
        used = true
        try withoutActuallyEscaping(body) { sink in
            let context = ParseContext(maxFieldBytes: options.maxFieldBytes, sink: sink)
            defer { context.release() }
            try run(context)
        }
    }

    // MARK: - The pipeline

    private func run(_ context: ParseContext) throws {
        let chunkSize = options.chunkSize
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 8)
        defer { raw.deallocate() }
        let range = options.byteRange
        if let range { try source.restrict(to: range) }

        var count = try source.read(into: raw)
        bytesRead += Int64(count)
        if count == 0 {
            log.append(InputIssue(kind: .emptyFile, message: "Tệp rỗng: không có dòng nào."))
            return
        }
        var atEnd = count < chunkSize
        let head = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
        var bomLength = 0
        if let forced = options.encoding {
            encoding = forced
            if range.map({ $0.lowerBound > 0 }) == true {
                // A part of a file: no byte-order mark here.
            } else if forced == .utf8BOM || forced == .utf8, count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF {
                bomLength = 3
            } else if forced == .utf16LE, count >= 2, head[0] == 0xFF, head[1] == 0xFE {
                bomLength = 2
            } else if forced == .utf16BE, count >= 2, head[0] == 0xFE, head[1] == 0xFF {
                bomLength = 2
            }
        } else {
            let guess = EncodingDetector.detect(head, isWholeFile: atEnd)
            encoding = guess.encoding
            bomLength = guess.bomLength
            if let offset = guess.firstInvalidUTF8Offset {
                log.append(
                    InputIssue(
                        kind: .invalidUTF8, line: lineOf(offset: Int(offset), in: head), byteOffset: offset,
                        message: "Tệp không phải UTF-8 hợp lệ (byte lỗi đầu tiên ở vị trí \(offset)); đã đọc theo bảng mã \(encoding.label)."))
            }
        }
        context.compose = encoding == .windows1258
        context.legacy = encoding.legacy

        var decoder = makeStreamDecoder(for: encoding)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(chunkSize + chunkSize / 2)
        // A chunk that needs no change is read in place: its text is `leading` (the end of a character
        // begun in the last chunk, never a line break) and then part of the read buffer.
        var leading: [UInt8] = []
        var problems: [DecodeProblem] = []

        var feeder = LineFeeder(context: context, delimiter: delimiter)
        feeder.offset = (range?.lowerBound ?? 0) + Int64(bomLength)
        var firstChunk = true
        var pendingCR = false
        var start = bomLength
        var chunkStreamOffset: Int64 = 0

        /// Hands the text of one chunk, `leading` and then `body`, to libcsv.
        func take(_ body: UnsafeBufferPointer<UInt8>) throws {
            var body = body
            if !atEnd, (body.last ?? leading.last) == 0x0D {
                // A CR at the end of a chunk may be the first half of CRLF: keep it for the next one.
                if body.isEmpty { leading.removeLast() } else { body = UnsafeBufferPointer(rebasing: body.dropLast()) }
                pendingCR = true
            }
            if firstChunk {
                firstChunk = false
                if leading.isEmpty {
                    delimiter = options.delimiter ?? DelimiterSniffer.sniff(body)
                } else {
                    (leading + body).withUnsafeBufferPointer { text in delimiter = options.delimiter ?? DelimiterSniffer.sniff(text) }
                }
                feeder.setDelimiter(delimiter)
            }
            if !context.checkNUL, leading.contains(0) || (!body.isEmpty && memchr(body.baseAddress!, 0, body.count) != nil) {
                context.checkNUL = true
            }
            if !leading.isEmpty { try leading.withUnsafeBufferPointer { try feeder.feed($0) } }
            try feeder.feed(body)
        }

        while true {
            decoded.removeAll(keepingCapacity: true)
            leading.removeAll(keepingCapacity: true)
            let carriedCR = pendingCR
            pendingCR = false
            problems.removeAll(keepingCapacity: true)
            let chunk = UnsafeBufferPointer(
                start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + start,
                count: count - start)
            // A CR held back from the last chunk ends a line the raw bytes here no longer show.
            let lineAtChunk = feeder.line + (carriedCR && chunk.first != 0x0A ? 1 : 0)
            if !carriedCR, let range = decoder.decodeInPlace(chunk, isLast: atEnd, head: &leading) {
                try take(UnsafeBufferPointer(rebasing: chunk[range]))
            } else {
                if carriedCR { decoded.append(0x0D) }
                decoder.decode(chunk, isLast: atEnd, into: &decoded, problems: &problems)
                for problem in problems {
                    report(problem, bomLength: bomLength, chunk: chunk, chunkOffset: chunkStreamOffset, chunkLine: lineAtChunk)
                }
                try decoded.withUnsafeBufferPointer { try take($0) }
            }
            chunkStreamOffset += Int64(chunk.count)
            if let error = context.error { throw error }
            if atEnd { break }
            count = try source.read(into: raw)
            bytesRead += Int64(count)
            start = 0
            atEnd = count < chunkSize
        }
        if pendingCR {
            try [UInt8(0x0D)].withUnsafeBufferPointer { try feeder.feed($0) }
        }
        endedInsideRecord = context.parser.pstate != 0 || context.fieldCount > 0
        feeder.finish()
        if let error = context.error { throw error }
        physicalLines = feeder.physicalLines
        lineEnding = feeder.lineEnding
        recordCount = context.records
        for issue in context.issues { log.append(issue) }
    }

    private func report(
        _ problem: DecodeProblem, bomLength: Int, chunk: UnsafeBufferPointer<UInt8>,
        chunkOffset: Int64, chunkLine: Int
    ) {
        let offset = problem.byteOffset + Int64(bomLength)
        let relative = Int(max(0, problem.byteOffset - chunkOffset))
        let line = chunkLine + lineOf(offset: relative, in: chunk) - 1
        switch problem.kind {
        case .invalidUTF8:
            log.append(
                InputIssue(
                    kind: .invalidUTF8, line: line, byteOffset: offset,
                    message: "Byte không phải UTF-8 hợp lệ ở vị trí \(offset) (dòng \(line)); đã đọc theo Windows-1258."))
        case .loneSurrogate, .truncatedCharacter:
            log.append(
                InputIssue(
                    kind: .invalidUTF16, line: line, byteOffset: offset,
                    message: "Ký tự UTF-16 hỏng ở vị trí byte \(offset); đã thay bằng U+FFFD."))
        }
    }

    /// 1 + the line breaks (LF, CRLF or lone CR) before `offset`.
    private func lineOf(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        let end = min(offset, bytes.count)
        for i in 0..<end {
            if bytes[i] == 0x0A { line += 1 } else if bytes[i] == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A { line += 1 }
        }
        return line
    }

}

/// Splits decoded text into physical lines and feeds them to libcsv, tracking line numbers.
struct LineFeeder {
    private let context: ParseContext
    private(set) var line = 1
    private var atLineStart = true
    /// The terminator of the first physical line that has one.
    private(set) var lineEnding: LineEnding?
    /// Byte offset in the file of the next byte fed (exact while the text is the file's own bytes).
    var offset: Int64 = 0

    init(context: ParseContext, delimiter: UInt8) {
        self.context = context
        csv_set_delim(&context.parser, delimiter)
    }

    mutating func setDelimiter(_ delimiter: UInt8) { csv_set_delim(&context.parser, delimiter) }

    var physicalLines: Int { atLineStart ? line - 1 : line }

    /// Feeds text; a line may continue into the next call.
    mutating func feed(_ text: UnsafeBufferPointer<UInt8>) throws {
        guard let base = text.baseAddress else { return }
        var position = 0
        let total = text.count
        defer { offset += Int64(total) }
        while position < total {
            if context.error != nil { return }
            if atLineStart {
                if context.parser.pstate == 0 {
                    context.recordLine = line
                    context.recordOffset = offset + Int64(position)
                }
                context.currentLine = line
                atLineStart = false
            }
            let p = base + position
            let remaining = total - position
            var length: Int
            var terminated: Bool
            if let newline = memchr(p, 0x0A, remaining) {
                length = UnsafeRawPointer(newline) - UnsafeRawPointer(p) + 1
                terminated = true
            } else {
                length = remaining
                terminated = false
            }
            // A lone CR (not followed by LF) also ends a physical line.
            if let cr = memchr(p, 0x0D, length) {
                let k = UnsafeRawPointer(cr) - UnsafeRawPointer(p)
                if k + 1 < length, p[k + 1] != 0x0A {
                    length = k + 1
                    terminated = true
                } else if k + 1 == length, !terminated {
                    length = k + 1
                    terminated = true
                }
            }
            parse(p, length)
            position += length
            if terminated, lineEnding == nil {
                lineEnding = p[length - 1] == 0x0D ? .cr : (length >= 2 && p[length - 2] == 0x0D ? .crlf : .lf)
            }
            if terminated {
                line += 1
                atLineStart = true
            }
        }
    }

    /// Parses one segment, recovering from strict-mode quote errors.
    private func parse(_ p: UnsafePointer<UInt8>, _ length: Int) {
        let ctx = Unmanaged.passUnretained(context).toOpaque()
        var offset = 0
        while offset < length {
            let consumed = csv_parse(&context.parser, p + offset, length - offset, fieldCallback, recordCallback, ctx)
            offset += consumed
            if offset < length {
                if context.parser.status == CSV_EPARSE {
                    context.issue(
                        InputIssue(
                            kind: .strayQuote, line: context.currentLine, column: context.fieldCount,
                            message: "Dấu ngoặc kép lạc chỗ ở cột \(context.fieldCount + 1); đã đọc nguyên văn."))
                    context.parser.status = 0
                    if context.parser.pstate == 3 {
                        // Text after a closing quote (`"a"b`): go on with the field as unquoted text,
                        // so one stray quote does not swallow the rest of the file.
                        // Drop the closing quote libcsv has already stored, as Excel does.
                        context.parser.entry_pos -= context.parser.spaces + 1
                        context.parser.pstate = 2
                        context.parser.quoted = 0
                        context.parser.spaces = 0
                    } else {
                        // A quote inside an unquoted field: take it as a literal character.
                        let strict = context.parser.options
                        csv_set_opts(&context.parser, strict & ~UInt8(CSV_STRICT))
                        offset += csv_parse(&context.parser, p + offset, 1, fieldCallback, recordCallback, ctx)
                        csv_set_opts(&context.parser, strict)
                    }
                } else {
                    context.fail(
                        CSVInputError.parserFailure(
                            path: "", line: context.currentLine,
                            reason: String(cString: csv_strerror(context.parser.status))))
                    return
                }
            }
        }
    }

    /// Flushes the last record and reports an unterminated quote.
    mutating func finish() {
        let ctx = Unmanaged.passUnretained(context).toOpaque()
        if csv_fini(&context.parser, fieldCallback, recordCallback, ctx) != 0 {
            context.issue(
                InputIssue(
                    kind: .unterminatedQuote, line: context.recordLine, column: context.fieldCount,
                    message: "Dấu ngoặc kép mở ở dòng \(context.recordLine) không được đóng đến cuối tệp; phần còn lại của tệp nằm trong một trường."))
            context.parser.status = 0
            csv_set_opts(&context.parser, context.parser.options & ~UInt8(CSV_STRICT_FINI))
            _ = csv_fini(&context.parser, fieldCallback, recordCallback, ctx)
        }
    }
}

/// State shared with libcsv's callbacks: the record being built and where it is.
final class ParseContext {
    var parser = csv_parser()
    private(set) var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var used = 0
    private(set) var ends: UnsafeMutablePointer<Int>
    private var endCapacity: Int
    private(set) var fieldCount = 0
    var recordLine = 1
    var recordOffset: Int64 = 0
    var currentLine = 1
    var checkNUL = false
    var compose = false
    /// Fields are bytes of a legacy font encoding, decoded one by one.
    var legacy: LegacyEncoding?
    let maxFieldBytes: Int
    private let sink: (RawRecord) throws -> Void
    private(set) var error: Error?
    private(set) var issues: [InputIssue] = []
    private(set) var records = 0

    init(maxFieldBytes: Int, sink: @escaping (RawRecord) throws -> Void) {
        self.maxFieldBytes = maxFieldBytes
        self.sink = sink
        capacity = 1 << 16
        storage = .allocate(capacity: capacity)
        endCapacity = 256
        ends = .allocate(capacity: endCapacity)
        _ = csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI))
        csv_set_space_func(&parser, { _ in 0 })
        csv_set_blk_size(&parser, 1 << 14)
    }

    func release() {
        csv_free(&parser)
        storage.deallocate()
        ends.deallocate()
    }

    /// Records an issue of the record being built (one per kind and field).
    func issue(_ issue: InputIssue) {
        if let last = issues.last, last.kind == issue.kind, last.line == issue.line, last.column == issue.column,
            last.record == records + 1
        {
            return
        }
        var tagged = issue
        tagged.record = records + 1
        if issues.count < 100_000 { issues.append(tagged) }
    }

    func fail(_ error: Error) { if self.error == nil { self.error = error } }

    @inline(__always)
    func appendField(_ data: UnsafeRawPointer?, _ length: Int) {
        if fieldCount == endCapacity { growEnds() }
        if length > 0, let data {
            if length > maxFieldBytes || used + length > capacity || checkNUL || compose || legacy != nil {
                appendFieldSlow(data.assumingMemoryBound(to: UInt8.self), length)
            } else {
                (storage + used).update(from: data.assumingMemoryBound(to: UInt8.self), count: length)
                used += length
            }
        }
        ends[fieldCount] = used
        fieldCount += 1
    }

    /// Everything the common case does not need: limits, NUL bytes, decoding, growing.
    @inline(never)
    private func appendFieldSlow(_ bytes: UnsafePointer<UInt8>, _ length: Int) {
        if length > maxFieldBytes {
            issue(
                InputIssue(
                    kind: .fieldTooLong, line: recordLine, column: fieldCount,
                    message: "Trường ở cột \(fieldCount + 1) dài \(length) byte, vượt giới hạn \(maxFieldBytes) byte."))
        }
        if checkNUL, memchr(bytes, 0, length) != nil {
            issue(
                InputIssue(
                    kind: .nulByte, line: recordLine, column: fieldCount,
                    message: "Trường ở cột \(fieldCount + 1) chứa ký tự NUL (byte 0)."))
        }
        if let legacy, let decoded = legacyDecoded(bytes, length, legacy) {
            append(decoded)
        } else if compose, let composed = composedIfNeeded(bytes, length) {
            append(composed)
        } else {
            if used + length > capacity { grow(to: used + length) }
            (storage + used).update(from: bytes, count: length)
            used += length
        }
    }

    @inline(__always)
    func endRecord() {
        if fieldCount == 0 { return }
        if error == nil {
            records += 1
            do {
                try sink(
                    RawRecord(
                        bytes: UnsafePointer(storage), ends: UnsafePointer(ends), count: fieldCount, line: recordLine,
                        offset: recordOffset))
            } catch {
                self.error = error
            }
        }
        used = 0
        fieldCount = 0
    }

    private func append(_ bytes: [UInt8]) {
        if used + bytes.count > capacity { grow(to: used + bytes.count) }
        bytes.withUnsafeBufferPointer { (storage + used).update(from: $0.baseAddress!, count: bytes.count) }
        used += bytes.count
    }

    /// A field of a legacy font encoding as UTF-8 (nil when it is plain ASCII text).
    private func legacyDecoded(_ bytes: UnsafePointer<UInt8>, _ length: Int, _ legacy: LegacyEncoding) -> [UInt8]? {
        var plain = true
        for i in 0..<length where bytes[i] >= 0x80 || (bytes[i] < 0x20 && bytes[i] != 0x09 && bytes[i] != 0x0A && bytes[i] != 0x0D) {
            plain = false
            break
        }
        if plain { return nil }
        return Array(LegacyDecoder.decode(bytes: UnsafeBufferPointer(start: bytes, count: length), as: legacy).utf8)
    }

    /// Text decoded from a code page with combining tone marks, composed to NFC.
    private func composedIfNeeded(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> [UInt8]? {
        var ascii = true
        for i in 0..<length where bytes[i] >= 0x80 { ascii = false; break }
        if ascii { return nil }
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
        return Array(text.precomposedStringWithCanonicalMapping.utf8)
    }

    private func grow(to needed: Int) {
        PointerGrowth.grow(&storage, count: used, capacity: &capacity, toHold: needed)
    }

    private func growEnds() {
        PointerGrowth.grow(&ends, count: fieldCount, capacity: &endCapacity, toHold: fieldCount + 1)
    }
}

private let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = { data, length, ctx in
    Unmanaged<ParseContext>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { $0.appendField(UnsafeRawPointer(data), length) }
}

private let recordCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, ctx in
    Unmanaged<ParseContext>.fromOpaque(ctx!)._withUnsafeGuaranteedRef { $0.endRecord() }
}
