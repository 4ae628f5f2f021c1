import Foundation
import LiangXinGenerator
import LiangXinSpec
import LiangXinYAML

/// LiangXinKit against apple/swift-openapi-generator in one run on one machine, which is how
/// the issue sets its targets: this machine's speed drifts by 10-25% within the hour, so only
/// figures taken side by side compare.
///
/// For each size both generators work from the same models (the OpenAPI document is the one
/// `liangxin-gen` exports, see ``OpenAPIComparisonDocument``): the two generation commands run
/// end to end (a process that reads its input and writes its files into a new folder; one
/// untimed run of each first), then the two debug builds, each pair interleaved for a number of
/// rounds.
enum ComparisonBenchmark {
    /// The issue's figures for swift-openapi-generator 1.14.3 on this machine, by model count:
    /// generation seconds and debug build seconds (1,000 models did not compile).
    static let issueFigures: [Int: (generate: Double, compile: Double?)] = [
        9: (0.10, 4.7), 100: (0.65, 14.6), 1000: (7.5, nil),
    ]

    /// The options of one comparison run.
    struct Options {
        /// Model counts to compare.
        var sizes = [9, 100, 1000]
        /// Sizes whose swift-openapi-generator output is compiled too (at 1,000 models it
        /// does not compile: a 1,000-case `switch` is past the type checker's limit).
        var openAPICompileSizes: Set<Int> = [9, 100]
        /// Interleaved build rounds.
        var rounds = 3
    }

    /// Runs the comparison and prints every figure, then a summary a size.
    static func run(options: Options, specsFolder: String, packageRoot: String) throws {
        let liangxinGen = URL(fileURLWithPath: CommandLine.arguments[0])
            .deletingLastPathComponent().appendingPathComponent("liangxin-gen").path
        guard FileManager.default.isExecutableFile(atPath: liangxinGen) else {
            throw BenchmarkFailure("no liangxin-gen beside this benchmark: run `swift build -c release` first")
        }
        print("building swift-openapi-generator \(OpenAPIGenerator.version) (release) in a scratch package")
        let openAPI = try OpenAPIGenerator.build()
        var rows: [Int: Row] = [:]
        for size in options.sizes {
            rows[size] = try generate(
                count: size, rounds: options.rounds, specsFolder: specsFolder, liangxinGen: liangxinGen,
                openAPI: openAPI)
        }
        var packages: [Int: OpenAPIGenerator.CompilePackage] = [:]
        for size in options.sizes where options.openAPICompileSizes.contains(size) {
            let package = try OpenAPIGenerator.CompilePackage.make(count: size)
            try package.use(sources: rows[size]!.openAPISources)
            packages[size] = package
        }
        for round in 1...options.rounds {
            for size in options.sizes {
                let ours = try CompileBenchmark.measure(
                    count: size, specsFolder: specsFolder, packageRoot: packageRoot)
                rows[size]!.ourBuilds.append(ours)
                print(line("round \(round)", size, "liangxin-gen output, debug build", ours))
                if let package = packages[size] {
                    let theirs = try package.build()
                    rows[size]!.openAPIBuilds.append(theirs)
                    print(line("round \(round)", size, "swift-openapi-generator output, debug build", theirs))
                }
            }
        }
        print("")
        for size in options.sizes { print(summary(of: rows[size]!, size: size)) }
    }

    /// What one size measured.
    struct Row {
        /// The folder of swift-openapi-generator's Swift files.
        var openAPISources: String
        /// The generation commands, a round each.
        var ourGenerations: [ChildProcess.Usage] = []
        var openAPIGenerations: [ChildProcess.Usage] = []
        /// The debug builds, a round each.
        var ourBuilds: [ChildProcess.Usage] = []
        var openAPIBuilds: [ChildProcess.Usage] = []
    }

