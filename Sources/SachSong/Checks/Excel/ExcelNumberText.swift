/// How a spreadsheet writes a number into text: in scientific notation, or with the ".0" of a
/// float. Read by the column checks of identity numbers and phones.
enum ExcelNumberText {
    /// "7.9212E+10", "9.12346E+08": digits, a dot and digits, E+ and digits.
    static func isScientific(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 4, let e = b.firstIndex(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }),
            e > 0, e + 2 <= b.count - 1 || e + 2 == b.count
        else { return false }
        let mantissa = b[..<e]
        var rest = b[(e + 1)...]
        if rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() }
        guard !rest.isEmpty, rest.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var dots = 0
        for c in mantissa {
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") { dots += 1; continue }
            guard c >= 0x30 && c <= 0x39 else { return false }
        }
        return dots <= 1 && mantissa.first != UInt8(ascii: ".")
    }

    /// "79212004321.0": digits then ".0" (a float written out by an export).
    static func hasFloatZero(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 3, b[b.count - 1] == UInt8(ascii: "0"), b[b.count - 2] == UInt8(ascii: ".") else { return false }
        return b[..<(b.count - 2)].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A number cell (in a workbook) or a float written out (in a CSV), not in scientific notation.
    static func isPlainNumber(_ cell: WatchedCell) -> Bool {
        !isScientific(cell.bytes) && (cell.kind == .number || hasFloatZero(cell.bytes))
    }
}
