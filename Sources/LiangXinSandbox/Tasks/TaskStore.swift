import NIOConcurrencyHelpers

/// Every task the sandbox created, and the counters that prove what happened (tasks created,
/// bodies created twice, faults injected, callbacks delivered).
final class TaskStore: Sendable {
    /// The counters, as `GET /sandbox/stats` reports them.
    struct Counters: Sendable {
        var tasksCreated = 0
        var duplicateBodies = 0
        var dropped = 0
        var serverErrors = 0
        var throttled = 0
        var callbacksDelivered = 0
        var callbacksFailed = 0
    }

    private struct State {
        var tasks: [String: SandboxTask] = [:]
        var lastIDMillisecond = 0
        var bodies: Set<String> = []
        var counters = Counters()
    }

    private let state = NIOLockedValueBox(State())

    /// Stores a new task; its id's millisecond is unique even when two arrive in the same one.
    func create(
        owner: String, model: String, param: String, now: Int, make: (String) -> SandboxTask
    ) -> SandboxTask {
        state.withLockedValue { state in
            let millisecond = max(now, state.lastIDMillisecond + 1)
            state.lastIDMillisecond = millisecond
            let task = make("task_\(model)_\(millisecond)")
            state.tasks[task.id] = task
            state.counters.tasksCreated += 1
            if !state.bodies.insert(owner + "\u{0}" + param).inserted { state.counters.duplicateBodies += 1 }
            return task
        }
    }

    /// The task with an id, if it exists.
    func task(_ id: String) -> SandboxTask? {
        state.withLockedValue { $0.tasks[id] }
    }

    /// Changes the counters.
    func count(_ change: (inout Counters) -> Void) {
        state.withLockedValue { change(&$0.counters) }
    }

    /// The counters now.
    var counters: Counters { state.withLockedValue { $0.counters } }
}
