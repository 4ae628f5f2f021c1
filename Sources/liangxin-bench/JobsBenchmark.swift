import ArgumentParser
import Foundation
import LiangXinCorpus
import LiangXinSpec

/// `jobs`: `liangxin-gen validate --jobs N` against `--jobs 1` on a seeded JSON Lines corpus of
/// a million payloads, interleaved: wall time, CPU time, peak memory, the speed-up, and whether
/// the outputs are byte for byte the same. Each round also runs the machine's own ceiling: N
/// separate `--jobs 1` processes at once, each on its share of the corpus (nothing shared but
/// the machine), and says how much processor time the hypervisor took (steal).
struct JobsBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "validate --jobs N against --jobs 1 on a million-payload JSON Lines file.")

    @Option(help: "Payloads in the corpus.")
    var count = 1_000_000

    @Option(help: "Workers to compare with one (default: the machine's cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Interleaved rounds.")
    var rounds = 5

    @Option(help: "The share of valid payloads in the corpus, in percent.")
    var validPercent = 90

    @Option(help: "Also copy the corpus to this path, for profiling it afterwards.")
    var saveCorpus: String?

    /// Writes the corpus and its shares, runs the three contenders in turn, prints the rounds
    /// and the medians.
    func run() throws {
        let root = try PackageRoot.find()
        guard let specs = SpecLoader.load(try SpecDirectoryReader.read(root + "/specs")).specs else {
            throw BenchmarkFailure("the specs have errors")
        }
        let work = NSTemporaryDirectory() + "liangxin-jobs-\(getpid())"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let written = try writeCorpus(specs: specs, into: work)
        print("corpus: \((count + 9999) / 10000 * 10000) payloads, \(String(format: "%.0f", Double(written) / 1e6)) MB")
        if let saveCorpus {
            try? FileManager.default.removeItem(atPath: saveCorpus)
            try FileManager.default.copyItem(atPath: work + "/corpus.jsonl", toPath: saveCorpus)
        }
        let validate = "'\(root)/.build/release/liangxin-gen' validate --specs '\(root)/specs'"
        let contenders = [
            ("--jobs 1", "\(validate) --jobs 1 '\(work)/corpus.jsonl' > '\(work)/out-1.txt'"),
            ("--jobs \(jobs)", "\(validate) --jobs \(jobs) '\(work)/corpus.jsonl' > '\(work)/out-\(jobs).txt'"),
            (
                "\(jobs) processes",
                (0..<jobs).map { "\(validate) --jobs 1 '\(work)/share-\($0).jsonl' > /dev/null & " }.joined() + "wait"
            ),
        ]
        var times: [[ChildProcess.Usage]] = Array(repeating: [], count: contenders.count)
        for round in 1...max(1, rounds) {
            for (index, (name, command)) in contenders.enumerated() {
                let stolenBefore = StolenTime.seconds()
                let usage = try ChildProcess(arguments: ["sh", "-c", command]).run()
                guard usage.status == 0 || usage.status == 1 else {
                    throw BenchmarkFailure("validate exited \(usage.status)")
                }
                let stolen = StolenTime.seconds().flatMap { after in stolenBefore.map { after - $0 } }
                times[index].append(usage)
                print(
                    "round \(round), \(name): \(Measurement.format(seconds: usage.seconds)) "
                        + String(format: "(%.2f CPU-s, peak %.0f MiB", usage.cpuSeconds, usage.peakMiB)
                        + (stolen.map { String(format: ", %.2f s stolen)", $0) } ?? ")"))
            }
        }
        let same = FileManager.default.contentsEqual(atPath: work + "/out-1.txt", andPath: work + "/out-\(jobs).txt")
        let medians = times.map { Measurement.median($0.map(\.seconds)) }
        let cpu = times.map { Measurement.median($0.map(\.cpuSeconds)) }
        print(
            "medians: --jobs 1 \(Measurement.format(seconds: medians[0])), --jobs \(jobs) "
                + "\(Measurement.format(seconds: medians[1])): "
                + String(
                    format: "%.2f× the throughput (CPU %.2f s against %.2f s)", medians[0] / medians[1], cpu[1], cpu[0])
                + "; outputs \(same ? "identical" : "DIFFERENT")")
        print(
            "the machine's ceiling: \(jobs) separate processes \(Measurement.format(seconds: medians[2])): "
                + String(format: "%.2f× --jobs 1's throughput", medians[0] / medians[2]))
        if !same { throw BenchmarkFailure("the outputs differ") }
    }

    /// Writes the seeded corpus, and its `jobs` consecutive shares for the separate processes;
    /// returns the corpus's size in bytes. It is written in pieces, so that this process stays
    /// small: a child's peak memory starts from its parent's.
    private func writeCorpus(specs: SpecSet, into work: String) throws -> Int {
        var factory = PayloadFactory(models: specs.models, seed: 18, textLength: 450, validPercent: validPercent)
        let paths = [work + "/corpus.jsonl"] + (0..<jobs).map { work + "/share-\($0).jsonl" }
        let files = try paths.map { path in
            FileManager.default.createFile(atPath: path, contents: nil)
            return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        }
        let pieces = (count + 9999) / 10000
        var written = 0
        for piece in 0..<pieces {
            var data = Data()
            for _ in 0..<10000 {
                data.append(contentsOf: Array(factory.next().text.utf8))
                data.append(0x0A)
            }
            written += data.count
            try files[0].write(contentsOf: data)
            try files[1 + piece * jobs / pieces].write(contentsOf: data)
        }
        for file in files { try file.close() }
        return written
    }
}
