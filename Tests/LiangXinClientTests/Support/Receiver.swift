import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// A small HTTP server for tests: records each request's path, headers and body, and
/// answers with a status (or a redirect) chosen per path.
final class Receiver: Sendable {
    /// One received request.
    struct Received: Sendable {
        let path: String
        let authorization: String?
        let body: Data
    }

    private let received = Mutex<[Received]>([])
    private let group: Mutex<ServiceGroup?> = Mutex(nil)
    private let task: Mutex<Task<Void, any Error>?> = Mutex(nil)
    /// Every request so far.
    var requests: [Received] { received.withLock { $0 } }

    /// Starts listening on a free loopback port; `answer` gives each path's status and
    /// optional `Location`.
    func start(answer: @escaping @Sendable (String) -> (Int, String?) = { _ in (200, nil) }) async throws -> Int {
        let router = Router()
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: 1 << 22)
            self.received.withLock {
                $0.append(
                    Received(
                        path: request.uri.path, authorization: request.headers[.authorization],
                        body: Data(body.readableBytesView)))
            }
            let (status, location) = answer(request.uri.path)
            var headers = HTTPFields()
            if let location { headers[.location] = location }
            return Response(status: .init(code: status), headers: headers)
        }
        router.post("**", use: handler)
        router.get("**", use: handler)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) })
        let group = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "receiver")))
        self.group.withLock { $0 = group }
        self.task.withLock { $0 = Task { try await group.run() } }
        for await port in ports { return port }
        throw HarnessError("the receiver did not start")
    }

    /// Stops it.
    func stop() async {
        await group.withLock { $0 }?.triggerGracefulShutdown()
        _ = await task.withLock { $0 }?.result
    }
}
