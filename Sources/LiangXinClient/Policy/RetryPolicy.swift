/// When and how long to wait before sending a safe request (recordInfo, downloads) again
/// after a 429, a 5xx or a transport failure: capped exponential back-off with full jitter.
public struct RetryPolicy: Sendable {
    /// The most attempts, the first one included.
    public var maximumAttempts: Int
    /// The wait before the second attempt, before jitter.
    public var baseDelay: Duration
    /// No wait is longer than this.
    public var maximumDelay: Duration
    /// A random number in 0..<1 for jitter (replace it to make waits reproducible).
    public var random: @Sendable () -> Double

    /// Creates a policy.
    public init(
        maximumAttempts: Int = 4, baseDelay: Duration = .milliseconds(500), maximumDelay: Duration = .seconds(8),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maximumAttempts = maximumAttempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.random = random
    }

    /// The wait after failed attempt number `attempt` (1-based): a random share of
    /// `baseDelay × 2^(attempt-1)`, capped, and never less than half of it.
    public func delay(afterAttempt attempt: Int) -> Duration {
        var ceiling = baseDelay
        for _ in 1..<max(attempt, 1) where ceiling < maximumDelay { ceiling = ceiling * 2 }
        ceiling = min(ceiling, maximumDelay)
        return ceiling * (0.5 + 0.5 * random())
    }
}
