import Foundation
import LiangXin
import LiangXinAPI

/// Every way a LiangXin call can fail, typed. No case's text ever contains the API key.
public enum LiangXinError: LocalizedError, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The service refused the request: a documented status (400, 401, 403, 404, 413, 422,
    /// 429, 500) as an HTTP status or an envelope code, or the `{"error": {…}}` body.
    case api(APIFailure)
    /// The task ended in `fail`.
    case taskFailed(taskId: String, failCode: String, failMessage: String)
    /// Waiting reached its business deadline; `waitForResult(taskId:)` with the same task id
    /// resumes it.
    case timedOut(taskId: String, lastState: TaskState?, waited: Duration)
    /// Local validation found issues; nothing was sent.
    case invalidRequest([ValidationIssue])
    /// No response arrived. After createTask the task may exist (and be billed) anyway, so it
    /// is never sent again automatically (`taskMayExist`).
    case transport(endpoint: String, message: String, taskMayExist: Bool)
    /// The answer does not have the shape `specs/api.yaml` gives it.
    case invalidResponse(endpoint: String, detail: String)
    /// Waiting was cancelled; the task goes on and can be awaited again.
    case cancelled(taskId: String)
    /// A base URL or redirect that would send the API key in clear text or somewhere unsafe.
    case insecureURL(String)
    /// A result file could not be fetched or saved.
    case download(url: String, message: String)
    /// The API key is empty or too short to be one (refused before anything is sent).
    case invalidAPIKey(String)

    /// The documented status, when the service refused the request.
    public var status: APIStatus? {
        if case .api(let failure) = self { return failure.status }
        return nil
    }

    /// The task id the error is about, when there is one (resume or inspect with it).
    public var taskId: String? {
        switch self {
        case .api(let failure): return failure.taskId
        case .taskFailed(let taskId, _, _), .timedOut(let taskId, _, _), .cancelled(let taskId): return taskId
        default: return nil
        }
    }

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case .api(let failure):
            let name = failure.status.map { " \($0)" } ?? ""
            let type = failure.errorType.map { " [\($0)]" } ?? ""
            let meaning = failure.status.map { " (\($0.meaning))" } ?? ""
            return "\(failure.endpoint) failed with \(failure.code)\(name)\(type): \(failure.message)\(meaning)"
        case .taskFailed(let taskId, let failCode, let failMessage):
            return "task \(taskId) failed: \(failCode.isEmpty ? "no code" : failCode): \(failMessage)"
        case .timedOut(let taskId, let lastState, let waited):
            let state = lastState.map { " (last state: \($0))" } ?? ""
            return
                "task \(taskId) did not finish within \(waited.formattedSeconds)\(state); call waitForResult(taskId: \"\(taskId)\") later to resume"
        case .invalidRequest(let issues):
            return "the request is invalid and was not sent: "
                + issues.map(\.description).joined(separator: "; ")
        case .transport(let endpoint, let message, let taskMayExist):
            let advice =
                taskMayExist
                ? "; it was not retried automatically because the task may already exist and be billed: look for it before sending it again"
                : ""
            return "\(endpoint) got no response: \(message)\(advice)"
        case .invalidResponse(let endpoint, let detail):
            return "\(endpoint) answered something the API spec does not allow: \(detail)"
        case .cancelled(let taskId):
            return "waiting for task \(taskId) was cancelled; the task goes on and can be awaited again"
        case .insecureURL(let reason):
            return reason
        case .download(let url, let message):
            return "could not download \(url): \(message)"
        case .invalidAPIKey(let reason):
            return reason
        }
    }

    /// The same text: there is nothing more to show, and never the API key.
    public var debugDescription: String { "LiangXinError: \(description)" }

    /// ``description``, so that `localizedDescription` says what happened.
    public var errorDescription: String? { description }
}

extension ValidationError: LocalizedError {
    /// Its `description`: every issue, one a line.
    public var errorDescription: String? { description }
}

extension Duration {
    /// `12.5 s`.
    var formattedSeconds: String {
        let milliseconds = components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        return "\(Double(milliseconds) / 1000) s"
    }
}
