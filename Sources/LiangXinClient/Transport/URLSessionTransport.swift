import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default transport: `URLSession` (FoundationNetworking on Linux), with redirects left
/// to the client and no cookies or caches.
///
/// A request that is not idempotent (createTask) goes over a connection of its own, closed
/// after it: an HTTP stack re-sends a request on its own when a reused keep-alive connection
/// dies before the answer (libcurl does, under FoundationNetworking), which for createTask
/// would create a second task.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let timeout: TimeInterval

    /// Creates a transport with its own ephemeral session and a request timeout.
    public init(timeout: TimeInterval = 60) {
        self.timeout = timeout
        session = Self.makeSession(timeout: timeout)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// An ephemeral session without cookies or caches that never follows redirects.
    private static func makeSession(timeout: TimeInterval) -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        return URLSession(configuration: configuration, delegate: RedirectRefuser(), delegateQueue: nil)
    }

    /// Sends the request with `URLSession`; a 3xx comes back as it is.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard !request.isIdempotent else { return try await send(request, over: session) }
        let fresh = Self.makeSession(timeout: timeout)
        defer { fresh.finishTasksAndInvalidate() }
        var closing = request
        closing.headers["Connection"] = "close"
        return try await send(closing, over: fresh)
    }

    /// Sends the request over a session.
    private func send(_ request: HTTPRequest, over session: URLSession) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        urlRequest.httpBody = request.body
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError where Self.neverSent.contains(error.code) {
            throw RequestNotSent(error.localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name] = value }
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    }

    /// The failures that happen before a request's first byte leaves this machine.
    private static let neverSent: Set<URLError.Code> = [
        .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet, .badURL, .unsupportedURL,
    ]
}

/// Refuses every redirect so that the response reaches the client unchanged.
private final class RedirectRefuser: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    /// Keeps the 3xx response instead of following it.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
