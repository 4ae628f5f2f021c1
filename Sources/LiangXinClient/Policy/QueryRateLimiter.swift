/// Keeps one API key's queries under a rate: each query takes the next free slot, slots
/// `minimumGap` apart, however many tasks are being awaited at once.
actor QueryRateLimiter {
    private let clock: ClientClock
    private let gap: Duration
    private var nextSlot: Duration = .zero

    /// Creates a limiter for a rate in queries a second.
    init(clock: ClientClock, queriesPerSecond: Double) {
        self.clock = clock
        gap = .nanoseconds(Int64((1_000_000_000 / max(queriesPerSecond, 0.001)).rounded(.up)))
    }

    /// Waits for the next free slot (cancellable).
    func acquire() async throws {
        let now = clock.now()
        let slot = max(now, nextSlot)
        nextSlot = slot + gap
        if slot > now { try await clock.sleep(slot - now) }
    }
}
