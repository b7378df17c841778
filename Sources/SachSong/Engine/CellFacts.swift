/// What is learnt of one cell as its row is copied (on the reading thread when the pipeline is
/// threaded), for the field checks: its text profile, whether its trimmed value is a
/// placeholder ("N/A"; never a value of the column's list), its code-list match, packed
/// (`ValueMatcher.pack`; 0 when the column has no list or the value is not in it), and where its
/// trimmed value lies.
struct CellFacts {
    var profile: TextProfile
    var placeholder: Bool
    var matched: Int32
    /// The value without leading and trailing spaces and tabs: its first byte and its end.
    var trimStart: Int32
    var trimEnd: Int32
}
