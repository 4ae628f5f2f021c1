import Foundation
import LiangXin
import LiangXinAPI

/// A finished task, typed by its model's input: the request it was created with, its record
/// and where its files can be downloaded (for a limited time).
public struct GenerationResult<Input: LiangXinInput>: Sendable {
    /// The task id.
    public var taskId: String { record.taskId }
    /// The request, read back from the record's `param`.
    public var request: CreateTaskRequest<Input>
    /// The final record.
    public var record: TaskRecord
    /// The result files' URLs.
    public var resultURLs: [URL]

    /// Reads a successful record; its `param` must be a request for `Input`'s model.
    public init(record: TaskRecord) throws(LiangXinError) {
        self.record = record
        self.request = try record.request(as: Input.self)
        self.resultURLs = try record.resultURLs()
    }
}

extension TaskRecord {
    /// The createTask request the task was made from, typed by the model's input.
    public func request<Input: LiangXinInput>(as type: Input.Type) throws(LiangXinError)
        -> CreateTaskRequest<Input>
    {
        do throws(ResponseDecodingError) {
            return try CreateTaskRequest<Input>(jsonBytes: Array(param.utf8), at: JSONPointer("/data/param"))
        } catch {
            throw .invalidResponse(endpoint: "recordInfo", detail: error.description)
        }
    }

    /// The result URLs of `resultJson`; empty until success.
    public func resultURLs() throws(LiangXinError) -> [URL] {
        try (resultJson?.resultUrls ?? []).map { (text: String) throws(LiangXinError) -> URL in
            guard let url = URL(string: text), url.scheme != nil else {
                throw .invalidResponse(endpoint: "recordInfo", detail: "result URL \(text) is not a URL")
            }
            return url
        }
    }
}
