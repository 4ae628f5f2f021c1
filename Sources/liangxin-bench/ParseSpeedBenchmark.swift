import ArgumentParser
import Foundation
import LiangXinCorpus
import LiangXinSpec

/// `parse-speed`: validation's cost per payload against a pysimdjson parse of the same lines,
/// as the slope between two corpus sizes (so that start-up cancels), in one interleaved run.
///
/// Contenders, each a whole process over the same JSON Lines file, timed by its processor
/// time (user and system, from `wait4`):
/// - `liangxin-gen validate --jobs 1` (the single-pass verifier, then the interpreter for the
///   payloads it does not settle);
/// - the same with `--interpreter-only` (the engine before the verifier);
/// - Python reading the file line by line and parsing each with a reused pysimdjson parser.
///
/// Python's own processor time of its parse loop alone is printed too (stricter: it leaves
/// out reading and splitting the file, which the others pay for). Under callgrind, the same
/// slopes in instructions.
struct ParseSpeedBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-speed",
        abstract: "validate's cost per payload against a pysimdjson parse of the same lines (slopes, interleaved).")

    @Option(help: "The smaller corpus, in payloads.")
    var small = 50_000

    @Option(help: "The larger corpus, in payloads.")
    var large = 200_000

    @Option(help: "The share of valid payloads, in percent.")
    var validPercent = 90

    @Option(help: "Interleaved rounds.")
    var rounds = 5

    @Flag(help: "Only the in-process figures (for quick comparisons while tuning).")
    var inProcessOnly = false

    /// Writes both corpora, runs every contender on each, round by round, and prints slopes.
    func run() throws {
        let root = try PackageRoot.find()
        guard let specs = SpecLoader.load(try SpecDirectoryReader.read(root + "/specs")).specs else {
            throw BenchmarkFailure("the specs have errors")
        }
        guard large > small, small > 0 else { throw ValidationError("--large must exceed --small") }
        let work = NSTemporaryDirectory() + "liangxin-parse-speed-\(getpid())"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let python = try pythonWithSimdjson()
        let script = work + "/simdjson_parse.py"
        try Self.pythonScript.write(toFile: script, atomically: true, encoding: .utf8)

        var factory = PayloadFactory(models: specs.models, seed: 18, textLength: 450, validPercent: validPercent)
        var lines: [[UInt8]] = []
        for _ in 0..<large { lines.append(Array(factory.next().text.utf8)) }
        let files = try [small, large, 2000, 6000].map { size -> String in
            let path = work + "/corpus-\(size).jsonl"
            try Self.write(lines.prefix(size), to: path)
            return path
        }
        let bytes = lines.reduce(0) { $0 + $1.count + 1 }
        print(
            "corpus: \(large) payloads (\(validPercent)% left valid by the factory), "
                + String(
                    format: "%.0f bytes a payload; the smaller corpus is its first %d lines",
                    Double(bytes) / Double(large), small))

        inProcess(specs: specs, lines: lines)
        if inProcessOnly { return }

        let gen = root + "/.build/release/liangxin-gen"
        let contenders: [(name: String, arguments: (String) -> [String])] = [
            ("liangxin-gen validate", { [gen, "validate", "--jobs", "1", "--specs", root + "/specs", $0] }),
            (
                "liangxin-gen validate --interpreter-only",
                { [gen, "validate", "--jobs", "1", "--interpreter-only", "--specs", root + "/specs", $0] }
            ),
            ("python pysimdjson parse (whole process)", { [python, script, $0] }),
        ]
        var cpu: [String: [[Double]]] = [:]  // name → [small runs, large runs]
        var loops: [[Double]] = [[], []]  // Python's parse loop alone
        for round in 1...max(1, rounds) {
            var line = "round \(round):"
            for contender in contenders {
                for (slot, file) in files.prefix(2).enumerated() {
                    let usage = try ChildProcess(arguments: contender.arguments(file), outputLimit: 1 << 16).run()
                    let isPython = contender.name.hasPrefix("python")
                    guard usage.status == 0 || (usage.status == 1 && !isPython) else {
                        throw BenchmarkFailure("\(contender.name) exited \(usage.status): \(usage.output.suffix(2000))")
                    }
                    cpu[contender.name, default: [[], []]][slot].append(usage.cpuSeconds)
                    if isPython {
                        guard let loop = Self.loopSeconds(usage.output) else {
                            throw BenchmarkFailure(
                                "the Python script printed no loop time: \(usage.output.suffix(2000))")
                        }
                        loops[slot].append(loop)
                    }
                }
                line += String(
                    format: " %@ %.3f/%.3f CPU-s;", contender.name, cpu[contender.name]![0].last!,
                    cpu[contender.name]![1].last!)
            }
            print(line)
            fflush(nil)
        }
        let payloads = Double(large - small)
        /// The median per-payload slope of paired runs, in microseconds.
        func slope(_ runs: [[Double]]) -> Double {
            Measurement.median(zip(runs[0], runs[1]).map { ($1 - $0) / payloads * 1e6 })
        }
        print("cost per payload (CPU time, slope from \(small) to \(large) payloads, median of \(rounds) rounds):")
        var slopes: [String: Double] = [:]
        for contender in contenders {
            slopes[contender.name] = slope(cpu[contender.name]!)
            print(String(format: "  %@: %.3f µs", contender.name, slopes[contender.name]!))
        }
        let loopSlope = slope(loops)
        print(String(format: "  python pysimdjson parse loop alone (its own process time): %.3f µs", loopSlope))
        let ours = slopes["liangxin-gen validate"]!
        let simd = slopes["python pysimdjson parse (whole process)"]!
        print(
            String(
                format:
                    "ratios: validate / pysimdjson whole process %.2f× (target ≤ 1.5×); validate / pysimdjson loop alone %.2f×; interpreter-only / validate %.2f×",
                ours / simd, ours / loopSlope, slopes["liangxin-gen validate --interpreter-only"]! / ours))
        try instructions(contenders: contenders, files: Array(files.suffix(2)), generator: gen)
    }

    /// The engines in this process, on the corpus held in memory: processor time a payload of
    /// `SpecValidator.check(body:)` with the single-pass verifier first and with the
    /// interpreter alone, interleaved, best of five rounds each.
    private func inProcess(specs: SpecSet, lines: [[UInt8]]) {
        let engines: [(String, SpecValidator)] = [
            ("single pass first", SpecValidator(specs: specs)),
            ("interpreter only", SpecValidator(specs: specs, engine: .interpreterOnly)),
        ]
        var best = [Double](repeating: .infinity, count: engines.count)
        var invalid = [Int](repeating: 0, count: engines.count)
        for _ in 0..<5 {
            for (index, engine) in engines.enumerated() {
                let start = Self.threadCPUTime()
                var count = 0
                for line in lines where !line.withUnsafeBytes({ engine.1.check(body: $0).issues.isEmpty }) {
                    count += 1
                }
                best[index] = min(best[index], Self.threadCPUTime() - start)
                invalid[index] = count
            }
        }
        for (index, engine) in engines.enumerated() {
            print(
                String(
                    format: "in process, %@: %.3f µs a payload (%d invalid)", engine.0,
                    best[index] / Double(lines.count) * 1e6, invalid[index]))
        }
    }

    /// This thread's processor time, in seconds.
    private static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The contenders' instructions a payload under callgrind, as the slope from 2,000 to
    /// 6,000 payloads (`liangxin-gen` from a copy without debug information); skipped without
    /// valgrind.
    private func instructions(
        contenders: [(name: String, arguments: (String) -> [String])], files: [String], generator: String
    ) throws {
        guard Callgrind.isAvailable else {
            print("instructions: valgrind not found, skipped")
            return
        }
        let stripped = try Callgrind.strippedCopy(of: generator)
        defer { try? FileManager.default.removeItem(atPath: stripped) }
        print("instructions a payload (callgrind, slope from 2,000 to 6,000 payloads):")
        for contender in contenders {
            let counts = try files.map { file in
                try Callgrind.instructions(contender.arguments(file).map { $0 == generator ? stripped : $0 })
            }
            print(String(format: "  %@: %.0f", contender.name, (counts[1] - counts[0]) / 4000))
        }
    }

    /// The Python interpreter that imports `simdjson` (its real executable, not a pyenv shim,
    /// so that callgrind measures Python itself).
    private func pythonWithSimdjson() throws -> String {
        let usage = try ChildProcess(arguments: ["python3", "-c", "import sys, simdjson; print(sys.executable)"]).run()
        guard usage.status == 0, let path = usage.output.split(separator: "\n").last else {
            throw BenchmarkFailure("python3 with pysimdjson is needed: pip install pysimdjson")
        }
        return String(path)
    }

    /// Python's parse loop time, from the script's `loop` line.
    private static func loopSeconds(_ output: String) -> Double? {
        output.split(separator: "\n").first { $0.hasPrefix("loop ") }.flatMap { Double($0.dropFirst(5)) }
    }

    /// Writes lines as a JSON Lines file.
    private static func write(_ lines: ArraySlice<[UInt8]>, to path: String) throws {
        var data = Data()
        for line in lines {
            data.append(contentsOf: line)
            data.append(0x0A)
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// Reads the file and splits it into lines (one copy of each), parses each non-blank line
    /// with one reused parser (a number out of simdjson's range is refused, as in
    /// `compare_python.py`), and prints the loop's processor time.
    static let pythonScript = """
        import sys, time
        import simdjson

        parser = simdjson.Parser()
        with open(sys.argv[1], "rb") as handle:
            lines = handle.read().split(b"\\n")
        start = time.process_time()
        refused = 0
        for line in lines:
            if line:
                try:
                    parser.parse(line)
                except ValueError:
                    refused += 1
        print(f"loop {time.process_time() - start}")
        print(f"refused {refused}")

        """
}
