/// What a run over one or more files found.
public struct RunReport: Sendable {
    /// Reference date of the run.
    public var asOf: SimpleDate
    /// One report per readable file, in the order the files were given.
    public var files: [FileReport]
    /// Files that could not be read at all, with the reason.
    public var failures: [(path: String, message: String)]
    /// Findings dropped because a baseline accepts them; nil when no baseline was used.
    public var acceptedByBaseline: Int? = nil

    public var rows: Int { files.reduce(0) { $0 + $1.rows } }
    public var errors: Int { files.reduce(0) { $0 + $1.errors } }
    public var warnings: Int { files.reduce(0) { $0 + $1.warnings } }
    public var infos: Int { files.reduce(0) { $0 + $1.infos } }

    /// The highest severity found, if any.
    public var worstSeverity: Severity? {
        if errors > 0 { return .error }
        if warnings > 0 { return .warning }
        if infos > 0 { return .info }
        return nil
    }
}
