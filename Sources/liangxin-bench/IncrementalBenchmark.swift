import ArgumentParser
import Foundation
import LiangXinGenerator
import LiangXinSpec
import LiangXinYAML

/// `incremental`: what a maintainer's daily loop costs. It builds an SDK of N models, then,
/// step by step, adds a model, changes one field and removes a model, regenerating with
/// `generate`'s sync (only files whose bytes change are written) and rebuilding the `LiangXin`
/// target. It prints the files the compiler scheduled (`-driver-show-incremental`) and the
/// time of each step against the clean build.
struct IncrementalBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incremental",
        abstract: "Files recompiled and time after adding a model, changing a field and removing a model.")

    @Option(help: "Model counts, comma-separated.")
    var sizes = "9,100"

    /// Runs each size.
    func run() throws {
        let root = try PackageRoot.find()
        let real = try SpecDirectoryReader.read(root + "/specs")
        for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
            try measure(size: size, real: real, root: root)
        }
    }

    /// The four builds of one size.
    private func measure(size: Int, real: SpecFiles, root: String) throws {
        let scratch = NSTemporaryDirectory() + "liangxin-incremental-\(size)"
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.createDirectory(atPath: scratch + "/Generated", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: scratch + "/Runtime", withDestinationPath: root + "/Sources/LiangXinRuntime")
        try CompileBenchmark.manifest.write(toFile: scratch + "/Package.swift", atomically: true, encoding: .utf8)
        let base = SyntheticSpecs.make(count: size, from: real)
        try Self.regenerate(base, into: scratch)
        _ = try ChildProcess(arguments: ["swift", "build", "--package-path", scratch, "--target", "LiangXinRuntime"])
            .runChecked()
        let clean = try Self.build(scratch)
        print(
            "\(size) models: clean build of LiangXin \(Measurement.format(seconds: clean.seconds)), "
                + "\(clean.files.count) files compiled")
        let steps: [(String, SpecFiles)] = [
            ("add a model", SyntheticSpecs.make(count: size + 1, from: real)),
            ("change one field", Self.changingOneField(of: SyntheticSpecs.make(count: size + 1, from: real))),
            ("remove a model", SyntheticSpecs.make(count: size, from: real)),
        ]
        for (name, specs) in steps {
            try Self.regenerate(specs, into: scratch)
            let build = try Self.build(scratch)
            let listed = build.files.count <= 5 ? " (\(build.files.joined(separator: ", ")))" : ""
            let why = build.fullBecause.map { "; not incremental: \($0)" } ?? ""
            print(
                "  \(name): \(build.files.count) of \(specs.models.count + 1) files compiled\(listed), "
                    + "\(Measurement.format(seconds: build.seconds)), "
                    + String(format: "%.0f%% of the clean build", build.seconds / clean.seconds * 100) + why)
        }
    }

    /// Generates `specs` into the scratch package's `Generated/`, writing only what changed.
    static func regenerate(_ specs: SpecFiles, into scratch: String) throws {
        guard let files = GeneratorPipeline().run(specs).files else { throw BenchmarkFailure("the specs have errors") }
        let folder = OutputFolder(path: scratch + "/Generated")
        try folder.apply(SyncPlan(generated: files, existing: folder.generatorOwnedFiles()))
    }

    /// Builds `LiangXin` with the driver's incremental remarks: the source files it scheduled
    /// (all of them when it did not build incrementally, with the driver's reason).
    static func build(_ scratch: String) throws -> (seconds: Double, files: [String], fullBecause: String?) {
        let usage = try ChildProcess(arguments: [
            "swift", "build", "--package-path", scratch, "--target", "LiangXin", "-Xswiftc", "-driver-show-incremental",
        ]).runChecked()
        let lines = usage.output.split(separator: "\n")
        let disabled = lines.first { $0.contains("Incremental compilation has been disabled") }.map {
            String($0.split(separator: ",", maxSplits: 1).last ?? $0).trimmingCharacters(in: .whitespaces)
        }
        var files = Set<String>()
        for line in lines {
            if disabled != nil || !line.contains("Incremental compilation") {
                // `[4/13] Compiling LiangXin ZImage.swift`
                if let range = line.range(of: "Compiling LiangXin ") {
                    files.formUnion(line[range.upperBound...].split(separator: " ").map(String.init))
                }
                continue
            }
            guard line.contains("Queuing") || line.contains("Scheduling"),
                let start = line.range(of: "<= ")?.upperBound, let end = line[start...].firstIndex(of: "}")
            else { continue }
            for path in line[start..<end].split(separator: " ") where path.hasSuffix(".swift") {
                files.insert(String(path.split(separator: "/").last ?? path))
            }
        }
        return (usage.seconds, files.filter { $0.hasSuffix(".swift") }.sorted(), disabled)
    }

    /// The set with the first `maxLength` of its last model halved.
    static func changingOneField(of files: SpecFiles) -> SpecFiles {
        var files = files
        guard
            let index = files.models.lastIndex(where: {
                String(decoding: $0.bytes, as: UTF8.self).contains("    maxLength: ")
            })
        else { return files }
        let text = String(decoding: files.models[index].bytes, as: UTF8.self)
        let range = text.range(of: "    maxLength: ")!
        let end = text[range.upperBound...].firstIndex(of: "\n") ?? text.endIndex
        let limit = Int(text[range.upperBound..<end]) ?? 2
        files.models[index] = SourceFile(
            path: files.models[index].path,
            text: text.replacingCharacters(in: range.upperBound..<end, with: String(max(1, limit / 2))))
        return files
    }
}
