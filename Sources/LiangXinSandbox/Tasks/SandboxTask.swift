import Foundation
import LiangXinAPI

/// One task the sandbox created: who owns it, what it asked for, and its fixed timeline
/// (waiting → queuing → generating, one step each, then success or fail).
struct SandboxTask: Sendable {
    /// The public task id, `task_<model>_<unix ms>`.
    let id: String
    /// The API key that created it.
    let owner: String
    /// The model id.
    let model: String
    /// The createTask body as it was received.
    let param: String
    /// Unix milliseconds at creation.
    let createdAt: Int
    /// The length of each of the three running states.
    let stepMilliseconds: Int
    /// Whether it ends in `fail`.
    let fails: Bool
    /// Where the callback goes, if anywhere.
    let callBackUrl: String?
    /// The file its result is.
    let image: ImageRequest

    /// Unix milliseconds when it reaches its terminal state.
    var completedAt: Int { createdAt + 3 * stepMilliseconds }

    /// Its state at a moment.
    func state(at now: Int) -> TaskState {
        let elapsed = now - createdAt
        switch elapsed {
        case ..<stepMilliseconds: return .waiting
        case ..<(2 * stepMilliseconds): return .queuing
        case ..<(3 * stepMilliseconds): return .generating
        default: return fails ? .fail : .success
        }
    }

    /// The URL of its result file under the sandbox's base URL.
    func resultURL(base: String) -> String {
        "\(base)/sandbox/results/\(id)/1.\(image.format.fileExtension)"
    }

    /// Its record at a moment, as recordInfo and the callback send it.
    func record(at now: Int, base: String) -> TaskRecord {
        let state = state(at: now)
        let finished = state.isTerminal
        let millisecond = { (value: Int) in Date(timeIntervalSince1970: Double(value) / 1000) }
        let updatedAt = finished ? completedAt : createdAt + (now - createdAt) / stepMilliseconds * stepMilliseconds
        return TaskRecord(
            taskId: id, model: model, state: state, param: param,
            resultJson: state == .success ? TaskRecord.ResultJson(resultUrls: [resultURL(base: base)]) : nil,
            failCode: state == .fail ? "SANDBOX_FAILED" : "",
            failMsg: state == .fail ? "the sandbox failed this task on purpose (--fail-rate)" : "",
            costTime: finished ? .milliseconds(completedAt - createdAt) : .zero,
            completeTime: finished ? millisecond(completedAt) : nil,
            createTime: millisecond(createdAt), updateTime: millisecond(updatedAt))
    }
}
