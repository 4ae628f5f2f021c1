import Foundation
@_exported import LiangXin
@_exported import LiangXinAPI

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The LiangXin Market client: creates tasks (validated locally first), polls them with the
/// API's policy, reads typed results and downloads the files.
///
/// The API key is sent only to the base URL's origin, over https (plain http only on
/// loopback, for the sandbox), and never appears in an error, a log line or a description.
public struct LiangXinClient: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// What the client does besides the spec's defaults.
    public struct Configuration: Sendable {
        /// When and how fast to poll; api.yaml's policy by default.
        public var polling: PollingPolicy = LiangXinAPI.pollingPolicy
        /// How safe requests are retried.
        public var retry = RetryPolicy()
        /// Whether createTask validates the input locally before sending it.
        public var validatesLocally = true
        /// The clock polling and retries wait on.
        public var clock = ClientClock.continuous
        /// Receives one line per request and answer (never headers, never the key).
        public var log: (@Sendable (String) -> Void)?
        /// The most redirects one request follows.
        public var maximumRedirects = 5

        /// The defaults.
        public init() {}
    }

    /// The base URL requests go to.
    public let baseURL: URL
    /// The configuration.
    public let configuration: Configuration
    let apiKey: String
    let transport: any HTTPTransport
    let limiter: QueryRateLimiter
    let redactor: Redactor

    /// Creates a client; throws `.insecureURL` for a base URL that is not https (plain http is
    /// accepted on loopback only), and `.invalidAPIKey` for an empty key or one shorter than 8
    /// characters.
    public init(
        apiKey: String, baseURL: URL = URL(string: LiangXinAPI.baseURL)!,
        transport: any HTTPTransport = URLSessionTransport(), configuration: Configuration = Configuration()
    ) throws(LiangXinError) {
        guard !apiKey.isEmpty else { throw .invalidAPIKey("the API key is empty") }
        guard apiKey.count >= Redactor.minimumKeyLength else {
            throw .invalidAPIKey(
                "the API key has \(apiKey.count) character\(apiKey.count == 1 ? "" : "s"); a LiangXin key has at least \(Redactor.minimumKeyLength)"
            )
        }
        guard URLSafety.isSafe(baseURL) else {
            throw .insecureURL(
                "the base URL \(baseURL.absoluteString) must use https (plain http is allowed on loopback only)")
        }
        self.apiKey = apiKey
        self.baseURL = baseURL
        self.transport = transport
        self.configuration = configuration
        self.redactor = Redactor(secret: apiKey)
        self.limiter = QueryRateLimiter(
            clock: configuration.clock, queriesPerSecond: configuration.polling.maximumQueriesPerSecond)
    }

    /// `LiangXinClient(baseURL: https://api.liangxin.ai, apiKey: redacted)`.
    public var description: String { "LiangXinClient(baseURL: \(baseURL.absoluteString), apiKey: redacted)" }

    /// The same as ``description``: the key is never shown.
    public var debugDescription: String { description }

    /// What `dump` and debuggers show: the base URL only.
    public var customMirror: Mirror { Mirror(self, children: ["baseURL": baseURL.absoluteString]) }
}
