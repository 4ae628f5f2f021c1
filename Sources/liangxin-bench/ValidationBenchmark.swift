import Foundation
import LiangXin
import LiangXinCorpus
import LiangXinGenerator
@_spi(LiangXinGenerated) import LiangXinRuntime
import LiangXinSpec

/// Validation throughput on a seeded 100,000-payload JSONL corpus: the typed validators on
/// decoded inputs, `LiangXinModels.validate(createTaskBody:)`, the CLI end to end, and the
/// Python validators on the exported JSON Schema.
enum ValidationBenchmark {
    /// Builds the corpus, runs every measurement and prints one line each.
    static func run(packageRoot: String, count: Int) throws {
        let specs = try require(
            SpecLoader.load(folder: packageRoot + "/specs").specs)
        var factory = PayloadFactory(models: specs.models, seed: 42, textLength: 700, validPercent: 50)
        var lines: [[UInt8]] = []
        lines.reserveCapacity(count)
        for _ in 0..<count { lines.append(Array(factory.next().text.utf8)) }
        let bytes = lines.reduce(0) { $0 + $1.count + 1 }
        let corpus = NSTemporaryDirectory() + "liangxin-corpus-\(getpid()).jsonl"
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        var file = Data(capacity: bytes)
        for line in lines {
            file.append(contentsOf: line)
            file.append(0x0A)
        }
        try file.write(to: URL(fileURLWithPath: corpus))
        print(
            String(
                format: "corpus: %d payloads, %.1f MB, %.0f bytes a payload", count, Double(bytes) / 1e6,
                Double(bytes) / Double(count)))

        if let keep = ProcessInfo.processInfo.environment["LIANGXIN_CORPUS_OUT"] {
            try file.write(to: URL(fileURLWithPath: keep))
            return
        }
        if ProcessInfo.processInfo.environment["LIANGXIN_PROFILE"] == "untyped" {
            for _ in 0..<30 {
                _ = lines.reduce(0) { $0 + LiangXinModels.validate(createTaskBody: $1).count }
            }
            return
        }
        let untyped = Measurement.time {
            lines.reduce(0) { $0 + (LiangXinModels.validate(createTaskBody: $1).isEmpty ? 0 : 1) }
        }
        print(
            String(
                format: "LiangXinModels.validate(createTaskBody:): %.0f payloads/s (%d invalid)",
                Double(count) / untyped.seconds, untyped.result))

        let inputs = lines.compactMap(decodedInput)
        let rounds = max(1, 2_000_000 / max(inputs.count, 1))
        let typed = Measurement.time { () -> Int in
            var issues = 0
            for _ in 0..<rounds {
                for input in inputs { issues += input.validate().count }
            }
            return issues
        }
        print(
            String(
                format:
                    "typed validators on decoded inputs: %.0f inputs/s (%d inputs x %d rounds, %d issues a round)",
                Double(inputs.count * rounds) / typed.seconds, inputs.count, rounds, typed.result / rounds))
        let valid = inputs.filter { $0.validate().isEmpty }
        let validRounds = max(1, 2_000_000 / max(valid.count, 1))
        let typedValid = Measurement.time { () -> Int in
            var issues = 0
            for _ in 0..<validRounds {
                for input in valid { issues += input.validate().count }
            }
            return issues
        }
        print(
            String(
                format: "typed validators on valid inputs only: %.0f inputs/s (%d inputs)",
                Double(valid.count * validRounds) / typedValid.seconds, valid.count))

        // Five runs of the CLI: this machine's speed varies by ±20% from run to run, and by
        // more from one minute to the next.
        let runs = try (0..<5).map { _ in try Measurement.time { try runCLI(packageRoot: packageRoot, corpus: corpus) }
        }
        let rates = runs.map { Double(count) / $0.seconds }.sorted()
        print(
            String(
                format:
                    "liangxin-gen validate (CLI end to end, release, 5 runs): best %.0f, median %.0f, worst %.0f payloads/s, peak memory %.0f MiB",
                rates[4], rates[2], rates[0], runs.map(\.result).max() ?? 0))
        if let perPayload = try instructionsPerPayload(packageRoot: packageRoot, lines: lines) {
            print(String(format: "liangxin-gen validate under callgrind: %.0f instructions a payload", perPayload))
        }
        fflush(nil)  // every stream: the Python lines come after these
        try runPython(packageRoot: packageRoot, corpus: corpus)
    }

