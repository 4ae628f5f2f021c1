import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Posts a finished task's record to its `callBackUrl`, as LiangXin does: JSON, retried a
/// few times (0.25 s, 0.5 s, …) until a 2xx answer.
struct CallbackSender: Sendable {
    /// How many attempts.
    let attempts: Int

    /// Delivers the body; true when some attempt got a 2xx.
    func deliver(_ body: String, to url: URL) async -> Bool {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        for attempt in 0..<attempts {
            if attempt > 0 { try? await Task.sleep(for: .milliseconds(250 << (attempt - 1))) }
            if let (_, response) = try? await URLSession.shared.data(for: request),
                let status = (response as? HTTPURLResponse)?.statusCode, (200..<300).contains(status)
            {
                return true
            }
        }
        return false
    }
}
