import Foundation
import LiangXinGenerator

/// Times a debug build of the generated `LiangXin` target for a spec-set size, in a scratch
/// package that uses this checkout's runtime.
enum CompileBenchmark {
    /// Generates `count` models into a scratch package, builds the runtime once, then times
    /// the build of the generated target alone.
    static func run(count: Int, specsFolder: String, packageRoot: String) throws {
        let real = try SpecDirectoryReader.read(specsFolder)
        let files = count == real.models.count ? real : SyntheticSpecs.make(count: count, from: real)
        guard let generated = GeneratorPipeline().run(files).files else {
            throw BenchmarkFailure("the specs have errors")
        }
        let scratch = NSTemporaryDirectory() + "liangxin-compile-\(count)"
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.createDirectory(
            atPath: scratch + "/Generated", withIntermediateDirectories: true)
        try OutputFolder(path: scratch + "/Generated").apply(
            SyncPlan(generated: generated, existing: [:]))
        try FileManager.default.createSymbolicLink(
            atPath: scratch + "/Runtime", withDestinationPath: packageRoot + "/Sources/LiangXinRuntime")
        try manifest.write(toFile: scratch + "/Package.swift", atomically: true, encoding: .utf8)
        try swiftBuild(["--target", "LiangXinRuntime"], in: scratch)
        let cpuBefore = Measurement.childrenCPUSeconds()
        let build = try Measurement.time { try swiftBuild(["--target", "LiangXin"], in: scratch) }
        let cpu = Measurement.childrenCPUSeconds() - cpuBefore
        print(
            String(
                format:
                    "compile  %5d models: debug build of LiangXin %@ (%.0f CPU-s), peak memory of the largest compiler process %.0f MiB",
                count, Measurement.format(seconds: build.seconds), cpu, Measurement.childrenPeakMemoryMiB()))
    }

    /// The scratch package: the runtime from this checkout and the generated target, with the
    /// settings `Package.swift` gives it.
    private static let manifest = """
        // swift-tools-version: 6.0
        import PackageDescription
        let package = Package(
            name: "Scratch",
            targets: [
                .target(name: "LiangXinRuntime", path: "Runtime"),
                .target(
                    name: "LiangXin", dependencies: ["LiangXinRuntime"], path: "Generated/LiangXin",
                    swiftSettings: [.swiftLanguageMode(.v5)]),
            ]
        )
        """

    /// Runs `swift build` with arguments; a failure is an error with its output.
    private static func swiftBuild(_ arguments: [String], in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--package-path", folder] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkFailure(
                "swift build failed:\n" + String(decoding: output.suffix(4000), as: UTF8.self))
        }
    }
}
