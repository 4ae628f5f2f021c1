import ArgumentParser
import Foundation
import LiangXinCommandLine

/// `liangxin-bench`: the generator's benchmarks. Build it in release mode first:
///
///     swift build -c release --product liangxin-gen && swift build -c release --product liangxin-bench
///     .build/release/liangxin-bench generate --sizes 9,100,1000
///
/// Run it inside the LiangXinKit checkout: it reads `specs/` and builds scratch packages
/// against the package's runtime.
@main
struct LiangXinBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liangxin-bench",
        abstract: "Measure the generator, its output, the offline validator and the review tool.",
        discussion: "Build it with `swift build -c release`; run it inside the LiangXinKit checkout.",
        subcommands: [
            GenerateBenchmarkCommand.self, CompileBenchmarkCommand.self, ValidateBenchmarkCommand.self,
            CompareBenchmarkCommand.self, HostileBenchmarkCommand.self, DiffBenchmarkCommand.self,
            IncrementalBenchmarkCommand.self, JobsBenchmarkCommand.self, ParseSpeedBenchmarkCommand.self,
            OneSizeCommand.self,
        ]
    )

    /// Runs the command: a mistyped command gets a guess, errors print in the tools' style.
    static func main() {
        CommandFailure.main(Self.self, tool: "liangxin-bench")
    }
}

/// The checkout the benchmarks run in: the nearest folder at or above the current one whose
/// `Package.swift` is LiangXinKit's.
enum PackageRoot {
    /// The checkout's path, or a clear error.
    static func find() throws -> String {
        var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while true {
            let manifest = url.appendingPathComponent("Package.swift").path
            if let text = try? String(contentsOfFile: manifest, encoding: .utf8), text.contains("name: \"LiangXinKit\"")
            {
                return url.path
            }
            if url.path == "/" { break }
            url.deleteLastPathComponent()
        }
        throw ValidationError(
            "no LiangXinKit checkout at or above \(FileManager.default.currentDirectoryPath); run liangxin-bench inside it"
        )
    }
}

/// Options shared by the size-by-size benchmarks.
struct SizeOptions: ParsableArguments {
    @Option(help: "Model counts, comma-separated.")
    var sizes: String = "9,100,1000"

    /// The counts.
    var counts: [Int] { sizes.split(separator: ",").compactMap { Int($0) } }
}

/// `generate`: generation time and peak memory, each size in a child process.
struct GenerateBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Generation time (in memory, writing, checking) and peak memory.")

    @OptionGroup var options: SizeOptions

    /// Runs each size in its own process, so that peak memory is the size's own.
    func run() throws {
        _ = try PackageRoot.find()
        for size in options.counts { try OneSizeCommand.runChild(mode: "generate", count: size) }
    }
}

/// `compile`: the debug build of the generated `LiangXin` target, each size in a child process.
struct CompileBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile", abstract: "Debug build time of the generated LiangXin target.")

    @OptionGroup var options: SizeOptions

    /// Runs each size in its own process.
    func run() throws {
        _ = try PackageRoot.find()
        for size in options.counts { try OneSizeCommand.runChild(mode: "compile", count: size) }
    }
}

/// `validate`: the offline validators on a seeded corpus, beside Python's.
struct ValidateBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Validators on a seeded 100,000-payload corpus, beside Python's.")

    @Option(help: "Payloads in the corpus (smaller for profiling under valgrind).")
    var count = 100_000

    /// Runs the benchmark.
    func run() throws {
        try ValidationBenchmark.run(packageRoot: try PackageRoot.find(), count: count)
    }
}

/// `compare`: liangxin-gen against swift-openapi-generator, interleaved.
struct CompareBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Generation and debug builds against swift-openapi-generator, interleaved.")

    @OptionGroup var options: SizeOptions

    @Option(help: "Interleaved build rounds.")
    var rounds = 3

    @Option(name: .customLong("openapi-compile"), help: "Sizes whose swift-openapi-generator output is built too.")
    var openAPICompile = "9,100"

    /// Runs the comparison.
    func run() throws {
        let root = try PackageRoot.find()
        var comparison = ComparisonBenchmark.Options()
        comparison.sizes = options.counts
        comparison.rounds = max(1, rounds)
        comparison.openAPICompileSizes = Set(openAPICompile.split(separator: ",").compactMap { Int($0) })
        try ComparisonBenchmark.run(options: comparison, specsFolder: root + "/specs", packageRoot: root)
    }
}

/// `hostile`: hostile inputs at growing sizes.
struct HostileBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hostile", abstract: "Hostile inputs at growing sizes: time and memory against input size.")

    @Argument(help: "Only the rows whose name contains this.")
    var row: String?

    /// Runs the rows.
    func run() throws {
        try HostileBenchmark.run(packageRoot: try PackageRoot.find(), filter: row)
    }
}

/// `one MODE COUNT`: one size of `generate` or `compile`, in this process (what the others spawn).
struct OneSizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "one", abstract: "One size of generate or compile, in this process.", shouldDisplay: false)

    @Argument(help: "generate or compile.")
    var mode: String

    @Argument(help: "The model count.")
    var count: Int

    /// Runs the one measurement.
    func run() throws {
        let root = try PackageRoot.find()
        switch mode {
        case "generate": try GenerationBenchmark.run(count: count, specsFolder: root + "/specs")
        case "compile": try CompileBenchmark.run(count: count, specsFolder: root + "/specs", packageRoot: root)
        default: throw ValidationError("mode must be generate or compile, not \(mode)")
        }
    }

    /// Runs one measurement in a fresh process of this executable.
    static func runChild(mode: String, count: Int) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["one", mode, String(count)]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchmarkFailure("\(mode) \(count) failed") }
    }
}
