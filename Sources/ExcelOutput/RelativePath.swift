/// A path written relative to a folder ("../drawings/vmlDrawing1.vml", "../data/lop.xlsx"), as
/// package relationships and links to another workbook are.
public enum RelativePath {
    /// `path` relative to `directory`; both are "/"-separated and normalised (no "." or "..").
    public static func of(_ path: String, from directory: String) -> String {
        let base = directory.split(separator: "/").map(String.init)
        let target = path.split(separator: "/").map(String.init)
        var common = 0
        while common < base.count, common < target.count - 1, base[common] == target[common] { common += 1 }
        return (Array(repeating: "..", count: base.count - common) + target[common...]).joined(separator: "/")
    }
}
