import Foundation
import LiangXinClient
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A transport that answers from a script and records every request it was sent.
final class ScriptedTransport: HTTPTransport {
    /// One scripted answer: a response, or a failure without a response.
    enum Answer: Sendable {
        case response(HTTPResponse)
        case noResponse
    }

    private let state: Mutex<(answers: [Answer], requests: [HTTPRequest], times: [ContinuousClock.Instant])>
    /// The answer once the script has run out.
    private let fallback: Answer

    /// A transport that gives `answers` in order, then `fallback` forever.
    init(_ answers: [Answer], then fallback: Answer? = nil) {
        state = Mutex((answers, [], []))
        self.fallback = fallback ?? answers.last ?? .noResponse
    }

    /// Every request sent so far.
    var requests: [HTTPRequest] { state.withLock { $0.requests } }
    /// When each request was sent, in real time.
    var sendTimes: [ContinuousClock.Instant] { state.withLock { $0.times } }

    /// Records the request and gives the next answer.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let answer = state.withLock { state in
            state.requests.append(request)
            state.times.append(ContinuousClock.now)
            return state.answers.isEmpty ? fallback : state.answers.removeFirst()
        }
        switch answer {
        case .response(let response): return response
        case .noResponse: throw URLError(.networkConnectionLost)
        }
    }
}

extension ScriptedTransport.Answer {
    /// A JSON answer with a status.
    static func json(_ status: Int, _ text: String) -> Self {
        .response(HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Data(text.utf8)))
    }

    /// `{"code": code, "msg": msg, "data": null}` with the same HTTP status.
    static func envelope(_ code: Int, _ msg: String, httpStatus: Int? = nil) -> Self {
        json(httpStatus ?? code, #"{"code":\#(code),"msg":"\#(msg)","data":null}"#)
    }

    /// A recordInfo answer in a state.
    static func record(
        _ state: String, taskId: String = "task_z-image_1", resultURL: String = "https://cdn.example/r.png"
    )
        -> Self
    {
        let result = state == "success" ? #"{\"resultUrls\":[\"\#(resultURL)\"]}"# : ""
        let param = #"{\"model\":\"z-image\",\"input\":{\"prompt\":\"A cafe terrace\"}}"#
        return json(
            200,
            #"{"code":200,"msg":"success","data":{"taskId":"\#(taskId)","model":"z-image","state":"\#(state)","param":"\#(param)","resultJson":"\#(result)","failCode":"\#(state == "fail" ? "E1" : "")","failMsg":"\#(state == "fail" ? "upstream refused" : "")","costTime":0,"completeTime":0,"createTime":1777599982000,"updateTime":1777599982000}}"#
        )
    }
}
