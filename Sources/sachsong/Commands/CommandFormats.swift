import ArgumentParser

/// The formats `sachsong indicators` writes; `--help` lists only these.
enum IndicatorsFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, csv
    /// A workbook, one sheet per level (`--output FILE` required).
    case xlsx
}

/// The formats `sachsong reconcile` writes; `--help` lists only these.
enum ReconcileFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, csv
}
