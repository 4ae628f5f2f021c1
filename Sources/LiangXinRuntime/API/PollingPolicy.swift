/// How often to ask for a task's state: a growing interval, a cap, a business deadline and a
/// query rate that a client must keep under.
public struct PollingPolicy: Sendable, Hashable {
    /// The wait before the first query and between the first queries.
    public var initialInterval: Duration
    /// Each wait is the previous one times this factor (at least 1).
    public var backoffFactor: Double
    /// No wait is longer than this.
    public var maximumInterval: Duration
    /// Polling gives up after this long (the caller may resume later with the same task id).
    public var timeout: Duration
    /// The most queries a second one API key may send.
    public var maximumQueriesPerSecond: Double

    /// Creates a policy.
    public init(
        initialInterval: Duration, backoffFactor: Double, maximumInterval: Duration, timeout: Duration,
        maximumQueriesPerSecond: Double
    ) {
        self.initialInterval = initialInterval
        self.backoffFactor = backoffFactor
        self.maximumInterval = maximumInterval
        self.timeout = timeout
        self.maximumQueriesPerSecond = maximumQueriesPerSecond
    }

    /// The wait after query number `index + 1` (0 is the wait after the first query): the
    /// initial interval times the factor to the power `index`, never above the cap, in whole
    /// milliseconds.
    public func interval(after index: Int) -> Duration {
        let cap = Self.milliseconds(maximumInterval)
        var wait = Self.milliseconds(initialInterval)
        var step = 0
        while step < index && wait < cap {
            wait *= backoffFactor
            step += 1
        }
        return .milliseconds(Int64(min(wait, cap).rounded()))
    }

    /// A duration in (fractional) milliseconds.
    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// The shortest gap between two queries that keeps under the query rate.
    public var minimumGap: Duration {
        .nanoseconds(Int64((1_000_000_000 / maximumQueriesPerSecond).rounded(.up)))
    }
}
