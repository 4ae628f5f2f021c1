import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP request as the client sends it.
public struct HTTPRequest: Sendable {
    /// `GET` or `POST`.
    public var method: String
    /// The absolute URL.
    public var url: URL
    /// Header fields; the client sets `Authorization` only for the API's own host.
    public var headers: [String: String]
    /// The body, if any.
    public var body: Data?
    /// Whether sending it twice is harmless. A transport must never re-send a request that is
    /// not (createTask): the task could be created, and billed, twice.
    public var isIdempotent: Bool

    /// Creates a request; GET requests are idempotent unless said otherwise.
    public init(
        method: String, url: URL, headers: [String: String] = [:], body: Data? = nil, isIdempotent: Bool? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.isIdempotent = isIdempotent ?? (method == "GET")
    }
}

/// One HTTP response as the transport received it (redirects are not followed).
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields, names lowercased.
    public var headers: [String: String]
    /// The body.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $1 })
        self.body = body
    }
}

/// Sends requests; the client does everything else (auth, redirects, retries, decoding).
///
/// A transport must not follow redirects itself: the client follows them so that it can
/// drop the API key when a redirect leaves the API's host.
public protocol HTTPTransport: Sendable {
    /// Sends one request and returns its response, or throws when no response arrived.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// What a transport throws when it knows the request never left this machine (the
/// connection was refused, the host not found): a createTask that failed so created nothing.
public struct RequestNotSent: Error, Sendable, CustomStringConvertible {
    /// Why, e.g. `could not connect to the server`.
    public var description: String

    /// An error with its reason.
    public init(_ description: String) { self.description = description }
}
