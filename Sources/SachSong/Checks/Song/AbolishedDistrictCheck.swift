import Foundation

/// Addresses that still name a district (quận, huyện, thị xã): the district level was abolished
/// on 1 July 2025 (two-level local government: Nghị quyết 202/2025/QH15 and the resolutions
/// rearranging communes), so a current address names its ward or commune and province. Reported
/// once per column, with a count and an example unit, not once per row; "(cũ)" columns, which
/// keep the former units on purpose, are not read.
public struct AbolishedDistrictCheck: Check {
    public static let id = "song.abolished-district"
    public static let dimension = Dimension.song
    public static let severity = Severity.warning
    public static let summary = "Địa chỉ còn ghi quận, huyện, thị xã (cấp huyện đã bỏ từ 1/7/2025): báo một lần cho mỗi cột, kèm số dòng."
    public static let examples: [CheckExample] = [
        .valid([("dia_chi", "12 Hậu Giang, Phường Phú Lâm, TP. Hồ Chí Minh")]),
        .invalid([("dia_chi", "12 Hậu Giang, Phường 11, Quận 6, TP. Hồ Chí Minh")]),
        .invalid([("dia_chi", "Ấp 3, xã Vĩnh Lộc A, huyện Bình Chánh")])
    ]

    /// The units of the former district level, as typed.
    private static let units: [[UInt8]] = ["Quận", "quận", "QUẬN", "Huyện", "huyện", "HUYỆN", "Thị xã", "thị xã", "THỊ XÃ"]
        .map { Array($0.utf8) }

    /// The district named in `bytes` ("Quận 6", "huyện Bình Chánh"), or nil. Every unit has a
    /// letter of the U+1EA0–U+1EF9 block ("ậ", "ệ", "ị", upper or lower) two or three bytes after
    /// its first, so only the bytes before each 0xE1 lead byte (found by `memchr`) are compared
    /// with the units, in the order of the place they start at.
    static func unit(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        guard n >= 5, let base = bytes.baseAddress else { return nil }
        var from = 2
        while from < n, let hit = memchr(base + from, 0xE1, n - from) {
            let lead = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if lead >= 3, let found = unit(in: bytes, at: lead - 3) { return found }
            if let found = unit(in: bytes, at: lead - 2) { return found }
            from = lead + 1
        }
        return nil
    }

    /// The same answer by a pass over every byte: the reference the fast path is tested against.
    static func unitByEveryByte(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        while i + 5 <= bytes.count {
            if let found = unit(in: bytes, at: i) { return found }
            i += 1
        }
        return nil
    }

    /// The unit starting at byte `i` (a word start, followed by a space), up to the next comma,
    /// semicolon or hyphen.
    @inline(__always)
    private static func unit(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> String? {
        let n = bytes.count
        guard i + 5 <= n else { return nil }
        let b = bytes[i] | 0x20  // ASCII lower case
        guard b == 0x71 || b == 0x68 || b == 0x74, i == 0 || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x2C || bytes[i - 1] == 0x2D
        else { return nil }
        for unit in units where unit[0] == bytes[i] && i + unit.count < n && bytes[i + unit.count] == 0x20 {
            var same = true
            for k in 1..<unit.count where bytes[i + k] != unit[k] { same = false; break }
            guard same else { continue }
            var end = i + unit.count + 1
            while end < n, bytes[end] != 0x2C, bytes[end] != 0x3B, bytes[end] != 0x2D { end += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
            return text.trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static func report(column: Int, header: String, count: Int, example: String, line: Int?, collector: FindingCollector) {
        collector.add(
            rule: id, dimension: dimension, severity: severity, row: nil, line: line, column: nil, columnHeader: header,
            columnIndex: column, value: nil,
            message:
                "\(count) địa chỉ ở cột «\(header)» còn ghi quận, huyện hoặc thị xã (ví dụ «\(example)»): cấp huyện đã bỏ từ 1/7/2025, cần ghi phường/xã và tỉnh, thành phố hiện hành."
        )
    }
}
