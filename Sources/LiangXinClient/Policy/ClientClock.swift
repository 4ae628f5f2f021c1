/// The client's sense of time: what time it is and how to wait. Tests replace it with a
/// virtual clock that records every wait and returns at once.
public struct ClientClock: Sendable {
    /// The time elapsed since some fixed point.
    public var now: @Sendable () -> Duration
    /// Waits; throws `CancellationError` when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void

    /// Creates a clock from its two operations.
    public init(
        now: @escaping @Sendable () -> Duration, sleep: @escaping @Sendable (Duration) async throws -> Void
    ) {
        self.now = now
        self.sleep = sleep
    }

    /// Real time, from `ContinuousClock`.
    public static var continuous: ClientClock {
        let clock = ContinuousClock()
        let start = clock.now
        return ClientClock(
            now: { clock.now - start },
            sleep: { duration in
                guard duration > .zero else { return try Task.checkCancellation() }
                try await clock.sleep(for: duration)
            })
    }
}
