/// sachsong's core: rules, checks, identity, indicators and cleaning.
public enum SachSongInfo {
    /// The version printed by `sachsong --version` and written in reports.
    public static let version = "0.1.0"
}
