import Foundation
import LiangXin
import LiangXinAPI
import LiangXinClient
import Testing

/// Safe requests are retried with capped back-off; createTask never is; the key stays on
/// the API's origin over https.
@Suite struct RetryAndSecurityTests {
    @Test func recordInfoIsRetriedOn429And5xxAndTransportFailures() async throws {
        let transport = ScriptedTransport([
            .envelope(429, "busy"), .envelope(500, "oops"), .noResponse, .record("success"),
        ])
        let clock = VirtualClock()
        let client = try scriptedClient(transport, clock: clock)
        let record = try await client.taskDetails(taskId: "task_z-image_1")
        #expect(record.state == .success)
        #expect(transport.requests.count == 4)
        // No jitter (random = 0): half of 0.5 s, 1 s, 2 s.
        #expect(clock.sleeps == [.milliseconds(250), .milliseconds(500), .seconds(1)])
    }

    @Test func retriesStopAtTheLimitWithTheLastError() async throws {
        let transport = ScriptedTransport([.envelope(500, "still down")])
        let client = try scriptedClient(transport)
        let failure = await error { () async throws(LiangXinError) in try await client.taskDetails(taskId: "t") }
        #expect(transport.requests.count == 4)
        #expect(failure?.status == .internalError)
    }

    @Test func backOffIsCappedAndJittered() {
        let policy = RetryPolicy(
            maximumAttempts: 10, baseDelay: .milliseconds(500), maximumDelay: .seconds(8), random: { 0.999 })
        #expect(policy.delay(afterAttempt: 1) > .milliseconds(499))
        #expect(policy.delay(afterAttempt: 9) <= .seconds(8))
        #expect(policy.delay(afterAttempt: 9) > .milliseconds(7990))
        let low = RetryPolicy(random: { 0 })
        #expect(low.delay(afterAttempt: 3) == .seconds(1))
    }

    @Test func aClientErrorIsNotRetried() async throws {
        let transport = ScriptedTransport([.envelope(404, "task not found")])
        let client = try scriptedClient(transport)
        let failure = await error { () async throws(LiangXinError) in try await client.taskDetails(taskId: "t") }
        #expect(transport.requests.count == 1)
        #expect(failure?.status == .notFound)
    }

    @Test func createTaskIsNeverRetriedWithoutAnAnswer() async throws {
        let transport = ScriptedTransport([
            .noResponse, .json(200, #"{"code":200,"msg":"success","data":{"taskId":"t2"}}"#),
        ])
        let client = try scriptedClient(transport)
        let failure = await error { () async throws(LiangXinError) in
            try await client.createTask(CreateTaskRequest(input: ZImage.Input(prompt: "a cat")))
        }
        #expect(transport.requests.count == 1)
        guard case .transport(let endpoint, _, let taskMayExist)? = failure else {
            Issue.record("expected a transport failure")
            return
        }
        #expect(endpoint == "createTask" && taskMayExist)
        #expect(
            failure?.description.hasSuffix(
                "; it was not retried automatically because the task may already exist and be billed: look for it before sending it again"
            ) == true)
    }

    @Test func createTaskIsNotRetriedAfterA500Either() async throws {
        let transport = ScriptedTransport([.envelope(500, "upstream error")])
        let client = try scriptedClient(transport)
        let failure = await error { () async throws(LiangXinError) in
            try await client.createTask(CreateTaskRequest(input: ZImage.Input(prompt: "a cat")))
        }
        #expect(transport.requests.count == 1)
        #expect(failure?.status == .internalError)
    }

    @Test(arguments: ["http://api.liangxin.ai", "ftp://api.liangxin.ai", "http://10.0.0.8:8080"])
    func aBaseURLThatIsNotHTTPSOffLoopbackIsRefused(url: String) throws {
        #expect {
            try LiangXinClient(apiKey: testKey, baseURL: URL(string: url)!, transport: ScriptedTransport([]))
        } throws: { error in
            (error as? LiangXinError)?.description
                == "the base URL \(url) must use https (plain http is allowed on loopback only)"
        }
    }

    @Test(arguments: ["http://127.0.0.1:8080", "http://localhost:9000", "http://[::1]:8080", "https://api.liangxin.ai"])
    func httpsAndLoopbackBaseURLsAreAccepted(url: String) throws {
        _ = try LiangXinClient(apiKey: testKey, baseURL: URL(string: url)!, transport: ScriptedTransport([]))
    }

    @Test func aRedirectToAnotherHostDropsTheKeyAndOneOnTheSameHostKeepsIt() async throws {
        let transport = ScriptedTransport([
            .response(HTTPResponse(status: 307, headers: ["Location": "/api/v1/jobs/recordInfo?taskId=t&x=1"])),
            .response(HTTPResponse(status: 302, headers: ["Location": "https://mirror.example/recordInfo?taskId=t"])),
            .record("success"),
        ])
        let client = try scriptedClient(transport)
        _ = try await client.taskDetails(taskId: "t")
        let requests = transport.requests
        #expect(
            requests.map(\.url.absoluteString) == [
                "https://api.liangxin.ai/api/v1/jobs/recordInfo?taskId=t",
                "https://api.liangxin.ai/api/v1/jobs/recordInfo?taskId=t&x=1",
                "https://mirror.example/recordInfo?taskId=t",
            ])
        #expect(requests.map { $0.headers["Authorization"] } == ["Bearer \(testKey)", "Bearer \(testKey)", nil])
    }
}
