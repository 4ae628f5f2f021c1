import Foundation
import LiangXin
import LiangXinAPI
import LiangXinClient
import Testing

/// waitForResult follows api.yaml's polling policy, its deadline and cancellation.
@Suite struct PollingTests {
    @Test func waitsFollowThePolicyFromTheFirstIntervalToTheCap() async throws {
        let transport = ScriptedTransport(Array(repeating: .record("generating"), count: 10) + [.record("success")])
        let clock = VirtualClock()
        let client = try scriptedClient(transport, clock: clock)
        let record = try await client.waitForResult(taskId: "task_z-image_1")
        #expect(record.state == .success)
        #expect(transport.requests.count == 11)
        #expect(
            clock.sleeps == [
                seconds(2.5), seconds(3.75), seconds(5.625), seconds(8.438), seconds(12.656),
                seconds(18.984), seconds(28.477), seconds(30), seconds(30), seconds(30),
            ])
        #expect(LiangXinAPI.pollingPolicy.initialInterval == .milliseconds(2500))
        #expect(LiangXinAPI.pollingPolicy.maximumInterval == .seconds(30))
    }

    @Test func everyQueryIsRecordInfoWithTheTaskIdAndTheKey() async throws {
        let transport = ScriptedTransport([.record("queuing"), .record("success")])
        let client = try scriptedClient(transport)
        _ = try await client.waitForResult(taskId: "task_z-image_1")
        for request in transport.requests {
            #expect(request.method == "GET")
            #expect(
                request.url.absoluteString == "https://api.liangxin.ai/api/v1/jobs/recordInfo?taskId=task_z-image_1")
            #expect(request.headers["Authorization"] == "Bearer \(testKey)")
        }
    }

    @Test func theDeadlineIsATypedErrorWithTheTaskIdAndALaterWaitResumes() async throws {
        let transport = ScriptedTransport([.record("generating")])
        let clock = VirtualClock()
        let client = try scriptedClient(transport, clock: clock)
        let failure = await error { () async throws(LiangXinError) in
            try await client.waitForResult(taskId: "task_z-image_1", timeout: .seconds(60))
        }
        guard case .timedOut(let taskId, let lastState, let waited)? = failure else {
            Issue.record("expected a timeout, got \(String(describing: failure))")
            return
        }
        #expect(taskId == "task_z-image_1")
        #expect(lastState == .generating)
        #expect(waited == .seconds(60))
        #expect(clock.now == .seconds(60))
        #expect(
            failure?.description
                == "task task_z-image_1 did not finish within 60 s (last state: generating); call waitForResult(taskId: \"task_z-image_1\") later to resume"
        )
        let resumed = try scriptedClient(ScriptedTransport([.record("success")]))
        #expect(try await resumed.waitForResult(taskId: failure?.taskId ?? "").state == .success)
    }

    @Test func aFailedTaskIsATypedErrorWithItsCodeAndMessage() async throws {
        let client = try scriptedClient(ScriptedTransport([.record("waiting"), .record("fail")]))
        let failure = await error { () async throws(LiangXinError) in
            try await client.waitForResult(taskId: "task_z-image_1")
        }
        #expect(failure?.description == "task task_z-image_1 failed: E1: upstream refused")
        guard case .taskFailed(_, let code, let message)? = failure else {
            Issue.record("expected a failed task")
            return
        }
        #expect(code == "E1" && message == "upstream refused")
    }

    @Test func anUnknownStateKeepsPollingInsteadOfFailing() async throws {
        let transport = ScriptedTransport([.record("paused"), .record("success")])
        let client = try scriptedClient(transport)
        #expect(try await client.waitForResult(taskId: "task_z-image_1").state == .success)
        #expect(TaskState(wireValue: "paused") == .unknown("paused"))
        #expect(!TaskState.unknown("paused").isTerminal)
    }

    @Test func cancellationStopsWaitingAtOnce() async throws {
        var configuration = LiangXinClient.Configuration()
        configuration.polling.initialInterval = .seconds(600)
        configuration.polling.maximumInterval = .seconds(600)
        let client = try LiangXinClient(
            apiKey: testKey, transport: ScriptedTransport([.record("generating")]), configuration: configuration)
        let started = ContinuousClock.now
        let waiting = Task { () async throws(LiangXinError) -> TaskRecord in
            try await client.waitForResult(taskId: "task_z-image_1")
        }
        try await Task.sleep(for: .milliseconds(100))
        waiting.cancel()
        let result = await waiting.result
        // Far less than the 600 s wait. A loaded machine may take a minute to schedule the
        // task: a CI run on two cores measured 82 s while long tests held the cooperative pool.
        #expect(ContinuousClock.now - started < .seconds(300))
        guard case .failure(LiangXinError.cancelled(let taskId)) = result else {
            Issue.record("expected cancellation, got \(result)")
            return
        }
        #expect(taskId == "task_z-image_1")
    }

    @Test func concurrentWaitsShareThePerKeyQueryRate() async throws {
        let transport = ScriptedTransport([.record("success")])
        var configuration = LiangXinClient.Configuration()
        configuration.polling.maximumQueriesPerSecond = 50
        let client = try LiangXinClient(apiKey: testKey, transport: transport, configuration: configuration)
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<6 {
                group.addTask { _ = try await client.waitForResult(taskId: "task_z-image_\(index)") }
            }
            try await group.waitForAll()
        }
        // Six queries at 50 a second: the sixth may not leave before 5 × 20 ms (without the
        // limit all six leave within a millisecond or two).
        let times = transport.sendTimes.sorted()
        #expect(times.count == 6)
        #expect(try #require(times.last) - start >= .milliseconds(100))
    }
}

