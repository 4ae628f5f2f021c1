import Foundation
import Testing
import TortureAPI

/// The torture api.yaml (states and fields named `default`, `self`, `class`, `1st-…`) compiles
/// into `TortureAPI` and round-trips a record.
@Suite struct TortureAPITests {
    @Test func awkwardStatesKeepTheirWireValues() {
        #expect(TaskState(wireValue: "default") == .default)
        #expect(TaskState(wireValue: "self") == .self_)
        #expect(TaskState(wireValue: "1st-state") == ._1stState)
        #expect(TaskState(wireValue: "unknown") == .unknown("unknown"))
        #expect(TaskState._1stState.isTerminal && !TaskState.self_.isTerminal)
        #expect(
            TaskState.documented.map(\.wireValue) == [
                "waiting", "queuing", "generating", "success", "fail", "default", "self", "1st-state",
            ])
    }

    @Test func aRecordWithAwkwardFieldNamesRoundTrips() throws {
        let text =
            #"{"taskId":"t","model":"m","state":"self","param":"{}","resultJson":"","failCode":"","failMsg":"","costTime":0,"completeTime":0,"createTime":1,"updateTime":2,"class":"c","self":1777600000000,"1st-field":"1st-state"}"#
        let record = try TaskRecord(jsonBytes: Array(text.utf8))
        #expect(record.state == .self_)
        #expect(record.`class` == "c")
        #expect(record.self_ == Date(timeIntervalSince1970: 1_777_600_000))
        #expect(record._1stField == ._1stState)
        #expect(record.jsonText == text)
    }
}
