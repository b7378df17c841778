import Foundation
import Hummingbird
import SachSong

/// A submission's files received from a request, for the API and the upload page alike: the
/// body streamed to the submission's incoming folder under the size limit, the files' kinds
/// checked, and `asOf` read. On refusal nothing of the body is kept.
struct SubmissionIntake: Sendable {
    let id: String
    let folder: String
    let uploads: [Upload]
    let asOf: SimpleDate

    static func receive(_ request: Request, app: ServeApp) async throws -> SubmissionIntake {
        let id = UUID().uuidString.lowercased()
        let folder = try app.desk.incomingFolder(id: id)
        do {
            let received = try await MultipartUpload(folder: folder, maxBytes: app.settings.maxUploadBytes)
                .receive(request.body, contentType: request.headers[.contentType])
            var asOf = ReferenceDate.today()
            if let text = received.fields["asOf"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                guard let date = ReferenceDate.parse(text) else {
                    throw APIRefusal.badDate(text)
                }
                asOf = date
            }
            return SubmissionIntake(id: id, folder: folder, uploads: received.uploads, asOf: asOf)
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
    }

    /// Removes the received files (the check failed or was refused).
    func discard() { try? FileManager.default.removeItem(atPath: folder) }
}
