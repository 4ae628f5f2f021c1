import Foundation
import LiangXin
import LiangXinAPI

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension LiangXinClient {
    /// Creates a task and returns its id. The input is validated locally first (unless
    /// `validatesLocally` or the configuration says not to); a failure without an answer is
    /// never retried, because the task may already exist and be billed.
    public func createTask<Input: LiangXinInput>(
        _ request: CreateTaskRequest<Input>, validatesLocally: Bool? = nil
    ) async throws(LiangXinError) -> String {
        let body = Data(request.jsonText.utf8)
        if validatesLocally ?? configuration.validatesLocally {
            let issues = LiangXinModels.validate(createTaskBody: body).filter {
                !Loopback.excuses($0, callBackUrl: request.callBackUrl)
            }
            guard issues.isEmpty else { throw .invalidRequest(issues) }
        }
        let data = try await call(LiangXinAPI.createTask, body: body, retrying: .never, as: CreateTaskData.self)
        return data.taskId
    }

    /// recordInfo: the task's record now. Retried on 429, 5xx and transport failures.
    public func taskDetails(taskId: String) async throws(LiangXinError) -> TaskRecord {
        try await call(
            LiangXinAPI.recordInfo, query: [URLQueryItem(name: LiangXinAPI.recordInfoTaskIdParameter, value: taskId)],
            taskId: taskId, retrying: .whenSafe, as: TaskRecord.self)
    }

    /// Polls until the task succeeds (its record), fails (`.taskFailed`), reaches the
    /// deadline (`.timedOut`, carrying the task id to resume with) or is cancelled.
    ///
    /// The first query goes out at once; then the waits follow the polling policy (2.5 s,
    /// growing by its factor up to its cap), every query of this client shares the per-key
    /// rate limit, and the last query is made at the deadline itself.
    public func waitForResult(taskId: String, timeout: Duration? = nil) async throws(LiangXinError) -> TaskRecord {
        try await waitForResult(taskId: taskId, timeout: timeout) { _ in }
    }

    /// Waits as ``waitForResult(taskId:timeout:)`` does, calling `onUpdate` with the first
    /// record and then with each record whose state differs from the one before (the final
    /// one too, before returning it or throwing `.taskFailed`): what a progress view shows.
    public func waitForResult(
        taskId: String, timeout: Duration? = nil, onUpdate: (TaskRecord) async -> Void
    ) async throws(LiangXinError) -> TaskRecord {
        let clock = configuration.clock
        let policy = configuration.polling
        let deadline = timeout ?? policy.timeout
        let start = clock.now()
        var polls = 0
        var lastState: TaskState?
        while true {
            do { try await limiter.acquire() } catch { throw .cancelled(taskId: taskId) }
            if Task.isCancelled { throw .cancelled(taskId: taskId) }
            let record = try await taskDetails(taskId: taskId)
            if record.state != lastState {
                lastState = record.state
                await onUpdate(record)
            }
            switch record.state {
            case .success: return record
            case .fail: throw .taskFailed(taskId: taskId, failCode: record.failCode, failMessage: record.failMsg)
            default: break
            }
            let elapsed = clock.now() - start
            guard elapsed < deadline else { throw .timedOut(taskId: taskId, lastState: record.state, waited: elapsed) }
            let wait = min(policy.interval(after: polls), deadline - elapsed)
            polls += 1
            do { try await clock.sleep(wait) } catch { throw .cancelled(taskId: taskId) }
        }
    }

    /// The task's records as its state changes: the first record, then one per new state,
    /// ending after `success` (the stream finishes) or `fail` (it throws `.taskFailed`), or
    /// with the same errors as ``waitForResult(taskId:timeout:)``. Cancelling the iteration
    /// stops the polling; the task itself goes on.
    public func updates(taskId: String, timeout: Duration? = nil) -> AsyncThrowingStream<TaskRecord, any Error> {
        AsyncThrowingStream { continuation in
            let polling = Task {
                do throws(LiangXinError) {
                    _ = try await waitForResult(taskId: taskId, timeout: timeout) { continuation.yield($0) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in polling.cancel() }
        }
    }

    /// Creates a task for a model's typed input, waits for it and returns the typed result.
    public func generate<Input: LiangXinInput>(
        _ input: Input, callBackUrl: String? = nil, timeout: Duration? = nil
    ) async throws(LiangXinError) -> GenerationResult<Input> {
        let taskId = try await createTask(CreateTaskRequest(input: input, callBackUrl: callBackUrl))
        let record = try await waitForResult(taskId: taskId, timeout: timeout)
        return try GenerationResult(record: record)
    }
}
