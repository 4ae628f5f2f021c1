import Foundation
import LiangXin
import LiangXinAPI
import LiangXinClient
import Synchronization
import Testing

/// Every documented failure becomes its typed `LiangXinError`, and no error text holds the key.
@Suite struct ErrorMappingTests {
    /// Each documented status, as an HTTP status and the same envelope code.
    @Test(arguments: APIStatus.allCases)
    func everyDocumentedStatusMapsToItsError(status: APIStatus) async throws {
        let client = try scriptedClient(
            ScriptedTransport([.envelope(status.rawValue, "refused")]), configure: { $0.retry.maximumAttempts = 1 })
        let failure = await error { () async throws(LiangXinError) in
            try await client.taskDetails(taskId: "task_z-image_1")
        }
        #expect(failure?.status == status)
        guard case .api(let api)? = failure else {
            Issue.record("expected an API failure, got \(String(describing: failure))")
            return
        }
        #expect(api.httpStatus == status.rawValue)
        #expect(api.code == status.rawValue)
        #expect(api.message == "refused")
        #expect(api.taskId == "task_z-image_1")
        #expect(
            failure?.description == "recordInfo failed with \(status.rawValue) \(status): refused (\(status.meaning))")
    }

    @Test func anEnvelopeCodeInsideHTTP200IsAnError() async throws {
        let client = try scriptedClient(
            ScriptedTransport([.envelope(422, "upstream rejected the prompt", httpStatus: 200)]))
        let failure = await error { () async throws(LiangXinError) in try await client.taskDetails(taskId: "t") }
        #expect(failure?.status == .unprocessable)
        #expect(
            failure?.description
                == "recordInfo failed with 422 unprocessable: upstream rejected the prompt (Upstream validation rejected the request.)"
        )
    }

    @Test func theErrorBodyOfABadKeyIsAnUnauthorizedError() async throws {
        let body = #"{"error":{"message":"invalid token","type":"new_api_error","code":""}}"#
        let client = try scriptedClient(ScriptedTransport([.json(401, body)]))
        let failure = await error { () async throws(LiangXinError) in try await client.taskDetails(taskId: "t") }
        guard case .api(let api)? = failure else {
            Issue.record("expected an API failure")
            return
        }
        #expect(api.status == .unauthorized)
        #expect(api.errorType == "new_api_error")
        #expect(
            failure?.description
                == "recordInfo failed with 401 unauthorized [new_api_error]: invalid token (The API key is missing or invalid.)"
        )
    }

    @Test func anAnswerOfTheWrongShapeIsAnInvalidResponse() async throws {
        let client = try scriptedClient(
            ScriptedTransport([.json(200, #"{"code":200,"msg":"success","data":{"taskId":7}}"#)]))
        let failure = await error { () async throws(LiangXinError) in try await client.taskDetails(taskId: "t") }
        #expect(
            failure?.description
                == "recordInfo answered something the API spec does not allow: the answer does not match the API spec: /data/taskId: must be a string (got 7); /data/model: is required; /data/state: is required; /data/param: is required; /data/resultJson: is required; /data/failCode: is required; /data/failMsg: is required; /data/costTime: is required; /data/completeTime: is required; /data/createTime: is required; /data/updateTime: is required"
        )
    }

    @Test func localValidationSendsNothingAndListsEveryIssue() async throws {
        let transport = ScriptedTransport([.record("success")])
        let client = try scriptedClient(transport)
        let input = ZImage.Input(prompt: "", numInferenceSteps: 99)
        let failure = await error { () async throws(LiangXinError) in
            try await client.createTask(CreateTaskRequest(input: input))
        }
        #expect(transport.requests.isEmpty)
        #expect(
            failure?.description
                == "the request is invalid and was not sent: /input/prompt: must be at least 1 character (got 0); /input/num_inference_steps: must be at most 50 (got 99)"
        )
    }

    @Test func localValidationCanBeTurnedOff() async throws {
        let transport = ScriptedTransport([.envelope(400, "input.prompt must be at least 1 character (got 0)")])
        let client = try scriptedClient(transport)
        let failure = await error { () async throws(LiangXinError) in
            try await client.createTask(CreateTaskRequest(input: ZImage.Input(prompt: "")), validatesLocally: false)
        }
        #expect(transport.requests.count == 1)
        #expect(failure?.status == .badRequest)
        #expect(
            String(decoding: transport.requests[0].body ?? Data(), as: UTF8.self)
                == #"{"model":"z-image","input":{"prompt":""}}"#)
    }

    @Test func theKeyNeverAppearsInAnyErrorOrDescription() async throws {
        let echoing =
            #"{"error":{"message":"invalid token \#(testKey)","type":"new_api_error \#(testKey)","code":"\#(testKey)"}}"#
        var failures: [LiangXinError] = []
        for answer: ScriptedTransport.Answer in [
            .json(401, echoing), .envelope(500, "boom \(testKey)"), .noResponse, .json(200, "not json \(testKey)"),
            .json(502, "bad gateway \(testKey)"),
        ] {
            let client = try scriptedClient(ScriptedTransport([answer]), configure: { $0.retry.maximumAttempts = 1 })
            if let failure = await error(of: { () async throws(LiangXinError) in
                try await client.taskDetails(taskId: "t")
            }) {
                failures.append(failure)
            }
            let created = await error { () async throws(LiangXinError) in
                try await client.createTask(CreateTaskRequest(input: ZImage.Input(prompt: "a cat")))
            }
            failures += created.map { [$0] } ?? []
        }
        #expect(failures.count == 10)
        for failure in failures {
            var dumped = ""
            dump(failure, to: &dumped)
            for text in [failure.description, String(reflecting: failure), "\(failure)", dumped] {
                #expect(!text.contains(testKey), "\(text)")
            }
        }
        let client = try scriptedClient(ScriptedTransport([]))
        var dumped = ""
        dump(client, to: &dumped)
        for text in [client.description, String(reflecting: client), "\(client)", dumped] {
            #expect(!text.contains(testKey), "\(text)")
        }
        #expect(client.description == "LiangXinClient(baseURL: https://api.liangxin.ai, apiKey: redacted)")
    }

    @Test func logLinesNeverHoldTheKey() async throws {
        let lines = LogLines()
        let client = try scriptedClient(
            ScriptedTransport([.envelope(500, "boom \(testKey)"), .record("success")]),
            configure: { $0.log = { lines.append($0) } })
        _ = try await client.taskDetails(taskId: "task_z-image_1")
        #expect(lines.all.count == 3)
        #expect(lines.all.allSatisfy { !$0.contains(testKey) })
        #expect(lines.all.first == "GET /api/v1/jobs/recordInfo → 500")
    }
}

/// Log lines collected from any thread.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    /// Adds a line.
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    /// Every line so far.
    var all: [String] { lines.withLock { $0 } }
}
