import LiangXinAPI

/// What the service said when it refused a request: the HTTP status, the envelope's code and
/// message, or the `{"error": {…}}` body.
public struct APIFailure: Sendable, Hashable {
    /// The endpoint, e.g. `createTask`.
    public var endpoint: String
    /// The HTTP status of the answer.
    public var httpStatus: Int
    /// The business code: the envelope's `code`, or the HTTP status when there was no envelope.
    public var code: Int
    /// The documented status the code names, if the API documents it.
    public var status: APIStatus?
    /// The service's message (`msg`, or `error.message`), with the API key removed.
    public var message: String
    /// `error.type` of an `{"error": {…}}` body.
    public var errorType: String?
    /// `error.code` of an `{"error": {…}}` body.
    public var errorCode: String?
    /// The task the request was about, if any.
    public var taskId: String?

    /// Creates a failure.
    public init(
        endpoint: String, httpStatus: Int, code: Int, message: String, errorType: String? = nil,
        errorCode: String? = nil, taskId: String? = nil
    ) {
        self.endpoint = endpoint
        self.httpStatus = httpStatus
        self.code = code
        self.status = APIStatus(rawValue: code)
        self.message = message
        self.errorType = errorType
        self.errorCode = errorCode
        self.taskId = taskId
    }

    /// Whether the request may be sent again after a pause (429 and 5xx).
    public var isRetryable: Bool { status?.isRetryable ?? (code >= 500) }
}
