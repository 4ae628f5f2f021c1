import Foundation

/// `liangxin-bench`: the generator's benchmark. Run it in release mode:
///
///     swift run -c release liangxin-bench [generate|compile|all] [--sizes 9,100,1000]
///     swift build -c release && .build/release/liangxin-bench validate
///     .build/release/liangxin-bench compare [--sizes 9,100,1000] [--rounds 3] [--openapi-compile 9,100]
///     swift build -c release && .build/release/liangxin-bench hostile [ROW NAME PART]
///
/// Each size runs in its own process so that peak memory is per size.
@main
enum LiangXinBench {
    /// Parses the mode and sizes, then runs each size in a child process (or this one).
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let packageRoot = FileManager.default.currentDirectoryPath
        let specs = packageRoot + "/specs"
        if arguments.first == "validate" {
            // LIANGXIN_CORPUS_COUNT makes a smaller corpus, for profiling under valgrind.
            let count = ProcessInfo.processInfo.environment["LIANGXIN_CORPUS_COUNT"].flatMap { Int($0) } ?? 100_000
            try ValidationBenchmark.run(packageRoot: packageRoot, count: count)
            return
        }
        if arguments.first == "hostile" {
            try HostileBenchmark.run(packageRoot: packageRoot, filter: arguments.dropFirst().first)
            return
        }
        if arguments.first == "compare" {
            try ComparisonBenchmark.run(
                options: comparisonOptions(arguments), specsFolder: specs, packageRoot: packageRoot)
            return
        }
        if arguments.first == "--one" {
            let mode = arguments[1]
            let count = Int(arguments[2]) ?? 9
            if mode == "generate" {
                try GenerationBenchmark.run(count: count, specsFolder: specs)
            } else {
                try CompileBenchmark.run(count: count, specsFolder: specs, packageRoot: packageRoot)
            }
            return
        }
        let mode =
            arguments.first.map { ["generate", "compile", "all"].contains($0) ? $0 : "all" } ?? "all"
        var sizes = [9, 100, 1000]
        if let index = arguments.firstIndex(of: "--sizes"), index + 1 < arguments.count {
            sizes = arguments[index + 1].split(separator: ",").compactMap { Int($0) }
            arguments.removeSubrange(index...index + 1)
        }
        let modes = mode == "all" ? ["generate", "compile"] : [mode]
        for mode in modes {
            for size in sizes {
                try runChild(mode: mode, count: size)
            }
        }
    }

    /// The options of `compare`: `--sizes`, `--rounds` and `--openapi-compile` (sizes whose
    /// swift-openapi-generator output is built too; `none` for none).
    private static func comparisonOptions(_ arguments: [String]) -> ComparisonBenchmark.Options {
        var options = ComparisonBenchmark.Options()
        func value(_ flag: String) -> String? {
            arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        func counts(_ text: String) -> [Int] { text.split(separator: ",").compactMap { Int($0) } }
        if let sizes = value("--sizes") { options.sizes = counts(sizes) }
        if let rounds = value("--rounds").flatMap({ Int($0) }), rounds > 0 { options.rounds = rounds }
        if let sizes = value("--openapi-compile") { options.openAPICompileSizes = Set(counts(sizes)) }
        return options
    }

    /// Runs one measurement in a fresh process of this executable.
    private static func runChild(mode: String, count: Int) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--one", mode, String(count)]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchmarkFailure("\(mode) \(count) failed") }
    }
}
