import Foundation
import LiangXinClient

/// An app's use of LiangXinKit, offline: typed inputs, local validation, and the client over an
/// in-memory transport. `Tests/Consumer/check.sh` builds it as an app would and checks its output.
@main
struct MyApp {
    /// Validates an input and a raw body, then runs one task through the client.
    static func main() async throws {
        let input = ZImage.Input(prompt: "A cafe terrace at night", imageSize: .squareHd, seed: 7)
        print("valid:", input.validate().isEmpty)

        let body = Data(#"{"model":"z-image","input":{"prompt":"x","seed":-1}}"#.utf8)
        for issue in LiangXinModels.validate(createTaskBody: body) {
            print("issue:", issue)
        }

        var configuration = LiangXinClient.Configuration()
        configuration.polling = .sandbox
        let client = try LiangXinClient(
            apiKey: "sk-test-0123456789", transport: OneTaskTransport(), configuration: configuration)
        let taskId = try await client.createTask(CreateTaskRequest(input: input))
        let record = try await client.waitForResult(taskId: taskId)
        print("task:", taskId, record.state)
        print("files:", try record.resultURLs().map(\.absoluteString))

        do {
            _ = try LiangXinClient(apiKey: "")
        } catch {
            print("error:", error.localizedDescription)
        }
    }
}

/// Answers createTask and recordInfo as LiangXin Market would, for one task that succeeds.
struct OneTaskTransport: HTTPTransport {
    /// The canned answer for each path.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let answer: String
        if request.url.path.hasSuffix("/createTask") {
            answer = #"{"code":200,"msg":"success","data":{"taskId":"task_1"}}"#
        } else {
            answer = #"""
                {"code":200,"msg":"success","data":{"taskId":"task_1","model":"z-image","state":"success",\#
                "param":"{}","resultJson":"{\"resultUrls\":[\"https://files.example/1.png\"]}","failCode":"",\#
                "failMsg":"","costTime":1500,"createTime":1790000000000,"completeTime":1790000001500,\#
                "updateTime":1790000001500}}
                """#
        }
        return HTTPResponse(status: 200, body: Data(answer.utf8))
    }
}
