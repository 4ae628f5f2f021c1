import Foundation
import LiangXin
import LiangXinAPI
import Testing

@testable import LiangXinSandbox

/// Each sandbox task walks waiting → queuing → generating → success or fail, one step each,
/// and its record has the seed's shape at every moment.
@Suite struct SandboxTimelineTests {
    private func task(fails: Bool) -> SandboxTask {
        SandboxTask(
            id: "task_z-image_1777599982000", owner: "k", model: "z-image",
            param: #"{"model":"z-image","input":{"prompt":"A cafe terrace"}}"#, createdAt: 1_777_599_982_000,
            stepMilliseconds: 6000, fails: fails, callBackUrl: nil,
            image: ImageRequest(format: .png, width: 1024, height: 1024))
    }

    @Test func statesFollowTheSteps() {
        let task = task(fails: false)
        let states = [0, 5999, 6000, 11_999, 12_000, 17_999, 18_000, 60_000].map {
            task.state(at: 1_777_599_982_000 + $0)
        }
        #expect(states == [.waiting, .waiting, .queuing, .queuing, .generating, .generating, .success, .success])
        #expect(self.task(fails: true).state(at: 1_777_600_000_000) == .fail)
    }

    @Test func aFinishedRecordIsTheSeedsExample() {
        let record = task(fails: false).record(at: 1_777_600_000_000, base: "https://cdn.example.com")
        #expect(
            APIEnvelope(code: 200, msg: "success", data: record).jsonText
                == #"{"code":200,"msg":"success","data":{"taskId":"task_z-image_1777599982000","model":"z-image","state":"success","param":"{\"model\":\"z-image\",\"input\":{\"prompt\":\"A cafe terrace\"}}","resultJson":"{\"resultUrls\":[\"https://cdn.example.com/sandbox/results/task_z-image_1777599982000/1.png\"]}","failCode":"","failMsg":"","costTime":18000,"completeTime":1777600000000,"createTime":1777599982000,"updateTime":1777600000000}}"#
        )
    }

    @Test func aRunningRecordHasEmptyResultsAndZeroTimes() {
        let record = task(fails: false).record(at: 1_777_599_990_000, base: "http://127.0.0.1:1")
        #expect(
            record.jsonText
                == #"{"taskId":"task_z-image_1777599982000","model":"z-image","state":"queuing","param":"{\"model\":\"z-image\",\"input\":{\"prompt\":\"A cafe terrace\"}}","resultJson":"","failCode":"","failMsg":"","costTime":0,"completeTime":0,"createTime":1777599982000,"updateTime":1777599988000}"#
        )
    }

    @Test func aFailedRecordHasItsCodeAndMessage() {
        let record = task(fails: true).record(at: 1_777_600_000_000, base: "http://127.0.0.1:1")
        #expect(record.state == .fail && record.resultJson == nil)
        #expect(record.failCode == "SANDBOX_FAILED")
        #expect(record.failMsg == "the sandbox failed this task on purpose (--fail-rate)")
    }

    @Test func theSeedsRecordDecodesIntoTheGeneratedTypes() throws {
        let seed =
            #"{"code":200,"msg":"success","data":{"taskId":"task_z-image_1777600000000","model":"z-image","state":"success","param":"{\"model\":\"z-image\",\"callBackUrl\":\"https://your-domain.com/api/callback\",\"input\":{\"prompt\":\"A cafe terrace\",\"image_size\":\"square_hd\"}}","resultJson":"{\"resultUrls\":[\"https://cdn.example.com/result.png\"]}","failCode":"","failMsg":"","costTime":18000,"completeTime":1777600000000,"createTime":1777599982000,"updateTime":1777600000000}}"#
        let envelope = try APIEnvelope<TaskRecord>(jsonBytes: Array(seed.utf8))
        let record = try #require(envelope.data)
        #expect(record.state == .success)
        #expect(record.costTime == .seconds(18))
        #expect(record.completeTime == Date(timeIntervalSince1970: 1_777_600_000))
        #expect(record.createTime == Date(timeIntervalSince1970: 1_777_599_982))
        #expect(record.resultJson?.resultUrls == ["https://cdn.example.com/result.png"])
        let request = try CreateTaskRequest<ZImage.Input>(
            json: try JSONParser.parse(Array(record.param.utf8)), at: JSONPointer("/data/param"))
        #expect(request.input == ZImage.Input(prompt: "A cafe terrace", imageSize: .squareHd))
        #expect(request.callBackUrl == "https://your-domain.com/api/callback")
        #expect(envelope.jsonText == seed)
    }

    @Test func aRequestForAnotherModelDoesNotDecode() throws {
        let param = #"{"model":"flux-2-pro","input":{"prompt":"a cat"}}"#
        #expect {
            try CreateTaskRequest<ZImage.Input>(
                json: try JSONParser.parse(Array(param.utf8)), at: JSONPointer("/data/param"))
        } throws: { error in
            (error as? ResponseDecodingError)?.description
                == #"the answer does not match the API spec: /data/param/model: must be "z-image" (got "flux-2-pro")"#
        }
    }
}

/// Faults and outcomes are reproducible from the seed, at their configured rates.
@Suite struct SandboxFaultTests {
    @Test func theSameSeedGivesTheSameDraws() {
        let first = SandboxRandom(seed: 7)
        let second = SandboxRandom(seed: 7)
        let other = SandboxRandom(seed: 8)
        let draws = (0..<100).map { _ in first.next() }
        #expect(draws == (0..<100).map { _ in second.next() })
        #expect(draws != (0..<100).map { _ in other.next() })
    }

    @Test func eachFaultHappensAtItsRate() {
        var configuration = SandboxConfiguration()
        configuration.errorRate = 0.10
        configuration.throttleRate = 0.05
        configuration.dropRate = 0.05
        let injector = FaultInjector(configuration: configuration, random: SandboxRandom(seed: 42))
        var counts: [FaultInjector.Fault: Int] = [:]
        for _ in 0..<100_000 { counts[injector.next(), default: 0] += 1 }
        #expect(abs((counts[.serverError] ?? 0) - 10_000) < 500)
        #expect(abs((counts[.throttled] ?? 0) - 5_000) < 400)
        #expect(abs((counts[.dropped] ?? 0) - 5_000) < 400)
        #expect(abs((counts[FaultInjector.Fault.none] ?? 0) - 80_000) < 800)
    }
}
