/// A workbook that could not be written (annotated or cleaned), with its message in Vietnamese.
public struct WorkbookOutputFailure: Error, CustomStringConvertible {
    public let description: String

    public init(_ message: String) { description = message }
}
