import Hummingbird
import NIOCore

/// The request context of the sandbox: Hummingbird's basics plus the connection, so that a
/// fault can close it without an answer.
struct SandboxContext: RequestContext {
    /// Hummingbird's storage.
    var coreContext: CoreRequestContextStorage
    /// The request's connection.
    let channel: any Channel

    /// Creates the context of one request.
    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
