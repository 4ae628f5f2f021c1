import Foundation
import Hummingbird
import LiangXinAPI
import LiangXinRuntime
import LiangXinSpec
import Logging
import NIOCore
import ServiceLifecycle

/// LiangXin Market on loopback: bearer auth, createTask validated by the specs, recordInfo
/// on each task's timeline, result files served by itself, callbacks, and injected faults.
public struct SandboxServer: Sendable {
    /// The behaviour.
    public let configuration: SandboxConfiguration
    /// Each model's spec by id.
    let models: [String: ModelSpec]
    let validator: SpecValidator
    let store = TaskStore()
    let random: SandboxRandom
    let faults: FaultInjector

    /// Creates a server for checked specs.
    public init(configuration: SandboxConfiguration, specs: SpecSet) {
        self.configuration = configuration
        self.models = Dictionary(specs.models.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        self.validator = SpecValidator(specs: specs)
        self.random = SandboxRandom(seed: configuration.seed)
        self.faults = FaultInjector(configuration: configuration, random: random)
    }

    /// Runs until the process gets SIGINT or SIGTERM; `onRunning` gets the bound port.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onRunning: onRunning).runService()
    }

    /// Starts the server in a task and returns once it listens (tests use port 0).
    public func start() async throws -> RunningSandbox {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = application { port in continuation.yield(port) }
        let group = ServiceGroup(
            configuration: .init(services: [app], logger: Logger(label: "liangxin-sandbox")))
        let task = Task { try await group.run() }
        for await port in ports { return RunningSandbox(port: port, group: group, task: task, store: store) }
        await group.triggerGracefulShutdown()
        throw CancellationError()
    }

    /// The Hummingbird application.
    func application(onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        let router = Router(context: SandboxContext.self)
        if let log = configuration.requestLog { router.add(middleware: RequestLog(write: log)) }
        let routes = SandboxRoutes(server: self)
        router.post(RouterPath(LiangXinAPI.createTask.path)) { request, context in
            try await routes.api(request, context) { try await routes.createTask($0, $1, $2) }
        }
        router.get(RouterPath(LiangXinAPI.recordInfo.path)) { request, context in
            try await routes.api(request, context) { try await routes.recordInfo($0, $1, $2) }
        }
        router.get("/sandbox/results/:taskId/:file") { request, context in
            routes.result(request, context)
        }
        router.get("/sandbox/stats") { _, _ in routes.stats() }
        return Application(
            router: router,
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "liangxin-sandbox"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) })
    }
}

/// A sandbox started by ``SandboxServer/start()``.
public struct RunningSandbox: Sendable {
    /// The bound port.
    public let port: Int
    let group: ServiceGroup
    let task: Task<Void, any Error>
    let store: TaskStore

    /// `http://127.0.0.1:<port>`.
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// The counters now.
    public var stats: SandboxStats { SandboxStats(store.counters) }

    /// Stops the server gracefully and waits until it has.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = await task.result
    }
}

/// What the sandbox counted: tasks created, bodies created twice, faults, callbacks.
public struct SandboxStats: Sendable, Equatable, Codable {
    /// Tasks created.
    public var tasksCreated: Int
    /// createTask bodies that created a second task (the same key and bytes).
    public var duplicateBodies: Int
    /// Connections closed without an answer.
    public var dropped: Int
    /// Injected 500s.
    public var serverErrors: Int
    /// Injected 429s.
    public var throttled: Int
    /// Callbacks acknowledged with a 2xx.
    public var callbacksDelivered: Int
    /// Callbacks given up.
    public var callbacksFailed: Int

    init(_ counters: TaskStore.Counters) {
        tasksCreated = counters.tasksCreated
        duplicateBodies = counters.duplicateBodies
        dropped = counters.dropped
        serverErrors = counters.serverErrors
        throttled = counters.throttled
        callbacksDelivered = counters.callbacksDelivered
        callbacksFailed = counters.callbacksFailed
    }
}
