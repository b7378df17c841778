/// Runs the safe fixes on one value until nothing changes.
struct CellCleaner {
    let fixes: [CellFix]

    /// The cleaned value and the fixes that changed it, or nil when nothing changed.
    func clean(_ value: String, field: FieldRule, matcher: ValueMatcher?) -> (value: String, rules: [String])? {
        var current = value
        var applied: [String] = []
        for _ in 0..<3 {
            var changed = false
            for fix in fixes {
                if let fixed = fix.apply(current, field: field, matcher: matcher) {
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
