import ArgumentParser
import Foundation
import LiangXinBuiltInSpecs
import LiangXinCommandLine
import LiangXinSandbox
import LiangXinSpec
import LiangXinYAML

/// `liangxin-sandbox`: LiangXin Market on loopback, driven by the specs, for offline tests.
@main
struct LiangXinSandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liangxin-sandbox",
        abstract: "Run a local LiangXin Market (createTask, recordInfo, result files, callbacks) with fault injection.",
        version: ToolVersion.text(
            builtInModels: LiangXinBuiltInSpecs.files.count - 1, fingerprint: LiangXinBuiltInSpecs.fingerprint))

    /// Runs the command; a usage error (unknown flag, bad value) exits 2, like liangxin-gen.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            CommandFailure.exit(error, for: Self.self)
        }
    }

    @Flag(help: "Do not print a line for each request.")
    var quiet = false

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Option(name: .customLong("api-key"), help: "An API key that may create tasks (repeatable).")
    var apiKeys: [String] = []

    @Option(name: .customLong("no-quota-key"), help: "A known API key that gets 403 (repeatable).")
    var noQuotaKeys: [String] = []

    @Option(help: "The spec folder (default: specs/ at or above the current directory, else the built-in specs).")
    var specs: String?

    @Option(name: .customLong("step-ms"), help: "Milliseconds in each of waiting, queuing and generating.")
    var stepMilliseconds = 1000

    @Option(name: .customLong("fail-rate"), help: "The share of tasks that end in fail (0...1).")
    var failRate = 0.0

    @Option(help: "The seed of every random choice, for reproducible runs.")
    var seed: UInt64 = 0

    @Option(name: .customLong("error-rate"), help: "The share of API requests answered with 500 (0...1).")
    var errorRate = 0.0

    @Option(name: .customLong("throttle-rate"), help: "The share of API requests answered with 429 (0...1).")
    var throttleRate = 0.0

    @Option(name: .customLong("drop-rate"), help: "The share of API requests whose connection is closed unanswered.")
    var dropRate = 0.0

    @Option(name: .customLong("latency-ms"), help: "Milliseconds added to every API answer.")
    var latencyMilliseconds = 0

    @Option(name: .customLong("max-body-bytes"), help: "createTask bodies larger than this get 413.")
    var maximumBodyBytes = 1 << 20

    /// Checks the flags: at least one key, rates within 0...1 that add up to at most 1.
    func validate() throws {
        guard !apiKeys.isEmpty || !noQuotaKeys.isEmpty else {
            throw ValidationError("give at least one --api-key")
        }
        for (name, rate) in [
            ("--fail-rate", failRate), ("--error-rate", errorRate), ("--throttle-rate", throttleRate),
            ("--drop-rate", dropRate),
        ] where !(0...1).contains(rate) {
            throw ValidationError("\(name) must be between 0 and 1 (got \(rate))")
        }
        guard errorRate + throttleRate + dropRate <= 1 else {
            throw ValidationError("--error-rate, --throttle-rate and --drop-rate must add up to at most 1")
        }
        guard stepMilliseconds > 0 else {
            throw ValidationError("--step-ms must be positive (got \(stepMilliseconds))")
        }
        guard maximumBodyBytes > 0 else {
            throw ValidationError("--max-body-bytes must be positive (got \(maximumBodyBytes))")
        }
        guard latencyMilliseconds >= 0 else {
            throw ValidationError("--latency-ms must not be negative (got \(latencyMilliseconds))")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535 (got \(port))") }
    }

    /// Loads the specs and serves until SIGINT or SIGTERM.
    func run() async throws {
        let loaded: SpecLoader.Result
        let choice = SpecLocator.choose(
            given: specs, from: FileManager.default.currentDirectoryPath, tool: "liangxin-sandbox",
            builtIn: (LiangXinBuiltInSpecs.files, LiangXinBuiltInSpecs.fingerprint))
        switch choice {
        case .folder(let folder, let note):
            if let note { FileHandle.standardError.write(Data((note + "\n").utf8)) }
            do {
                loaded = try SpecLoader.load(folder: folder)
            } catch {
                FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                throw ExitCode(2)
            }
        case .builtIn(let files, let note):
            FileHandle.standardError.write(Data((note + "\n").utf8))
            loaded = SpecLoader.load(files)
        case .missing(let message):  // not reached: the sandbox has built-in specs
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode(2)
        }
        guard let specSet = loaded.specs else {
            FileHandle.standardError.write(Data((loaded.renderedDiagnostics + "\n").utf8))
            throw ExitCode(1)
        }
        var configuration = SandboxConfiguration()
        configuration.port = port
        configuration.apiKeys = Set(apiKeys)
        configuration.noQuotaKeys = Set(noQuotaKeys)
        configuration.stepMilliseconds = stepMilliseconds
        configuration.failRate = failRate
        configuration.seed = seed
        configuration.errorRate = errorRate
        configuration.throttleRate = throttleRate
        configuration.dropRate = dropRate
        configuration.latencyMilliseconds = latencyMilliseconds
        configuration.maximumBodyBytes = maximumBodyBytes
        if !quiet {
            configuration.requestLog = { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        }
        let server = SandboxServer(configuration: configuration, specs: specSet)
        let models = specSet.models.count
        let source = loaded.sources.first.map { ($0.path as NSString).deletingLastPathComponent } ?? "specs"
        do {
            try await server.run { port in
                let line = "liangxin-sandbox: listening on http://127.0.0.1:\(port) (\(models) models from \(source))\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch  where "\(error)".contains("Address already in use") {
            FileHandle.standardError.write(Data("error: port \(port) is in use; pick another with --port\n".utf8))
            throw ExitCode(1)
        }
    }
}
