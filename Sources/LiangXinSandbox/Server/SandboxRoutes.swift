import Foundation
import Hummingbird
import LiangXinAPI
import LiangXinRuntime
import LiangXinSpec
import NIOCore

/// The sandbox's handlers: the two API endpoints behind auth and fault injection, the result
/// files, and the counters.
struct SandboxRoutes: Sendable {
    /// The server whose state the handlers use.
    let server: SandboxServer

    private var configuration: SandboxConfiguration { server.configuration }

    /// Unix milliseconds now.
    private static var now: Int { Int((Date().timeIntervalSince1970 * 1000).rounded()) }

    /// Latency, bearer auth, injected faults and quota, then the endpoint's handler with the key.
    func api(
        _ request: Request, _ context: SandboxContext,
        _ handler: (Request, SandboxContext, String) async throws -> Response
    ) async throws -> Response {
        if configuration.latencyMilliseconds > 0 {
            try await Task.sleep(for: .milliseconds(configuration.latencyMilliseconds))
        }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            return SandboxResponses.unauthorized("missing token")
        }
        let key = String(header.dropFirst("Bearer ".count))
        guard configuration.apiKeys.contains(key) || configuration.noQuotaKeys.contains(key) else {
            return SandboxResponses.unauthorized("invalid token")
        }
        switch server.faults.next() {
        case .serverError:
            server.store.count { $0.serverErrors += 1 }
            return SandboxResponses.failure(.internalError, "injected server error (--error-rate)")
        case .throttled:
            server.store.count { $0.throttled += 1 }
            return SandboxResponses.failure(.tooManyRequests, "injected throttling (--throttle-rate)")
        case .dropped:
            server.store.count { $0.dropped += 1 }
            // The request is handled (a createTask creates its task), but its answer is lost.
            if !configuration.noQuotaKeys.contains(key) { _ = try await handler(request, context, key) }
            try? await context.channel.close()
            return Response(status: .internalServerError)
        case .none:
            break
        }
        if configuration.noQuotaKeys.contains(key) {
            return SandboxResponses.failure(.forbidden, "insufficient quota")
        }
        return try await handler(request, context, key)
    }

    /// createTask: size limit (413), validation by the specs (400 naming the first issue),
    /// then a new task.
    func createTask(_ request: Request, _ context: SandboxContext, _ key: String) async throws -> Response {
        let limit = configuration.maximumBodyBytes
        let tooLarge = SandboxResponses.failure(.payloadTooLarge, "request body is larger than \(limit) bytes")
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { return tooLarge }
        var request = request
        guard let buffer = try? await request.collectBody(upTo: limit) else { return tooLarge }
        let bytes = Array(buffer.readableBytesView)
        let json: JSONValue
        do throws(JSONParseError) {
            json = try JSONParser.parse(bytes)
        } catch {
            return SandboxResponses.failure(
                .badRequest, SandboxResponses.message(for: CreateTaskBodyValidator.issue(for: error)))
        }
        var callBackUrl: String?
        if case .object(let body) = json, case .string(let text)? = body["callBackUrl"] { callBackUrl = text.string }
        let issues = server.validator.validate(json: json).filter { !Loopback.excuses($0, callBackUrl: callBackUrl) }
        if let first = issues.first {
            return SandboxResponses.failure(.badRequest, SandboxResponses.message(for: first))
        }
        // Valid, so `model` names a known model and `input` is an object.
        guard case .object(let body) = json, case .string(let modelValue)? = body["model"],
            case let modelID = modelValue.string, let model = server.models[modelID]
        else { return SandboxResponses.failure(.badRequest, "model is required") }
        let now = Self.now
        let image = ImageRequest(input: body["input"] ?? .null, model: model)
        let fails = server.random.chance(configuration.failRate)
        let param = String(decoding: bytes, as: UTF8.self)
        let task = server.store.create(owner: key, model: modelID, param: param, now: now) {
            SandboxTask(
                id: $0, owner: key, model: modelID, param: param, createdAt: now,
                stepMilliseconds: max(configuration.stepMilliseconds, 1), fails: fails, callBackUrl: callBackUrl,
                image: image)
        }
        if let callBackUrl, let url = URL(string: callBackUrl) {
            scheduleCallback(task, to: url, base: Self.base(request, configuration))
        }
        RequestNote.current?.taskId = task.id
        return SandboxResponses.success(CreateTaskData(taskId: task.id))
    }

    /// recordInfo: 400 without a taskId, 404 for an unknown task or another key's task.
    func recordInfo(_ request: Request, _ context: SandboxContext, _ key: String) async throws -> Response {
        guard let taskId = request.uri.queryParameters.get(LiangXinAPI.recordInfoTaskIdParameter), !taskId.isEmpty
        else { return SandboxResponses.failure(.badRequest, "taskId is required") }
        guard let task = server.store.task(taskId), task.owner == key else {
            return SandboxResponses.failure(.notFound, "task not found")
        }
        return SandboxResponses.success(task.record(at: Self.now, base: Self.base(request, configuration)))
    }

    /// A result file: the image the task's input asked for, once the task succeeded.
    func result(_ request: Request, _ context: SandboxContext) -> Response {
        guard let taskId = context.parameters.get("taskId"), let task = server.store.task(taskId),
            task.state(at: Self.now) == .success,
            context.parameters.get("file") == "1.\(task.image.format.fileExtension)"
        else { return Response(status: .notFound) }
        let bytes = ImageRenderer.render(task.image, seed: task.id)
        return Response(
            status: .ok, headers: [.contentType: task.image.format.mediaType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The counters as JSON.
    func stats() -> Response {
        let stats = SandboxStats(server.store.counters)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = (try? encoder.encode(stats)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return SandboxResponses.json(text, status: 200)
    }

    /// Posts the final record to the callback URL when the task finishes.
    private func scheduleCallback(_ task: SandboxTask, to url: URL, base: String) {
        let store = server.store
        let sender = CallbackSender(attempts: configuration.callbackAttempts)
        Task {
            try? await Task.sleep(for: .milliseconds(max(task.completedAt - Self.now, 0)))
            let body = APIEnvelope(code: 200, msg: "success", data: task.record(at: task.completedAt, base: base))
            let delivered = await sender.deliver(body.jsonText, to: url)
            store.count { delivered ? ($0.callbacksDelivered += 1) : ($0.callbacksFailed += 1) }
        }
    }

    /// `http://host:port` as the client called it, for result URLs.
    private static func base(_ request: Request, _ configuration: SandboxConfiguration) -> String {
        "http://" + (request.head.authority ?? "\(configuration.host):\(configuration.port)")
    }
}
