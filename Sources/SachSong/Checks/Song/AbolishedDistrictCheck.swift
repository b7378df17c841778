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

    /// The district named in `bytes` ("Quận 6", "huyện Bình Chánh"), or nil. One pass over the
    /// bytes: only a word starting with Q, H or T is compared with the units.
    static func unit(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        guard n >= 5 else { return nil }
        var i = 0
        while i + 5 <= n {
            let b = bytes[i] | 0x20  // ASCII lower case
            if b == 0x71 || b == 0x68 || b == 0x74, i == 0 || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x2C || bytes[i - 1] == 0x2D {
                for unit in units where unit[0] == bytes[i] && i + unit.count < n && bytes[i + unit.count] == 0x20 {
                    var same = true
                    for k in 1..<unit.count where bytes[i + k] != unit[k] { same = false; break }
                    guard same else { continue }
                    var end = i + unit.count + 1
                    while end < n, bytes[end] != 0x2C, bytes[end] != 0x3B, bytes[end] != 0x2D { end += 1 }
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                    return text.trimmingCharacters(in: .whitespaces)
                }
            }
            i += 1
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
