/// Runs the safe fixes on one value until nothing changes.
struct CellCleaner {
    let fixes: [CellFix]
    var phones: PhoneNumbering = .builtIn

    /// False when no fix can change these bytes — the common case, a clean value — decided
    /// without building a String. True means "run the fixes" (it may still change nothing).
    func mayChange(_ bytes: UnsafeBufferPointer<UInt8>, field: FieldRule, matcher: ValueMatcher?) -> Bool {
        let n = bytes.count
        guard n > 0 else { return false }
        if bytes[0] == 0x20 || bytes[n - 1] == 0x20 { return true }
        var previous: UInt8 = 0
        var ascii = true
        for b in bytes {
            if b < 0x20 || (b == 0x20 && previous == 0x20) { return true }
            if b >= 0x80 {
                ascii = false
                // Combining marks (not NFC), and the lead bytes of invisible characters.
                if b == 0xCC || b == 0xCD || b == 0xE2 || b == 0xEF || b == 0xC2 { return true }
            }
            previous = b
        }
        let type = field.type
        if type.isText {
            let profile = TextProfile(bytes, depth: TextProfile.Depth(type))
            if type == .personName && (profile.isAllUpper || profile.isAllLower) { return true }
            if !ascii && profile.mojibake { return true }
            return false
        }
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } }
        switch type {
        case .phone:
            if n == 10, bytes[0] == 0x30, digits(0..<10), phones.isMobile(bytes[1] - 0x30, bytes[2] - 0x30) { return false }
            if n == 11, bytes[0] == 0x30, bytes[1] == 0x32, digits(0..<11) { return false }
            return true
        case .date:
            return !(n == 10 && bytes[2] == 0x2F && bytes[5] == 0x2F && digits(0..<2) && digits(3..<5) && digits(6..<10))
        case .enumeration, .flag:
            guard let matcher else { return false }
            if case .synonym = matcher.match(bytes) { return true }
            return false
        case .citizenID:
            return !digits(0..<n)
        default:
            return false
        }
    }

    /// The cleaned value and the fixes that changed it, or nil when nothing changed.
    func clean(_ value: String, field: FieldRule, matcher: ValueMatcher?) -> (value: String, rules: [String])? {
        var current = value
        var applied: [String] = []
        for _ in 0..<3 {
            var changed = false
            for fix in fixes {
                if let fixed = fix.apply(current, field: field, matcher: matcher, phones: phones) {
                    current = fixed
                    changed = true
                    if !applied.contains(fix.rawValue) { applied.append(fix.rawValue) }
                }
            }
            if !changed { break }
        }
        return current.utf8.elementsEqual(value.utf8) ? nil : (current, applied)
    }
}
