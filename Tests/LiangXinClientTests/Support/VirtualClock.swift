import LiangXinClient
import Synchronization

/// A clock whose waits return at once and move its time forward; it records every wait.
final class VirtualClock: Sendable {
    private let state = Mutex((now: Duration.zero, sleeps: [Duration]()))

    /// The waits so far.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }
    /// The time now.
    var now: Duration { state.withLock { $0.now } }

    /// The client clock backed by this one.
    var clientClock: ClientClock {
        ClientClock(
            now: { self.now },
            sleep: { duration in
                try Task.checkCancellation()
                self.state.withLock { state in
                    state.sleeps.append(duration)
                    state.now += duration
                }
            })
    }
}

/// `Duration` from fractional seconds, for readable expectations.
func seconds(_ value: Double) -> Duration { .nanoseconds(Int64((value * 1_000_000_000).rounded())) }