    /// Writes the specs for `count` models and the OpenAPI document, then runs both generators
    /// on them, interleaved, a round each, each into a new folder; prints their times.
    private static func generate(
        count: Int, rounds: Int, specsFolder: String, liangxinGen: String, openAPI: OpenAPIGenerator
    ) throws -> Row {
        let folder = NSTemporaryDirectory() + "liangxin-compare-\(count)"
        try? FileManager.default.removeItem(atPath: folder)
        try write(SyntheticSpecs.read(count: count, specsFolder: specsFolder), to: folder + "/specs")
        var row = Row(openAPISources: folder + "/openapi-1")
        /// `liangxin-gen generate` of the specs into `output`.
        func ours(into output: String) throws -> ChildProcess.Usage {
            try ChildProcess(
                arguments: [liangxinGen, "generate", "--specs", "specs", "--output", output], directory: folder
            ).runChecked()
        }
        // An untimed run of each first, so that no timed one pays for the files just written
        // or deleted, or for loading its executable.
        _ = try ours(into: "out-0")
        let warmUpDocument = folder + "/out-0/schemas/openapi.json"
        try OpenAPIComparisonDocument.make(
            fromExported: String(contentsOfFile: warmUpDocument, encoding: .utf8), modelCount: count
        ).write(toFile: folder + "/openapi.json", atomically: true, encoding: .utf8)
        _ = try openAPI.generate(document: folder + "/openapi.json", into: folder + "/openapi-0")
        for round in 1...rounds {
            let ours = try ours(into: "out-\(round)")
            let theirs = try openAPI.generate(document: folder + "/openapi.json", into: folder + "/openapi-\(round)")
            row.ourGenerations.append(ours)
            row.openAPIGenerations.append(theirs)
            print(line("round \(round)", count, "liangxin-gen generate (Swift, schemas)", ours))
            print(line("round \(round)", count, "swift-openapi-generator generate (types, client)", theirs))
        }
        return row
    }

    /// Writes a spec set as a folder `liangxin-gen` reads.
    private static func write(_ specs: SpecFiles, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder + "/models", withIntermediateDirectories: true)
        if let api = specs.api {
            try Data(api.bytes).write(to: URL(fileURLWithPath: folder + "/api.yaml"))
        }
        for model in specs.models {
            let name = (model.path as NSString).lastPathComponent
            try Data(model.bytes).write(to: URL(fileURLWithPath: folder + "/models/" + name))
        }
    }

    /// One measurement's line.
    private static func line(_ stage: String, _ count: Int, _ what: String, _ usage: ChildProcess.Usage) -> String {
        let outcome = usage.status == 0 ? "" : " (failed: \(firstError(in: usage.output) ?? "status \(usage.status)"))"
        return String(
            format: "%@ %5d models: %@ %@ (%.1f CPU-s, peak %.0f MiB)%@", stage, count, what,
            Measurement.format(seconds: usage.seconds), usage.cpuSeconds, usage.peakMiB, outcome)
    }

    /// The text of the first `error:` line of a command's output.
    private static func firstError(in output: String) -> String? {
        output.split(separator: "\n").lazy.compactMap { line in
            line.range(of: "error: ").map { String(line[$0.upperBound...]) }
        }.first
    }

    /// The summary of one size: both generators' generation and builds, their ratios, and
    /// the issue's swift-openapi-generator figures beside this run's.
    private static func summary(of row: Row, size: Int) -> String {
        let ourGenerations = row.ourGenerations.map(\.seconds)
        let openAPIGenerations = row.openAPIGenerations.map(\.seconds)
        var text = String(
            format: "%5d models: generate %@ against %@ (%.1f× faster by medians)", size,
            range(ourGenerations), range(openAPIGenerations), median(openAPIGenerations) / median(ourGenerations))
        if let reference = issueFigures[size] {
            text += String(format: "; the issue's swift-openapi-generator figure %.2f s", reference.generate)
        }
        let ours = row.ourBuilds.map(\.seconds)
        text += "\n               debug build " + range(ours)
        text += String(format: ", peak %.0f MiB", row.ourBuilds.map(\.peakMiB).max() ?? 0)
        let theirs = row.openAPIBuilds.filter { $0.status == 0 }.map(\.seconds)
        if !theirs.isEmpty {
            text += " against " + range(theirs)
            text += String(format: " (%.1f× faster by medians)", median(theirs) / median(ours))
            if let reference = issueFigures[size]?.compile {
                text += String(format: "; the issue's swift-openapi-generator figure %.1f s", reference)
            }
        } else if !row.openAPIBuilds.isEmpty {
            text += "; swift-openapi-generator's output did not compile: "
            text += row.openAPIBuilds.compactMap { firstError(in: $0.output) }.first ?? "see above"
        }
        return text
    }

    /// `a / b / c s (median m s)`, in milliseconds when under a second.
    private static func range(_ seconds: [Double]) -> String {
        let milliseconds = (seconds.max() ?? 0) < 1
        let shown = seconds.map { String(format: milliseconds ? "%.0f" : "%.2f", milliseconds ? $0 * 1000 : $0) }
        return shown.joined(separator: " / ")
            + String(
                format: milliseconds ? " ms (median %.0f ms)" : " s (median %.2f s)",
                milliseconds ? median(seconds) * 1000 : median(seconds))
    }

    /// The median of some figures.
    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
