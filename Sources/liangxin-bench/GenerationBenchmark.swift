import Foundation
import LiangXinGenerator
import LiangXinSpec

/// Times the generator for one spec-set size: in memory, write mode and check mode.
enum GenerationBenchmark {
    /// Runs every mode for `count` models and prints one line per mode.
    static func run(count: Int, specsFolder: String) throws {
        let files = try SyntheticSpecs.read(count: count, specsFolder: specsFolder)
        let pipeline = GeneratorPipeline()
        _ = pipeline.run(files)  // warm-up
        let memory = Measurement.time { pipeline.run(files) }
        guard let generated = memory.result.files else {
            throw BenchmarkFailure("the specs have errors")
        }
        let output = NSTemporaryDirectory() + "liangxin-bench-\(getpid())-\(count)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let write = try Measurement.time { () throws -> Int in
            let result = pipeline.run(files)
            let folder = OutputFolder(path: output)
            let plan = SyncPlan(generated: result.files ?? [], existing: folder.generatorOwnedFiles())
            try folder.apply(plan)
            return plan.missing.count
        }
        let check = Measurement.time { () -> Bool in
            let result = pipeline.run(files)
            return SyncPlan(
                generated: result.files ?? [], existing: OutputFolder(path: output).generatorOwnedFiles()
            ).isInSync
        }
        guard check.result else { throw BenchmarkFailure("check mode found drift right after writing") }
        let bytes = generated.reduce(0) { $0 + $1.contents.utf8.count }
        print(
            String(
                format:
                    "generate %5d models: in memory %@, write %@ (%d files, %.1f MB), check %@, peak memory %.0f MiB",
                count, Measurement.format(seconds: memory.seconds),
                Measurement.format(seconds: write.seconds),
                write.result, Double(bytes) / 1e6, Measurement.format(seconds: check.seconds),
                Measurement.peakMemoryMiB()))
    }
}

/// A benchmark that could not run.
struct BenchmarkFailure: Error, CustomStringConvertible {
    /// Why.
    var description: String
    /// Creates the failure.
    init(_ description: String) { self.description = description }
}
