/// How the sandbox behaves: who may call it, how tasks progress, and which faults it injects.
public struct SandboxConfiguration: Sendable {
    /// The address it listens on (loopback by default).
    public var host = "127.0.0.1"
    /// The port; 0 picks a free one (see ``SandboxServer/port``).
    public var port = 8080
    /// API keys that may create tasks.
    public var apiKeys: Set<String> = []
    /// API keys that are known but get 403 (no quota).
    public var noQuotaKeys: Set<String> = []
    /// How long each of waiting, queuing and generating lasts, in milliseconds.
    public var stepMilliseconds = 1000
    /// The share of tasks that end in `fail` (0...1).
    public var failRate = 0.0
    /// The seed of every random choice; the same seed gives the same outcomes and faults.
    public var seed: UInt64 = 0
    /// The share of API requests answered with 500 (0...1).
    public var errorRate = 0.0
    /// The share of API requests answered with 429 (0...1).
    public var throttleRate = 0.0
    /// The share of API requests whose connection is closed without an answer (0...1).
    /// A dropped createTask still creates its task, as a lost answer would.
    public var dropRate = 0.0
    /// Added to every API answer, in milliseconds.
    public var latencyMilliseconds = 0
    /// Bodies larger than this get 413.
    public var maximumBodyBytes = 1 << 20
    /// Receives one line for each request answered (`liangxin-sandbox` prints them unless
    /// `--quiet`); nil logs nothing.
    public var requestLog: (@Sendable (String) -> Void)?
    /// How often a callback is attempted before it is given up.
    public var callbackAttempts = 3

    /// The defaults: port 8080, 1-second steps, no faults.
    public init() {}
}
