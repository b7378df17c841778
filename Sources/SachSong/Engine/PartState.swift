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
