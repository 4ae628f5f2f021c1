import Foundation

/// `liangxin-bench hostile`: the hostile inputs of issue 15, each at growing sizes, through
/// the release `liangxin-gen` as a child process: wall time, processor time and peak memory of
/// each run, and how time grew against input (linear work shows 10× input → about 10× time).
enum HostileBenchmark {
    /// One kind of hostile input, made at a size and given to one command.
    struct Row {
        /// What the row measures.
        var name: String
        /// The sizes, smallest first (each about ten times the previous where practical).
        var sizes: [Int]
        /// The unit of the sizes, for the table.
        var unit: String
        /// Writes the input of a size into the folder and returns the command's arguments
        /// after the `liangxin-gen` path.
        var make: (_ size: Int, _ folder: String) throws -> [String]
    }

    /// Runs every row (or those whose name contains `filter`) and prints the table.
    static func run(packageRoot: String, filter: String?) throws {
        let generator =
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
            + "/liangxin-gen"
        guard FileManager.default.isExecutableFile(atPath: generator) else {
            throw BenchmarkFailure("\(generator) is missing: run `swift build -c release` first")
        }
        let specs = packageRoot + "/specs"
        let scratch = NSTemporaryDirectory() + "liangxin-hostile-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        print("row | size | input MB | wall s | cpu s | peak MiB | time ×, input × | exit | first output line")
        for row in rows(specs: specs) where filter.map({ row.name.contains($0) }) ?? true {
            var previous: (size: Int, bytes: Int, cpu: Double)?
            for size in row.sizes {
                try? FileManager.default.removeItem(atPath: scratch)
                try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
                let arguments = try row.make(size, scratch)
                let bytes = folderBytes(scratch)
                let usage = try ChildProcess(arguments: [generator] + arguments, directory: scratch, outputLimit: 4096)
                    .run()
                let growth =
                    previous.map {
                        String(
                            format: "%.1f×, %.1f×", usage.cpuSeconds / max($0.cpu, 0.001),
                            Double(bytes) / Double(max($0.bytes, 1)))
                    } ?? "-"
                let firstLine = usage.output.split(separator: "\n").first.map { String($0.prefix(90)) } ?? ""
                print(
                    String(
                        format: "%@ | %d %@ | %.1f | %.2f | %.2f | %.0f | %@ | %d | %@", row.name, size, row.unit,
                        Double(bytes) / 1e6, usage.seconds, usage.cpuSeconds, usage.peakMiB, growth, usage.status,
                        firstLine))
                fflush(nil)
                previous = (size, bytes, usage.cpuSeconds)
            }
        }
    }

