import ArgumentParser
import Foundation
import LiangXinCorpus
import LiangXinSpec

/// `jobs`: `liangxin-gen validate --jobs N` against `--jobs 1` on a seeded JSON Lines corpus of
/// a million payloads, interleaved: wall time, CPU time, peak memory, the speed-up, and whether
/// the outputs are byte for byte the same.
struct JobsBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "validate --jobs N against --jobs 1 on a million-payload JSON Lines file.")

    @Option(help: "Payloads in the corpus.")
    var count = 1_000_000

    @Option(help: "Workers to compare with one (default: the machine's cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Interleaved rounds.")
    var rounds = 3

    /// Writes the corpus, runs both, prints the rounds and the medians.
    func run() throws {
        let root = try PackageRoot.find()
        guard let specs = SpecLoader.load(try SpecDirectoryReader.read(root + "/specs")).specs else {
            throw BenchmarkFailure("the specs have errors")
        }
        let work = NSTemporaryDirectory() + "liangxin-jobs-\(getpid())"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        // The corpus is written in pieces, so that this process stays small: a child's peak
        // memory starts from its parent's.
        var factory = PayloadFactory(models: specs.models, seed: 18, textLength: 450, validPercent: 90)
        FileManager.default.createFile(atPath: work + "/corpus.jsonl", contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: work + "/corpus.jsonl"))
        var written = 0
        for _ in 0..<(count + 9999) / 10000 {
            var piece = Data()
            for _ in 0..<10000 {
                piece.append(contentsOf: Array(factory.next().text.utf8))
                piece.append(0x0A)
            }
            written += piece.count
            try file.write(contentsOf: piece)
        }
        try file.close()
        print("corpus: \((count + 9999) / 10000 * 10000) payloads, \(String(format: "%.0f", Double(written) / 1e6)) MB")
        var times: [Int: [ChildProcess.Usage]] = [1: [], jobs: []]
        for round in 1...max(1, rounds) {
            for workers in [1, jobs] {
                let command =
                    "'\(root)/.build/release/liangxin-gen' validate --jobs \(workers) --specs '\(root)/specs' "
                    + "'\(work)/corpus.jsonl' > '\(work)/out-\(workers).txt'"
                let usage = try ChildProcess(arguments: ["sh", "-c", command]).run()
                guard usage.status == 0 || usage.status == 1 else {
                    throw BenchmarkFailure("validate exited \(usage.status)")
                }
                times[workers, default: []].append(usage)
                print(
                    "round \(round), --jobs \(workers): \(Measurement.format(seconds: usage.seconds)) "
                        + String(format: "(%.2f CPU-s, peak %.0f MiB)", usage.cpuSeconds, usage.peakMiB))
            }
        }
        let same = FileManager.default.contentsEqual(atPath: work + "/out-1.txt", andPath: work + "/out-\(jobs).txt")
        let one = Measurement.median(times[1]!.map(\.seconds))
        let many = Measurement.median(times[jobs]!.map(\.seconds))
        print(
            "medians: --jobs 1 \(Measurement.format(seconds: one)), --jobs \(jobs) \(Measurement.format(seconds: many)): "
                + String(format: "%.2f× the throughput", one / many) + "; outputs \(same ? "identical" : "DIFFERENT")")
        if !same { throw BenchmarkFailure("the outputs differ") }
    }
}
