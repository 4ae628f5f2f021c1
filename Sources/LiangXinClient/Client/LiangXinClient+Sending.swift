import Foundation
import LiangXin
import LiangXinAPI

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension LiangXinClient {
    /// Whether a failed request may be sent again.
    enum Retrying {
        /// Never (createTask: the task may exist even without an answer).
        case never
        /// On 429, 5xx and transport failures, per the retry policy.
        case whenSafe
    }

    /// Sends an API request with the key, follows redirects (dropping the key off the API's
    /// origin), retries when allowed, and returns the envelope's data.
    func call<Payload: APIPayload>(
        _ endpoint: APIEndpoint, query: [URLQueryItem] = [], body: Data? = nil, taskId: String? = nil,
        retrying: Retrying, as type: Payload.Type
    ) async throws(LiangXinError) -> Payload {
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)!
        components.path = components.path.trimmingSuffix("/") + endpoint.path
        if !query.isEmpty { components.queryItems = query }
        var request = HTTPRequest(method: endpoint.method, url: components.url!, body: body)
        request.headers["Accept"] = "application/json"
        if body != nil { request.headers["Content-Type"] = "application/json" }
        let send = { () async throws(LiangXinError) -> Payload in
            let response = try await self.send(
                request, endpoint: endpoint.name, authorized: true, taskMayExist: retrying == .never)
            return try self.decode(response, endpoint: endpoint.name, taskId: taskId, as: Payload.self)
        }
        guard retrying == .whenSafe else { return try await send() }
        return try await withRetries(endpoint.name, taskId: taskId, send)
    }

    /// Runs an operation until it succeeds, fails in a way not worth repeating (see
    /// ``isRetryable(_:)``), or the retry policy's attempts run out; waits the policy's delay
    /// between attempts.
    func withRetries<Value>(
        _ name: String, taskId: String?, _ operation: () async throws(LiangXinError) -> Value
    ) async throws(LiangXinError) -> Value {
        var attempt = 1
        while true {
            let failure: LiangXinError
            do throws(LiangXinError) {
                return try await operation()
            } catch {
                failure = error
            }
            guard attempt < configuration.retry.maximumAttempts, Self.isRetryable(failure) else { throw failure }
            let delay = configuration.retry.delay(afterAttempt: attempt)
            log("\(name) attempt \(attempt) failed (\(failure)); retrying in \(delay.formattedSeconds)")
            do { try await configuration.clock.sleep(delay) } catch { throw .cancelled(taskId: taskId ?? "") }
            attempt += 1
        }
    }

    /// Whether an error is worth another attempt of a safe request.
    static func isRetryable(_ error: LiangXinError) -> Bool {
        switch error {
        case .api(let failure): return failure.isRetryable
        case .transport: return true
        default: return false
        }
    }

    /// Sends one request through the transport, following redirects; the key goes only to the
    /// base URL's origin (which the initializer checked is https or loopback), so a redirect to
    /// another host drops it.
    func send(_ original: HTTPRequest, endpoint: String, authorized: Bool, taskMayExist: Bool)
        async throws(LiangXinError) -> HTTPResponse
    {
        var request = original
        for _ in 0...configuration.maximumRedirects {
            if authorized && URLSafety.sameOrigin(request.url, baseURL) {
                request.headers[LiangXinAPI.authorizationHeader] = "Bearer \(apiKey)"
            } else {
                request.headers[LiangXinAPI.authorizationHeader] = nil
            }
            let response: HTTPResponse
            do {
                response = try await transport.send(request)
            } catch is CancellationError {
                throw .cancelled(taskId: "")
            } catch {
                log("\(request.method) \(request.url.path) → no response")
                // The billing warning only when the request may have reached the server.
                throw .transport(
                    endpoint: endpoint, message: redactor.clean(Self.describe(error)),
                    taskMayExist: taskMayExist && !(error is RequestNotSent))
            }
            log("\(request.method) \(request.url.path) → \(response.status)")
            guard (300..<400).contains(response.status), response.status != 304,
                let location = response.headers["location"],
                let next = URL(string: location, relativeTo: request.url)?.absoluteURL
            else { return response }
            if response.status == 303 {
                request.method = "GET"
                request.body = nil
            }
            request.url = next
        }
        throw .transport(
            endpoint: endpoint, message: "more than \(configuration.maximumRedirects) redirects",
            taskMayExist: taskMayExist)
    }

    /// The envelope's data on success; the typed error for every documented failure.
    func decode<Payload: APIPayload>(
        _ response: HTTPResponse, endpoint: String, taskId: String?, as type: Payload.Type
    ) throws(LiangXinError) -> Payload {
        let bytes = [UInt8](response.body)
        if let body = try? APIErrorBody(jsonBytes: bytes) {
            throw .api(
                APIFailure(
                    endpoint: endpoint, httpStatus: response.status, code: response.status,
                    message: redactor.clean(body.error.message), errorType: redactor.clean(body.error.type),
                    errorCode: redactor.clean(body.error.code), taskId: taskId))
        }
        let envelope: APIEnvelope<Payload>
        do throws(ResponseDecodingError) {
            envelope = try APIEnvelope<Payload>(jsonBytes: bytes)
        } catch {
            if response.status != 200 {
                let text = String(decoding: response.body.prefix(200), as: UTF8.self)
                throw .api(
                    APIFailure(
                        endpoint: endpoint, httpStatus: response.status, code: response.status,
                        message: redactor.clean(text.isEmpty ? "no body" : text), taskId: taskId))
            }
            throw .invalidResponse(endpoint: endpoint, detail: redactor.clean(error.description))
        }
        guard response.status == 200, envelope.code == 200, let data = envelope.data else {
            let code = envelope.code != 200 ? envelope.code : response.status
            throw .api(
                APIFailure(
                    endpoint: endpoint, httpStatus: response.status, code: code == 200 ? 500 : code,
                    message: redactor.clean(envelope.msg), taskId: taskId))
        }
        return data
    }

    /// What a transport failure says: `URLError`'s description (`Empty reply from server`),
    /// or the error itself.
    static func describe(_ error: any Error) -> String {
        let error = error as NSError
        if let text = error.userInfo[NSLocalizedDescriptionKey] as? String, !text.isEmpty { return text }
        if error.domain == NSURLErrorDomain { return "URL error \(error.code)" }
        return String(describing: error)
    }

    /// Sends a line to the configured log, without the key.
    func log(_ line: String) {
        configuration.log?(redactor.clean(line))
    }
}

extension String {
    /// The string without one trailing `suffix`.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
