import Hummingbird
import LiangXinAPI
import LiangXinRuntime
import NIOCore

/// The answers the sandbox sends, shaped by the generated API types.
enum SandboxResponses {
    /// JSON with a status.
    static func json(_ text: String, status: Int) -> Response {
        Response(
            status: HTTPResponse.Status(code: status),
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// An envelope with data, status 200.
    static func success<Payload: APIPayload>(_ data: Payload) -> Response {
        json(APIEnvelope(code: 200, msg: "success", data: data).jsonText, status: 200)
    }

    /// An error envelope: the HTTP status and the envelope code agree, `data` is null.
    static func failure(_ status: APIStatus, _ message: String) -> Response {
        json(
            APIEnvelope<CreateTaskData>(code: status.rawValue, msg: message, data: nil).jsonText,
            status: status.rawValue)
    }

    /// 401 with the `{"error": {…}}` body.
    static func unauthorized(_ message: String) -> Response {
        let body = APIErrorBody(error: .init(message: message, type: "new_api_error", code: ""))
        return json(body.jsonText, status: APIStatus.unauthorized.rawValue)
    }

    /// `input.prompt is required` from the issue at `/input/prompt`.
    static func message(for issue: ValidationIssue) -> String {
        var path = ""
        for component in issue.pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let name = component.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let index = Int(name), !path.isEmpty {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? name : ".\(name)"
            }
        }
        return "\(path.isEmpty ? "body" : path) \(issue.message)"
    }
}