/// Progress for apps: each state change, as a callback and as an `AsyncSequence`.
@Suite struct ProgressTests {
    /// Records the values a callback receives.
    final class Recorder: @unchecked Sendable {
        var states: [TaskState] = []
    }

    @Test func onUpdateSeesEachNewStateOnce() async throws {
        let transport = ScriptedTransport([
            .record("waiting"), .record("waiting"), .record("queuing"), .record("generating"), .record("generating"),
            .record("success"),
        ])
        let client = try scriptedClient(transport)
        let recorder = Recorder()
        let record = try await client.waitForResult(taskId: "task_z-image_1") { recorder.states.append($0.state) }
        #expect(record.state == .success)
        #expect(recorder.states == [.waiting, .queuing, .generating, .success])
        #expect(transport.requests.count == 6)
    }

    @Test func updatesIsAnAsyncSequenceOfStateChangesThatEndsWithTheTask() async throws {
        let client = try scriptedClient(
            ScriptedTransport([.record("queuing"), .record("queuing"), .record("generating"), .record("success")]))
        var states: [TaskState] = []
        for try await record in client.updates(taskId: "task_z-image_1") { states.append(record.state) }
        #expect(states == [.queuing, .generating, .success])
    }

    @Test func updatesOfAFailedTaskYieldsItsRecordThenThrows() async throws {
        let client = try scriptedClient(ScriptedTransport([.record("generating"), .record("fail")]))
        var states: [TaskState] = []
        do {
            for try await record in client.updates(taskId: "task_z-image_1") { states.append(record.state) }
            Issue.record("the stream should have thrown")
        } catch let error as LiangXinError {
            #expect(error.description == "task task_z-image_1 failed: E1: upstream refused")
        }
        #expect(states == [.generating, .fail])
    }
}

/// The polling preset for the sandbox.
@Suite struct SandboxPollingTests {
    @Test func theSandboxPresetPollsWithinMilliseconds() async throws {
        let transport = ScriptedTransport(Array(repeating: .record("generating"), count: 8) + [.record("success")])
        let clock = VirtualClock()
        let client = try scriptedClient(transport, clock: clock) { $0.polling = .sandbox }
        _ = try await client.waitForResult(taskId: "task_z-image_1")
        #expect(
            clock.sleeps == [
                .milliseconds(50), .milliseconds(75), .milliseconds(113), .milliseconds(169), .milliseconds(253),
                .milliseconds(380), .milliseconds(500), .milliseconds(500),
            ])
        #expect(PollingPolicy.sandbox.timeout == .seconds(120))
    }
}
