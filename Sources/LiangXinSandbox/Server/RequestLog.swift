import Foundation
import Hummingbird
import NIOConcurrencyHelpers

/// One line for each request the sandbox answers: method, path, status, task id, whether a
/// key was sent (never the key), and milliseconds.
/// `POST /api/v1/jobs/createTask 200 task=task_z-image_1795958547084 key=redacted 3 ms`.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    /// Where the lines go.
    let write: @Sendable (String) -> Void

    /// Answers the request, then writes its line (with status 500 when a handler threw).
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let note = RequestNote()
        do {
            let response = try await RequestNote.$current.withValue(note) { try await next(request, context) }
            write(line(request, status: response.status.code, note: note, since: start))
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            write(line(request, status: status, note: note, since: start))
            throw error
        }
    }

    /// The line for a request.
    private func line(_ request: Request, status: Int, note: RequestNote, since start: ContinuousClock.Instant)
        -> String
    {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Int(
            elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let taskId = note.taskId ?? request.uri.queryParameters.get("taskId").map { String($0) }
        let key = request.headers[.authorization] == nil ? "none" : "redacted"
        return
            "\(request.method.rawValue) \(request.uri.path) \(status) task=\(taskId ?? "-") key=\(key) \(milliseconds) ms"
    }
}

/// What a handler tells the request log: the task id a createTask made.
final class RequestNote: Sendable {
    /// The note of the request being handled, when the log is on.
    @TaskLocal static var current: RequestNote?

    private let storage = NIOLockedValueBox<String?>(nil)

    /// The task id, once known.
    var taskId: String? {
        get { storage.withLockedValue { $0 } }
        set { storage.withLockedValue { $0 = newValue } }
    }
}
