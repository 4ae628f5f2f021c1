import Foundation
import LiangXin
import LiangXinAPI

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension LiangXinClient {
    /// Downloads every result file into `directory` (created when missing), each written
    /// atomically as `<taskId>-<n>.<ext>`, and returns the files in result order. Result URLs
    /// expire, so call it as soon as the task succeeds. The API key is not sent with them.
    public func downloadResults<Input: LiangXinInput>(_ result: GenerationResult<Input>, to directory: URL)
        async throws(LiangXinError) -> [URL]
    {
        try await downloadResults(of: result.record, to: directory)
    }

    /// Downloads every result file of a successful record; see the typed overload.
    public func downloadResults(of record: TaskRecord, to directory: URL) async throws(LiangXinError) -> [URL] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .download(url: directory.path, message: "cannot create the folder: \(error.localizedDescription)")
        }
        var files: [URL] = []
        for (index, url) in try record.resultURLs().enumerated() {
            let data = try await fetch(url, taskId: record.taskId)
            let fileExtension = url.pathExtension.isEmpty ? "bin" : url.pathExtension.lowercased()
            let file = directory.appendingPathComponent("\(record.taskId)-\(index + 1).\(fileExtension)")
            do {
                try data.write(to: file, options: .atomic)
            } catch {
                throw .download(
                    url: url.absoluteString, message: "cannot write \(file.path): \(error.localizedDescription)")
            }
            files.append(file)
        }
        return files
    }

    /// One result file's bytes, retried like any safe request (429 and 5xx included).
    private func fetch(_ url: URL, taskId: String) async throws(LiangXinError) -> Data {
        let response: HTTPResponse
        do throws(LiangXinError) {
            response = try await withRetries("download", taskId: taskId) { () async throws(LiangXinError) in
                let response = try await send(
                    HTTPRequest(method: "GET", url: url), endpoint: "download", authorized: false, taskMayExist: false)
                guard response.status != 429, response.status < 500 else {
                    // A status worth another attempt; reported as `.download` if none succeeds.
                    throw .api(
                        APIFailure(
                            endpoint: "download", httpStatus: response.status, code: response.status,
                            message: "HTTP \(response.status)"))
                }
                return response
            }
        } catch {
            if case .api(let failure) = error { throw .download(url: url.absoluteString, message: failure.message) }
            throw error
        }
        guard response.status == 200 else {
            throw .download(url: url.absoluteString, message: "HTTP \(response.status)")
        }
        return response.body
    }
}
