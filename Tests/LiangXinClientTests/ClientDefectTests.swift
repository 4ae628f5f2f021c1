import Foundation
import LiangXin
import Testing

@testable import LiangXinClient

/// The client's rough edges that issue 16 found, each pinned: redaction of whole keys only,
/// refused short and empty keys, errors whose `localizedDescription` says what happened, and
/// the billing warning only when a createTask may have reached the server.
@Suite struct ClientDefectTests {
    @Test func emptyAndShortKeysAreRefusedAtInit() {
        for (key, message) in [
            ("", "the API key is empty"),
            ("k", "the API key has 1 character; a LiangXin key has at least 8"),
            ("sk-1234", "the API key has 7 characters; a LiangXin key has at least 8"),
        ] {
            #expect(throws: LiangXinError.self) { try LiangXinClient(apiKey: key) }
            do {
                _ = try LiangXinClient(apiKey: key)
            } catch {
                #expect(error.description == message)
            }
        }
        #expect((try? LiangXinClient(apiKey: "sk-12345")) != nil)
    }

    @Test func redactionReplacesWholeKeysAndBearerTokensOnly() {
        let redactor = Redactor(secret: "task-key-1")
        #expect(redactor.clean("task not found") == "task not found")
        #expect(redactor.clean("invalid key task-key-1, try again") == "invalid key [redacted], try again")
        #expect(redactor.clean("task-key-1") == "[redacted]")
        #expect(redactor.clean("\"task-key-1\"") == "\"[redacted]\"")
        #expect(redactor.clean("xtask-key-1 and task-key-12") == "xtask-key-1 and task-key-12")
        #expect(
            redactor.clean("Authorization: Bearer sk-other-key rejected") == "Authorization: Bearer [redacted] rejected"
        )
        #expect(redactor.clean("bearer abc\"}") == "bearer [redacted]\"}")
        #expect(redactor.clean("unbearer x") == "unbearer x")
    }

    @Test func aServerErrorKeepsItsWordsAndLosesTheKey() async throws {
        let transport = ScriptedTransport([
            .json(404, #"{"code":404,"msg":"task not found for \#(testKey)","data":null}"#)
        ])
        let client = try scriptedClient(transport)
        let failure = await error { () async throws(LiangXinError) in try await client.taskDetails(taskId: "task_1") }
        let text = try #require(failure).description
        #expect(text.contains("task not found for [redacted]"))
        #expect(!text.contains(testKey))
    }

    @Test func errorsAreLocalized() {
        let error = LiangXinError.taskFailed(taskId: "t1", failCode: "500", failMessage: "boom")
        #expect((error as Error).localizedDescription == "task t1 failed: 500: boom")
        let invalid = ValidationError(issues: [
            ValidationIssue(pointer: "/input/prompt", code: .required, message: "is required")
        ])
        #expect((invalid as Error).localizedDescription == "invalid request:\n  /input/prompt: is required")
    }

    @Test func aRefusedConnectionCarriesNoBillingWarning() async throws {
        // Port 1 on loopback: nothing listens, so the connection is refused and nothing is sent.
        let client = try LiangXinClient(apiKey: testKey, baseURL: URL(string: "http://127.0.0.1:1")!)
        let failure = await error { () async throws(LiangXinError) in
            try await client.createTask(CreateTaskRequest(input: ZImage.Input(prompt: "a cafe")))
        }
        guard case .transport(let endpoint, _, let taskMayExist)? = failure else {
            Issue.record("expected a transport error, got \(String(describing: failure))")
            return
        }
        #expect(endpoint == "createTask")
        #expect(!taskMayExist)
        #expect(failure?.description.contains("may already exist") == false)
    }

    @Test func aLostAnswerToCreateTaskStillWarnsOfBilling() async throws {
        let client = try scriptedClient(ScriptedTransport([.noResponse]))
        let failure = await error { () async throws(LiangXinError) in
            try await client.createTask(CreateTaskRequest(input: ZImage.Input(prompt: "a cafe")))
        }
        #expect(failure?.description.contains("the task may already exist and be billed") == true)
    }

    @Test func inputsAndRecordsDescribeThemselvesAsWireJSON() throws {
        let input = ZImage.Input(prompt: "A \"cafe\" terrace", imageSize: .squareHd, seed: 7)
        #expect(input.description == #"{"prompt":"A \"cafe\" terrace","image_size":"square_hd","seed":7}"#)
        #expect("\(input)" == input.description)
        let request = CreateTaskRequest(input: input, callBackUrl: "https://example.com/hook")
        #expect(
            request.description
                == #"{"model":"z-image","callBackUrl":"https://example.com/hook","input":{"prompt":"A \"cafe\" terrace","#
                + #""image_size":"square_hd","seed":7}}"#)
        let answer = #"""
            {"taskId":"task_1","model":"z-image","state":"generating","param":"{}","resultJson":"","failCode":"",\#
            "failMsg":"","costTime":0,"completeTime":0,"createTime":1790000000000,"updateTime":1790000000500,"extra":1}
            """#
        let record = try TaskRecord(jsonBytes: Array(answer.utf8))
        #expect(
            record.description
                == #"{"taskId":"task_1","model":"z-image","state":"generating","param":"{}","resultJson":"","#
                + #""failCode":"","failMsg":"","costTime":0,"completeTime":0,"createTime":1790000000000,"#
                + #""updateTime":1790000000500}"#)
    }
}