    /// The rows of the issue's table, and the sizes between.
    private static func rows(specs: String) -> [Row] {
        let unlimited = ["--max-payload-bytes", String(1 << 40)]
        return [
            Row(name: "distinct keys", sizes: [10_000, 100_000, 1_000_000], unit: "keys") { size, folder in
                try write(folder + "/body.json") { out in
                    out(#"{"model":"z-image","input":{"prompt":"x""#)
                    for index in 0..<size { out(#","k\#(index)":1"#) }
                    out("}}")
                }
                return ["validate", "--specs", specs, "--format", "json"] + unlimited + ["body.json"]
            },
            Row(name: "pattern ^(a+)+$ (validate)", sizes: [100_000, 1_000_000, 10_000_000], unit: "bytes") {
                size, folder in
                try writePatternSpecs(specs: specs, folder: folder, defaultValue: nil)
                try write(folder + "/input.json") { out in
                    out(#"{"code":""#)
                    out(String(repeating: "a", count: size - 1) + "!")
                    out(#""}"#)
                }
                return ["validate", "--specs", "specs", "--model", "hostile-pattern"] + unlimited + ["input.json"]
            },
            Row(name: "pattern ^(a+)+$ on a default (lint)", sizes: [10_000, 100_000, 1_000_000], unit: "bytes") {
                size, folder in
                try writePatternSpecs(
                    specs: specs, folder: folder, defaultValue: String(repeating: "a", count: size - 1) + "!")
                return ["lint", "specs"]
            },
            Row(name: "array of URLs", sizes: [500_000, 5_000_000], unit: "URLs") { size, folder in
                try write(folder + "/body.json") { out in
                    out(#"{"model":"nano-banana-pro","input":{"prompt":"a cat","image_input":["#)
                    for index in 0..<size { out((index == 0 ? "" : ",") + #""https://e.com/\#(index).png""#) }
                    out("]}}")
                }
                return ["validate", "--specs", specs] + unlimited + ["body.json"]
            },
            Row(name: "array of URLs, default limit", sizes: [5_000_000], unit: "URLs") { size, folder in
                try write(folder + "/body.json") { out in
                    out(#"{"model":"nano-banana-pro","input":{"prompt":"a cat","image_input":["#)
                    for index in 0..<size { out((index == 0 ? "" : ",") + #""https://e.com/\#(index).png""#) }
                    out("]}}")
                }
                return ["validate", "--specs", specs, "body.json"]
            },
            Row(name: "unknown YAML keys (lint)", sizes: [10_000, 100_000, 350_000, 1_000_000], unit: "keys") {
                size, folder in
                try FileManager.default.createDirectory(
                    atPath: folder + "/specs/models", withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: specs + "/api.yaml", toPath: folder + "/specs/api.yaml")
                let model = try String(contentsOfFile: specs + "/models/z-image.yaml", encoding: .utf8)
                try write(folder + "/specs/models/z-image.yaml") { out in
                    out(model)
                    for index in 0..<size { out("k\(index): 1\n") }
                }
                return ["lint", "specs"]
            },
            Row(name: "huge number in seed", sizes: [1_000_000, 10_000_000], unit: "digits") { size, folder in
                try write(folder + "/body.json") { out in
                    out(#"{"model":"z-image","input":{"prompt":"x","seed":"#)
                    out(String(repeating: "9", count: size))
                    out("}}")
                }
                return ["validate", "--specs", specs, "--format", "json"] + unlimited + ["body.json"]
            },
            Row(name: "ASCII prompt", sizes: [15_000_000, 150_000_000], unit: "bytes") { size, folder in
                try writePrompt(folder, unit: "a", count: size)
                return ["validate", "--specs", specs] + unlimited + ["body.json"]
            },
            Row(name: "CJK prompt", sizes: [15_000_000, 150_000_000], unit: "bytes") { size, folder in
                try writePrompt(folder, unit: "猫", count: size / 3)
                return ["validate", "--specs", specs] + unlimited + ["body.json"]
            },
        ]
    }

    /// A z-image body whose prompt is `unit` repeated `count` times.
    private static func writePrompt(_ folder: String, unit: String, count: Int) throws {
        try write(folder + "/body.json") { out in
            out(#"{"model":"z-image","input":{"prompt":""#)
            let chunk = String(repeating: unit, count: 1 << 16)
            for _ in 0..<(count >> 16) { out(chunk) }
            out(String(repeating: unit, count: count & 0xFFFF))
            out(#""}}"#)
        }
    }

    /// A copy of the specs with one more model whose `code` field has the pattern `^(a+)+$`
    /// (and, when given, a default that almost matches it).
    private static func writePatternSpecs(specs: String, folder: String, defaultValue: String?) throws {
        try FileManager.default.createDirectory(atPath: folder + "/specs/models", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: specs + "/api.yaml", toPath: folder + "/specs/api.yaml")
        let defaultLine = defaultValue.map { "\n    default: '\($0)'" } ?? ""
        try """
        id: hostile-pattern
        title: Hostile pattern
        summary: A field whose pattern makes backtracking engines take exponential time.
        sources:
          - label: Issue 15
            url: https://example.com/issue-15
        evidence:
          level: low
        input:
          code:
            type: string
            required: true
            pattern: '^(a+)+$'\(defaultLine)
        """.write(toFile: folder + "/specs/models/hostile-pattern.yaml", atomically: false, encoding: .utf8)
    }

    /// Writes a file through a buffered handle; `body` appends text with the function it gets.
    private static func write(_ path: String, _ body: ((String) -> Void) throws -> Void) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw BenchmarkFailure("cannot write \(path)") }
        defer { try? handle.close() }
        var buffer = Data(capacity: 1 << 20)
        try body { text in
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 20 {
                handle.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
    }

    /// The total size of the files under a folder.
    private static func folderBytes(_ folder: String) -> Int {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var total = 0
        while let name = enumerator?.nextObject() as? String {
            total += ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + name))?[.size] as? Int) ?? 0
        }
        return total
    }
}
