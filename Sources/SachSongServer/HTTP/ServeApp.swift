import Foundation
import Hummingbird
import SachSong

/// The service's settings (`sachsong serve run`).
public struct ServeSettings: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    public var maxUploadBytes = 50 * 1_048_576

    public init() {}
}

/// The web service: its routes over the store and the engine.
public struct ServeApp: Sendable {
    let store: ServeStore
    let desk: SubmissionDesk
    let book: AccountBook
    let settings: ServeSettings
    let queue: CheckQueue

    public init(store: ServeStore, rules: CompiledRules, settings: ServeSettings, bcryptCost: UInt8 = 12) {
        self.store = store
        desk = SubmissionDesk(store: store, rules: rules)
        book = AccountBook(store: store, cost: bcryptCost)
        self.settings = settings
        queue = CheckQueue(workers: settings.workers)
    }

    /// The router with every route.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        APIRoutes(app: self).add(to: router)
        return router
    }

    /// The application, listening where the settings say.
    public func application() -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "sachsong"))
    }

    /// Removes what a crash left half done: incoming folders, and kept files of no submission.
    public func sweep() throws {
        let manager = FileManager.default
        let incoming = (store.folder as NSString).appendingPathComponent("incoming")
        try? manager.removeItem(atPath: incoming)
        let files = (store.folder as NSString).appendingPathComponent("files")
        for id in (try? manager.contentsOfDirectory(atPath: files)) ?? [] where try desk.school(of: id) == nil {
            try? manager.removeItem(atPath: (files as NSString).appendingPathComponent(id))
        }
    }
}
