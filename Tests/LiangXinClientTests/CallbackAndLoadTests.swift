import Foundation
import LiangXin
import LiangXinAPI
import LiangXinClient
import LiangXinSandbox
import Synchronization
import Testing

/// Callbacks reach a receiver and decode with the generated type; under injected faults every
/// task ends typed and no task is created twice; redirects over real sockets drop the key.
@Suite struct CallbackAndLoadTests {
    @Test func theCallbackIsPostedAndDecodesWithTheGeneratedType() async throws {
        let receiver = Receiver()
        let port = try await receiver.start { path in
            (path == "/flaky" && Self.flakyCount.add() < 2) ? (503, nil) : (200, nil)
        }
        let sandbox = try await SandboxHarness.start()
        let client = try SandboxHarness.client(sandbox)
        let result = try await client.generate(
            ZImage.Input(prompt: "a cat"), callBackUrl: "http://127.0.0.1:\(port)/hooks/liangxin")
        let failed = try await client.createTask(
            CreateTaskRequest(input: ZImage.Input(prompt: "a dog"), callBackUrl: "http://127.0.0.1:\(port)/flaky"))
        _ = try await client.waitForResult(taskId: failed)
        try await waitUntil { sandbox.stats.callbacksDelivered == 2 }
        let posted = receiver.requests.filter { $0.path == "/hooks/liangxin" }
        #expect(posted.count == 1)
        let payload = try CallbackPayload(jsonBytes: [UInt8](try #require(posted.first).body))
        #expect(payload.code == 200 && payload.msg == "success")
        #expect(payload.data == result.record)
        #expect(posted.first?.authorization == nil)
        // Two 503s, then a 2xx: retried until acknowledged.
        #expect(receiver.requests.filter { $0.path == "/flaky" }.count == 3)
        await sandbox.stop()
        await receiver.stop()
    }

    @Test func aFailedTaskIsCalledBackToo() async throws {
        let receiver = Receiver()
        let port = try await receiver.start()
        let sandbox = try await SandboxHarness.start { $0.failRate = 1 }
        let client = try SandboxHarness.client(sandbox)
        let taskId = try await client.createTask(
            CreateTaskRequest(input: ZImage.Input(prompt: "a cat"), callBackUrl: "http://localhost:\(port)/hook"))
        _ = await error { () async throws(LiangXinError) in try await client.waitForResult(taskId: taskId) }
        try await waitUntil { sandbox.stats.callbacksDelivered == 1 }
        let payload = try CallbackPayload(jsonBytes: [UInt8](try #require(receiver.requests.first).body))
        #expect(payload.data?.taskId == taskId)
        #expect(payload.data?.state == .fail)
        #expect(payload.data?.failCode == "SANDBOX_FAILED")
        #expect(payload.data?.resultJson == nil)
        await sandbox.stop()
        await receiver.stop()
    }

    /// Counts the flaky receiver's answers.
    static let flakyCount = Counter()

    @Test func twoHundredTasksUnderFaultsEndTypedAndNoneIsCreatedTwice() async throws {
        let sandbox = try await SandboxHarness.start {
            $0.errorRate = 0.10
            $0.throttleRate = 0.05
            $0.dropRate = 0.05
            $0.seed = 42
        }
        let client = try SandboxHarness.client(sandbox)
        let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<200 {
                group.addTask {
                    do throws(LiangXinError) {
                        let result = try await client.generate(ZImage.Input(prompt: "task \(index)"))
                        return result.record.state == .success ? "success" : "unexpected"
                    } catch {
                        switch error {
                        case .api(let failure): return "api \(failure.endpoint) \(failure.code)"
                        case .transport(let endpoint, _, let taskMayExist):
                            return "transport \(endpoint) \(taskMayExist)"
                        default: return "other \(error)"
                        }
                    }
                }
            }
            return try await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        }
        let stats = sandbox.stats
        #expect(outcomes.values.reduce(0, +) == 200)
        // A task either succeeds or ends in a typed error: createTask answered 500 or 429 (not
        // retried: the task may exist), its answer dropped, or polling out of retries.
        let typed: Set = [
            "success", "api createTask 500", "api createTask 429", "transport createTask true",
            "api recordInfo 500", "api recordInfo 429", "transport recordInfo false",
        ]
        #expect(outcomes.keys.allSatisfy { typed.contains($0) }, "\(outcomes)")
        #expect((outcomes["success"] ?? 0) >= 120, "\(outcomes)")
        #expect(stats.duplicateBodies == 0)
        // Each task was created once at most: by its one createTask (a dropped answer still creates it).
        // A task whose polling ran out of retries was created all the same.
        let createFailures = (outcomes["api createTask 500"] ?? 0) + (outcomes["api createTask 429"] ?? 0)
        #expect(stats.tasksCreated == 200 - createFailures, "\(outcomes) \(stats)")
        #expect(stats.dropped > 0 && stats.serverErrors > 0 && stats.throttled > 0)
        await sandbox.stop()
    }

    @Test func aRedirectToAnotherHostOverRealSocketsDropsTheKey() async throws {
        let target = Receiver()
        let targetPort = try await target.start()
        let origin = Receiver()
        let originPort = try await origin.start { path in
            path == "/api/v1/jobs/recordInfo" ? (302, "http://localhost:\(targetPort)/elsewhere") : (200, nil)
        }
        let client = try LiangXinClient(apiKey: testKey, baseURL: URL(string: "http://127.0.0.1:\(originPort)")!)
        _ = await error { () async throws(LiangXinError) in try await client.taskDetails(taskId: "t") }
        #expect(origin.requests.map(\.authorization) == ["Bearer \(testKey)"])
        #expect(target.requests.map(\.path) == ["/elsewhere"])
        #expect(target.requests.map(\.authorization) == [nil])
        await origin.stop()
        await target.stop()
    }

    /// Polls a condition every 20 ms for up to 10 s.
    private func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<500 where !condition() { try await Task.sleep(for: .milliseconds(20)) }
        #expect(condition())
    }
}

/// A thread-safe counter.
final class Counter: Sendable {
    private let value = Mutex(0)
    /// Returns the count before adding one.
    func add() -> Int {
        value.withLock { count in
            let before = count
            count += 1
            return before
        }
    }
}
