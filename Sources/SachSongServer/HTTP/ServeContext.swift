import Hummingbird
import NIOCore

/// A request's context in the service: Hummingbird's, plus the address it came from (for
/// limiting sign-in attempts per address).
public struct ServeContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address; nil in router tests.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
