/// A file received for a submission, already on disk in the submission's incoming folder.
public struct Upload: Sendable {
    /// The name the browser or script gave (its last path component only).
    public let name: String
    /// Where it was written.
    public let path: String
    public let size: Int
    /// SHA-256 of its bytes, in hex.
    public let sha256: String
}
