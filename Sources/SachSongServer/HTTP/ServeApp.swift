import Foundation
import Hummingbird
import SachSong

/// The service's settings (`sachsong serve run`).
public struct ServeSettings: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    public var maxUploadBytes = 50 * 1_048_576
    /// Uploads and made workbooks are deleted this many days after a submission.
    public var keepDays = 30
    /// Requests per minute one account may make (429 beyond).
    public var requestsPerMinute = 300
    /// Always mark the session cookie `Secure` (otherwise only when the proxy says https).
    public var secureCookies = false
    /// Trust the proxy's `X-Real-IP` as the caller's address.
    public var behindProxy = false

    public init() {}
}

/// The web service: its routes over the store and the engine.
public struct ServeApp: Sendable {
    let store: any ServeStorage
    let desk: SubmissionDesk
    let book: AccountBook
    let sessions: SessionBook
    let settings: ServeSettings
    let queue: CheckQueue
    let limiter = RateLimiter()
    let pending = PendingChecks()
    let pages = PageRenderer()
    let figures = FigureCache()
    let downloads: Downloads

    public init(store: ServeStore, rules: CompiledRules, settings: ServeSettings, bcryptCost: UInt8 = 12) {
        self.init(storage: store, rules: rules, settings: settings, bcryptCost: bcryptCost)
    }

    /// The service over any store.
    init(storage store: any ServeStorage, rules: CompiledRules, settings: ServeSettings, bcryptCost: UInt8 = 12) {
        self.store = store
        desk = SubmissionDesk(storage: store, rules: rules)
        book = AccountBook(storage: store, cost: bcryptCost)
        sessions = SessionBook(store: store)
        self.settings = settings
        queue = CheckQueue(workers: settings.workers)
        downloads = Downloads(desk: desk)
    }

    /// Every route of the service, in one table: the router registers it and the
    /// authorization tests walk it.
    var routes: [ServeRoute] {
        SignInRoutes(app: self).routes + PageRoutes(app: self).routes + OfficeRoutes(app: self).routes + APIRoutes(app: self).routes
            + FileRoutes(app: self).routes
            + StaticRoutes().routes
    }

    /// The router with every route, each behind the gate.
    public func router() -> Router<ServeContext> {
        let router = Router(context: ServeContext.self)
        let gate = Gate(app: self)
        for route in routes {
            router.on(RouterPath(route.path), method: route.method) { request, context in await gate.respond(route, request, context) }
        }
        return router
    }

    /// The application, listening where the settings say.
    public func application() -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "sachsong"))
    }

    func scope(_ caller: Caller) -> Scope { Scope(account: caller.account, store: store) }

    /// Removes what a crash left half done (incoming folders, kept or made files of no
    /// submission) and the files past `keepDays`.
    public func sweep() throws {
        let manager = FileManager.default
        let incoming = (store.folder as NSString).appendingPathComponent("incoming")
        try? manager.removeItem(atPath: incoming)
        for kind in ["files", "made"] {
            let folder = (store.folder as NSString).appendingPathComponent(kind)
            for id in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where try desk.school(of: id) == nil {
                try? manager.removeItem(atPath: (folder as NSString).appendingPathComponent(id))
            }
        }
        try desk.expireFiles(olderThan: settings.keepDays)
    }
}
