import CSVInput

/// The one loop that feeds a file's rows to its checks, for every way a file is read — whole
/// (`FileChecker.checkWhole`), or cut in parts (`SegmentedFileCheck`, its first and later parts):
/// Excel's damage observes each row when its checks are on, then the pipeline checks it, and the
/// pipeline is finished whether the read ends or fails.
final class RowFeed {
    private let pipeline: RowPipeline
    private var damage: ExcelDamage?
    /// `damage` without ownership, for the row loop (no retain and release per row).
    private var damageHandle: Unmanaged<ExcelDamage>?

    init(pipeline: RowPipeline) {
        self.pipeline = pipeline
    }

    /// Rows that follow go to `run`, and to `damage` when the run checks Excel's damage.
    func start(_ run: RowChecker, damage: ExcelDamage) {
        pipeline.start(run)
        if run.dispatch.sheetDamage {
            self.damage = damage
            damageHandle = Unmanaged.passUnretained(damage)
        }
    }

    /// One data row.
    @inline(__always)
    func add(_ row: DataRow) {
        damageHandle?._withUnsafeGuaranteedRef { $0.observe(row) }
        pipeline.add(row)
    }

    /// Runs `read`, which calls ``add(_:)`` for each row, and finishes the pipeline either way.
    func read(_ read: () throws -> Void) throws {
        defer { pipeline.finish() }
        try read()
    }
}
