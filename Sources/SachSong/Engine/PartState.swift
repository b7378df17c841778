import CSVInput

/// What a file's check gathers while it reads rows — findings, keys, tallies of Excel's damage —
/// and that a file cut in two (`SegmentedFileCheck`) must join. Every part of the state a
/// read keeps (``FileChecker/Started``) conforms, and the parts are joined by
/// ``FileChecker/Started/absorb(_:at:)`` alone, so a new part says how it joins or is refused.
protocol PartState: AnyObject {
    /// Takes what `later` saw (the next part of the same file, its rows and lines numbered from
    /// 1) as if this one had read on. False when the parts cannot be joined exactly: the file is
    /// then checked whole.
    func absorb(_ later: Self, at cut: PartCut) -> Bool
}

/// Where the later part of a file starts in the whole file's numbering, and how to read one of
/// its rows again (by its row number within the part), for findings reported at the join.
struct PartCut {
    let rowOffset: Int
    let lineOffset: Int
    let reread: (Int) -> OwnedRecord?
}

extension PartCut {
    /// Hands each finding of a later part to `keep`, moved by this cut, with the number of
    /// findings of its rule seen before it (`earlier`: the counts of the part before; then the
    /// later part's own before it), so that the per-rule limits apply as if one reader had seen
    /// both parts in order.
    func replay(_ later: [Finding], after earlier: [String: Int], _ keep: (Finding, Int) -> Void) {
        var index: [String: Int] = [:]
        for finding in later {
            let j = index[finding.rule, default: 0]
            index[finding.rule] = j + 1
            var moved = finding
            moved.row = finding.row.map { $0 + rowOffset }
            moved.line = finding.line.map { $0 + lineOffset }
            keep(moved, earlier[finding.rule, default: 0] + j)
        }
    }
}
