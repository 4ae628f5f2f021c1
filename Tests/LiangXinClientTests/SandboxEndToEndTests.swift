import Foundation
import LiangXin
import LiangXinAPI
import LiangXinClient
import LiangXinSandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The client against the sandbox over loopback: every model end to end, every status the
/// sandbox produces, deadlines and resumption.
@Suite struct SandboxEndToEndTests {
    /// One model's typed input and the file the sandbox should make of it.
    static let cases: [(model: String, expected: String)] = [
        ("flux-2-pro", "PNG 800x600"), ("gemini-2.5-flash-image-preview", "PNG 1024x1024"),
        ("imagen4-fast", "JPEG 576x1024"), ("imagen4-ultra", "PNG 1024x1024"),
        ("nano-banana-pro", "PNG 2048x1152"), ("nano-banana-pro-flash", "PNG 1024x768"),
        ("seedream-v4-5", "PNG 2048x2048"), ("seedream-v5-lite", "PNG 2730x1536"), ("z-image", "JPEG 1024x576"),
    ]

    @Test func everyModelHasACase() {
        #expect(Self.cases.map(\.model) == LiangXinModels.entries.map(\.id))
    }

    @Test(arguments: cases)
    func createWaitDownloadAndDecode(model: String, expected: String) async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = try SandboxHarness.client(sandbox)
        let prompt = "A cafe terrace at dusk"
        let described: String
        switch model {
        case "flux-2-pro":
            described = try await roundTrip(Flux2Pro.Input(prompt: prompt, width: 800, height: 600), client)
        case "gemini-2.5-flash-image-preview":
            described = try await roundTrip(Gemini2_5FlashImagePreview.Input(prompt: prompt), client)
        case "imagen4-fast":
            described = try await roundTrip(
                Imagen4Fast.Input(prompt: prompt, aspectRatio: .socialStory9_16, outputFormat: .jpeg), client)
        case "imagen4-ultra":
            described = try await roundTrip(Imagen4Ultra.Input(prompt: prompt), client)
        case "nano-banana-pro":
            described = try await roundTrip(
                NanoBananaPro.Input(prompt: prompt, aspectRatio: .ratio16x9, resolution: .size2K), client)
        case "nano-banana-pro-flash":
            described = try await roundTrip(
                NanoBananaProFlash.Input(prompt: prompt, aspectRatio: .ratio4x3, resolution: .size1K), client)
        case "seedream-v4-5":
            described = try await roundTrip(SeedreamV4_5.Input(prompt: prompt), client)
        case "seedream-v5-lite":
            described = try await roundTrip(SeedreamV5Lite.Input(prompt: prompt, aspectRatio: .widescreen16_9), client)
        default:
            described = try await roundTrip(
                ZImage.Input(prompt: prompt, imageSize: .landscape16_9, outputFormat: .jpeg), client)
        }
        #expect(described == expected)
    }

    /// generate → typed result (the request read back from `param`) → download → decode.
    private func roundTrip<Input: LiangXinInput>(_ input: Input, _ client: LiangXinClient) async throws -> String {
        let result = try await client.generate(input)
        #expect(result.record.state == .success)
        #expect(result.request.input == input)
        #expect(result.request.model == Input.Model.id)
        #expect(result.taskId.hasPrefix("task_\(Input.Model.id)_"))
        #expect(result.resultURLs.count == 1)
        #expect(result.record.costTime == .milliseconds(90))
        let folder = try SandboxHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try await client.downloadResults(result, to: folder)
        #expect(files.map(\.lastPathComponent) == ["\(result.taskId)-1.\(result.resultURLs[0].pathExtension)"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [files[0].lastPathComponent])
        return try ImageDecoder.describe(files[0])
    }

    @Test func recordsFollowTheSeedsShapeAndTimeline() async throws {
        let sandbox = try await SandboxHarness.start { $0.stepMilliseconds = 1000 }
        defer { Task { await sandbox.stop() } }
        let client = try SandboxHarness.client(sandbox)
        let taskId = try await client.createTask(CreateTaskRequest(input: ZImage.Input(prompt: "A cafe terrace")))
        let first = try await client.taskDetails(taskId: taskId)
        #expect(!first.state.isTerminal)
        #expect(
            first.resultJson == nil && first.failCode.isEmpty && first.costTime == .zero && first.completeTime == nil)
        #expect(first.param == #"{"model":"z-image","input":{"prompt":"A cafe terrace"}}"#)
        let millisecond = try #require(Int(taskId.split(separator: "_").last ?? ""))
        #expect(abs(Int((first.createTime ?? Date()).timeIntervalSince1970 * 1000) - millisecond) < 50)
        let final = try await client.waitForResult(taskId: taskId)
        #expect(final.costTime == .milliseconds(3000))
        #expect(final.completeTime == final.updateTime)
        #expect(
            try final.resultURLs().map(\.absoluteString) == [
                "\(sandbox.baseURL.absoluteString)/sandbox/results/\(taskId)/1.png"
            ])
    }

    @Test func taskIdsAreUniqueWithinOneMillisecond() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = try SandboxHarness.client(sandbox)
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<50 {
                group.addTask {
                    try await client.createTask(CreateTaskRequest(input: ZImage.Input(prompt: "cat \(index)")))
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(ids).count == 50)
        #expect(ids.allSatisfy { $0.wholeMatch(of: /task_z-image_[0-9]{13}/) != nil })
    }

    @Test func failedTasksAreTypedErrors() async throws {
        let sandbox = try await SandboxHarness.start { $0.failRate = 1 }
        defer { Task { await sandbox.stop() } }
        let client = try SandboxHarness.client(sandbox)
        let failure = await error { () async throws(LiangXinError) in
            try await client.generate(ZImage.Input(prompt: "a cat"))
        }
        guard case .taskFailed(let taskId, let code, let message)? = failure else {
            Issue.record("expected a failed task, got \(String(describing: failure))")
            return
        }
        #expect(taskId.hasPrefix("task_z-image_"))
        #expect(code == "SANDBOX_FAILED")
        #expect(message == "the sandbox failed this task on purpose (--fail-rate)")
    }

    @Test func theDeadlineCarriesTheTaskIdAndALaterWaitSucceeds() async throws {
        // The task takes 9 s, so that the 100 ms deadline passes first even on a loaded machine
        // (with 0.9 s, a first poll that came late under load found it done).
        let sandbox = try await SandboxHarness.start { $0.stepMilliseconds = 3000 }
        defer { Task { await sandbox.stop() } }
        let client = try SandboxHarness.client(sandbox)
        let failure = await error { () async throws(LiangXinError) in
            try await client.generate(ZImage.Input(prompt: "a cat"), timeout: .milliseconds(100))
        }
        guard case .timedOut(let taskId, let state, _)? = failure else {
            Issue.record("expected a timeout, got \(String(describing: failure))")
            return
        }
        #expect(state.map { !$0.isTerminal } == true)
        let record = try await client.waitForResult(taskId: taskId)
        #expect(record.state == .success)
        #expect(record.taskId == taskId)
        #expect(sandbox.stats.tasksCreated == 1)
    }

    @Test func statusesOverTheWire() async throws {
        let sandbox = try await SandboxHarness.start { $0.maximumBodyBytes = 4096 }
        defer { Task { await sandbox.stop() } }
        let client = try SandboxHarness.client(sandbox)
        let request = CreateTaskRequest(input: ZImage.Input(prompt: "a cat"))

        let wrongKey = try SandboxHarness.client(sandbox, apiKey: "sk-wrong")
        let unauthorized = await error { () async throws(LiangXinError) in try await wrongKey.createTask(request) }
        #expect(
            unauthorized?.description
                == "createTask failed with 401 unauthorized [new_api_error]: invalid token (The API key is missing or invalid.)"
        )

        let poor = try SandboxHarness.client(sandbox, apiKey: "sk-poor-1")
        let forbidden = await error { () async throws(LiangXinError) in try await poor.createTask(request) }
        #expect(
            forbidden?.description
                == "createTask failed with 403 forbidden: insufficient quota (Insufficient quota, or access denied.)")

        let invalid = await error { () async throws(LiangXinError) in
            try await client.createTask(CreateTaskRequest(input: ZImage.Input(prompt: "")), validatesLocally: false)
        }
        #expect(invalid?.status == .badRequest)
        guard case .api(let badRequest)? = invalid else { return }
        #expect(badRequest.message == "input.prompt must be at least 1 character (got 0)")

        let huge = await error { () async throws(LiangXinError) in
            try await client.createTask(
                CreateTaskRequest(input: ZImage.Input(prompt: String(repeating: "a", count: 4090))),
                validatesLocally: false)
        }
        #expect(
            huge?.description
                == "createTask failed with 413 payloadTooLarge: request body is larger than 4096 bytes (The request body is too large.)"
        )

        let missing = await error { () async throws(LiangXinError) in try await client.taskDetails(taskId: "") }
        #expect(missing?.status == .badRequest)

        let unknown = await error { () async throws(LiangXinError) in
            try await client.taskDetails(taskId: "task_z-image_1")
        }
        #expect(
            unknown?.description
                == "recordInfo failed with 404 notFound: task not found (The task does not exist or does not belong to this API key's user.)"
        )

        let taskId = try await client.createTask(request)
        let unauthorizedQuery = await error { () async throws(LiangXinError) in
            try await wrongKey.taskDetails(taskId: taskId)
        }
        #expect(unauthorizedQuery?.status == .unauthorized)

        for failure in [unauthorized, forbidden, invalid, huge, missing, unknown, unauthorizedQuery].compactMap({ $0 })
        {
            #expect(!failure.description.contains(testKey) && !String(reflecting: failure).contains(testKey))
        }
    }

    @Test func aBodyThatIsNotJSONIsABadRequestNamingWhere() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        var request = URLRequest(url: sandbox.baseURL.appendingPathComponent("api/v1/jobs/createTask"))
        request.httpMethod = "POST"
        request.setValue("Bearer \(testKey)", forHTTPHeaderField: "Authorization")
        request.httpBody = Data(#"{"model":"z-image","input":{"prompt":"a cat",}}"#.utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 400)
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"code":400,"msg":"body invalid JSON at line 1, column 46: expected a string key","data":null}"#)
        #expect(sandbox.stats.tasksCreated == 0)
    }

    @Test func anotherKeysTaskIsNotFound() async throws {
        let sandbox = try await SandboxHarness.start { $0.apiKeys = [testKey, "sk-other"] }
        defer { Task { await sandbox.stop() } }
        let taskId = try await SandboxHarness.client(sandbox).createTask(
            CreateTaskRequest(input: ZImage.Input(prompt: "a cat")))
        let other = try SandboxHarness.client(sandbox, apiKey: "sk-other")
        let failure = await error { () async throws(LiangXinError) in try await other.taskDetails(taskId: taskId) }
        #expect(failure?.status == .notFound)
    }

    @Test func latencyIsAddedToEveryAnswer() async throws {
        let sandbox = try await SandboxHarness.start { $0.latencyMilliseconds = 300 }
        defer { Task { await sandbox.stop() } }
        let client = try SandboxHarness.client(sandbox)
        let started = ContinuousClock.now
        _ = await error { () async throws(LiangXinError) in try await client.taskDetails(taskId: "task_z-image_1") }
        #expect(ContinuousClock.now - started >= .milliseconds(300))
    }

    @Test func injected500sAnd429sAreRetriedAndThenTyped() async throws {
        let sandbox = try await SandboxHarness.start {
            $0.errorRate = 0.5; $0.throttleRate = 0.5
        }
        defer { Task { await sandbox.stop() } }
        let client = try SandboxHarness.client(sandbox)
        let failure = await error { () async throws(LiangXinError) in
            try await client.taskDetails(taskId: "task_z-image_1")
        }
        #expect(failure?.status == .internalError || failure?.status == .tooManyRequests)
        #expect(sandbox.stats.serverErrors + sandbox.stats.throttled == 6)
    }
}
