import Foundation
import LiangXinAPI
import LiangXinClient
import LiangXinSandbox
import LiangXinSpec

/// Starts the sandbox in-process on a free loopback port with the repository's specs, and
/// makes clients for it that poll fast.
enum SandboxHarness {
    /// The repository's `specs/` folder.
    static let specsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("specs").path

    /// The checked specs.
    static func specs() throws -> SpecSet {
        let loaded = try SpecLoader.load(folder: specsFolder)
        guard let specs = loaded.specs else { throw HarnessError("the repository's specs have errors") }
        return specs
    }

    /// A running sandbox with `testKey`, the no-quota key `sk-poor-1`, 30 ms steps and no faults
    /// unless `configure` says otherwise.
    static func start(_ configure: (inout SandboxConfiguration) -> Void = { _ in }) async throws -> RunningSandbox {
        var configuration = SandboxConfiguration()
        configuration.port = 0
        configuration.apiKeys = [testKey]
        configuration.noQuotaKeys = ["sk-poor-1"]
        configuration.stepMilliseconds = 30
        configure(&configuration)
        return try await SandboxServer(configuration: configuration, specs: try specs()).start()
    }

    /// A client of a running sandbox that polls every 20 ms or so and retries quickly.
    static func client(_ sandbox: RunningSandbox, apiKey: String = testKey) throws -> LiangXinClient {
        var configuration = LiangXinClient.Configuration()
        configuration.polling = PollingPolicy(
            initialInterval: .milliseconds(20), backoffFactor: 1.5, maximumInterval: .milliseconds(200),
            timeout: .seconds(60), maximumQueriesPerSecond: 2000)
        configuration.retry = RetryPolicy(
            maximumAttempts: 6, baseDelay: .milliseconds(10), maximumDelay: .milliseconds(100))
        return try LiangXinClient(apiKey: apiKey, baseURL: sandbox.baseURL, configuration: configuration)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liangxin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A failure of the test set-up itself.
struct HarnessError: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String
    init(_ description: String) { self.description = description }
}

/// Describes image files as `PNG 1024x576`: checked in Swift (``ImageChecker``), and, when
/// `LIANGXIN_PILLOW=1` (as `.ci/run` sets it), also decoded by Pillow, which must agree.
enum ImageDecoder {
    /// `PNG 1024x576` for a file that is well formed.
    static func describe(_ file: URL) throws -> String {
        let checked = try ImageChecker.describe(file)
        guard ProcessInfo.processInfo.environment["LIANGXIN_PILLOW"] == "1" else { return checked }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sys; from PIL import Image; im = Image.open(sys.argv[1]); im.load(); print(f'{im.format} {im.size[0]}x{im.size[1]}')",
            file.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw HarnessError("Pillow could not decode \(file.lastPathComponent): \(text)")
        }
        let decoded = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard decoded == checked else { throw HarnessError("Pillow says \(decoded), the checker \(checked)") }
        return checked
    }
}
