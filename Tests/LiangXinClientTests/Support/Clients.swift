import Foundation
import LiangXinClient

/// The API key every test uses; no error text may contain it.
let testKey = "sk-test-0123456789abcdef"

/// A client on a scripted transport and a virtual clock, retries without jitter.
func scriptedClient(
    _ transport: ScriptedTransport, clock: VirtualClock = VirtualClock(),
    configure: (inout LiangXinClient.Configuration) -> Void = { _ in }
) throws -> LiangXinClient {
    var configuration = LiangXinClient.Configuration()
    configuration.clock = clock.clientClock
    configuration.retry.random = { 0 }
    configure(&configuration)
    return try LiangXinClient(
        apiKey: testKey, baseURL: URL(string: "https://api.liangxin.ai")!, transport: transport,
        configuration: configuration)
}

/// The error a call throws, or nil.
func error(of call: () async throws(LiangXinError) -> some Any) async -> LiangXinError? {
    do {
        _ = try await call()
        return nil
    } catch {
        return error
    }
}
