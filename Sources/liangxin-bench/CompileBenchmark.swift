import Foundation
import LiangXinGenerator
import LiangXinSpec

/// Times a debug build of the generated `LiangXin` target for a spec-set size, in a scratch
/// package that uses this checkout's runtime.
enum CompileBenchmark {
    /// Builds `count` models and prints the build's time, processor time and peak memory.
    static func run(count: Int, specsFolder: String, packageRoot: String) throws {
        let build = try measure(count: count, specsFolder: specsFolder, packageRoot: packageRoot)
        print(
            String(
                format:
                    "compile  %5d models: debug build of LiangXin %@ (%.0f CPU-s), peak memory of the largest compiler process %.0f MiB",
                count, Measurement.format(seconds: build.seconds), build.cpuSeconds, build.peakMiB))
    }

    /// Generates `count` models into a fresh scratch package, builds the runtime, then builds
    /// the generated target alone and returns what that build used.
    static func measure(count: Int, specsFolder: String, packageRoot: String) throws -> ChildProcess.Usage {
        let generated = try generate(count: count, specsFolder: specsFolder)
        let scratch = NSTemporaryDirectory() + "liangxin-compile-\(count)"
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.createDirectory(
            atPath: scratch + "/Generated", withIntermediateDirectories: true)
        try OutputFolder(path: scratch + "/Generated").apply(
            SyncPlan(generated: generated, existing: [:]))
        try FileManager.default.createSymbolicLink(
            atPath: scratch + "/Runtime", withDestinationPath: packageRoot + "/Sources/LiangXinRuntime")
        try manifest.write(toFile: scratch + "/Package.swift", atomically: true, encoding: .utf8)
        _ = try swiftBuild(target: "LiangXinRuntime", in: scratch).runChecked()
        return try swiftBuild(target: "LiangXin", in: scratch).runChecked()
    }

    /// The generated files for `count` models: the real specs, or synthetic copies of them.
    static func generate(count: Int, specsFolder: String) throws -> [GeneratedFile] {
        let files = try SyntheticSpecs.read(count: count, specsFolder: specsFolder)
        guard let generated = GeneratorPipeline().run(files).files else {
            throw BenchmarkFailure("the specs have errors")
        }
        return generated
    }

    /// The scratch package: the runtime from this checkout and the generated target, with the
    /// settings `Package.swift` gives it.
    static let manifest = """
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

    /// `swift build --target <target>` in a package folder.
    private static func swiftBuild(target: String, in folder: String) -> ChildProcess {
        ChildProcess(arguments: ["swift", "build", "--package-path", folder, "--target", target])
    }
}