    /// The CLI's instructions a payload under callgrind, as the slope between the corpus's
    /// first 2,000 and 6,000 lines (start-up cancels); nil without valgrind.
    private static func instructionsPerPayload(packageRoot: String, lines: [[UInt8]]) throws -> Double? {
        guard Callgrind.isAvailable, lines.count >= 6000 else { return nil }
        let binary = try Callgrind.strippedCopy(of: packageRoot + "/.build/release/liangxin-gen")
        defer { try? FileManager.default.removeItem(atPath: binary) }
        var counts: [Double] = []
        for size in [2000, 6000] {
            let path = NSTemporaryDirectory() + "liangxin-callgrind-\(getpid())-\(size).jsonl"
            defer { try? FileManager.default.removeItem(atPath: path) }
            var data = Data()
            for line in lines.prefix(size) {
                data.append(contentsOf: line)
                data.append(0x0A)
            }
            try data.write(to: URL(fileURLWithPath: path))
            counts.append(
                try Callgrind.instructions([binary, "validate", "--jobs", "1", "--specs", packageRoot + "/specs", path])
            )
        }
        return (counts[1] - counts[0]) / 4000
    }

    /// A corpus line decoded into its model's typed input, when its shape is sound.
    private static func decodedInput(_ line: [UInt8]) -> (any LiangXinInput)? {
        guard let json = try? JSONParser.parse(line), case .object(let body) = json,
            case .string(let id)? = body["model"], let input = body["input"],
            let model = LiangXinModels.model(id: id.string)
        else { return nil }
        return decode(model, input)
    }

    /// Opens the model's existential to read its `Input`.
    private static func decode<Model: LiangXinModel>(_ model: Model.Type, _ json: JSONValue) -> (
        any LiangXinInput
    )? {
        var issues = ValidationIssues()
        return Model.Input(json: json, at: .input, issues: &issues)
    }

    /// Runs the release CLI over the corpus, output discarded; returns its peak memory in
    /// MiB, measured by `/usr/bin/time` in a fresh process (a forked child would count the
    /// benchmark's own pages).
    private static func runCLI(packageRoot: String, corpus: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = [
            "-f", "%M", packageRoot + "/.build/release/liangxin-gen", "validate", "--jobs", "1", "--specs",
            packageRoot + "/specs", corpus,
        ]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let kilobytes =
            report.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            ?? 0
        return kilobytes / 1024
    }

    /// Runs the Python baselines on the same corpus and the exported schema, with the CLI's
    /// JSON report for the verdict check.
    private static func runPython(packageRoot: String, corpus: String) throws {
        let report = corpus + ".report.jsonl"
        defer { try? FileManager.default.removeItem(atPath: report) }
        let cli = Process()
        cli.executableURL = URL(fileURLWithPath: packageRoot + "/.build/release/liangxin-gen")
        cli.arguments = ["validate", "--format", "json", "--specs", packageRoot + "/specs", corpus]
        FileManager.default.createFile(atPath: report, contents: nil)
        cli.standardOutput = FileHandle(forWritingAtPath: report)
        try cli.run()
        cli.waitUntilExit()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", packageRoot + "/Sources/liangxin-bench/compare_python.py", corpus,
            packageRoot + "/Generated/schemas/createTask.schema.json", report,
        ]
        try process.run()
        process.waitUntilExit()
    }
}

/// `try #require`-like unwrapping for the benchmark.
private func `require`<T>(_ value: T?) throws -> T {
    guard let value else { throw BenchmarkFailure("the specs have errors") }
    return value
}
