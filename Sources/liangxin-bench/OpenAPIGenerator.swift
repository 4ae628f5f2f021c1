import Foundation

/// apple/swift-openapi-generator, the reference the targets are set against, built and
/// run in scratch packages beside this checkout (nothing of it is part of LiangXinKit).
struct OpenAPIGenerator {
    /// The generator's version in the figures.
    static let version = "1.14.3"
    /// The runtime library its output is compiled against.
    static let runtimeVersion = "1.13.4"

    /// The built `swift-openapi-generator` executable.
    let executable: String
    /// Its configuration: types and a client, public.
    let config: String

    /// Builds the generator (release) in a scratch package; a second call finds it built.
    static func build() throws -> OpenAPIGenerator {
        let folder = NSTemporaryDirectory() + "liangxin-openapi-generator"
        try FileManager.default.createDirectory(
            atPath: folder + "/Sources/Placeholder", withIntermediateDirectories: true)
        try toolManifest.write(toFile: folder + "/Package.swift", atomically: true, encoding: .utf8)
        try "print(\"placeholder\")\n".write(
            toFile: folder + "/Sources/Placeholder/main.swift", atomically: true, encoding: .utf8)
        _ = try ChildProcess(
            arguments: ["swift", "build", "-c", "release", "--product", "swift-openapi-generator"],
            directory: folder
        ).runChecked()
        let config = folder + "/openapi-generator-config.yaml"
        try "generate:\n  - types\n  - client\naccessModifier: public\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        return OpenAPIGenerator(executable: folder + "/.build/release/swift-openapi-generator", config: config)
    }

    /// Generates types and a client from `document` into `output`; its usage.
    func generate(document: String, into output: String) throws -> ChildProcess.Usage {
        try? FileManager.default.removeItem(atPath: output)
        return try ChildProcess(
            arguments: [executable, "generate", document, "--config", config, "--output-directory", output]
        ).runChecked()
    }

    /// A scratch package compiling generated sources as the target `Generated`. Each build
    /// follows the protocol of ``CompileBenchmark``: no build products, the runtime built first
    /// (not timed), then the generated target alone (timed).
    struct CompilePackage {
        /// The package folder.
        let folder: String

        /// Creates the package for `count` models (its dependencies resolved, nothing built).
        static func make(count: Int) throws -> CompilePackage {
            let folder = NSTemporaryDirectory() + "liangxin-openapi-compile-\(count)"
            try FileManager.default.createDirectory(
                atPath: folder + "/Sources/Generated", withIntermediateDirectories: true)
            try compileManifest.write(toFile: folder + "/Package.swift", atomically: true, encoding: .utf8)
            _ = try ChildProcess(arguments: ["swift", "package", "resolve"], directory: folder).runChecked()
            return CompilePackage(folder: folder)
        }

        /// Replaces the package's sources with the Swift files of `sources`.
        func use(sources: String) throws {
            let target = folder + "/Sources/Generated"
            try FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: sources, toPath: target)
        }

        /// A debug build of the generated target from no build products, the runtime built
        /// first; its usage, with a nonzero status when it does not compile.
        func build() throws -> ChildProcess.Usage {
            try? FileManager.default.removeItem(atPath: folder + "/.build/x86_64-unknown-linux-gnu")
            try? FileManager.default.removeItem(atPath: folder + "/.build/debug")
            _ = try ChildProcess(arguments: ["swift", "build", "--target", "OpenAPIRuntime"], directory: folder)
                .runChecked()
            return try ChildProcess(arguments: ["swift", "build", "--target", "Generated"], directory: folder).run()
        }
    }

    /// The scratch package that builds the generator.
    private static let toolManifest = manifest(
        name: "OpenAPIGeneratorTool", package: "swift-openapi-generator", version: version,
        target: ".executableTarget", targetName: "Placeholder", product: "swift-openapi-generator")

    /// The scratch package that compiles the generator's output.
    private static let compileManifest = manifest(
        name: "OpenAPIGeneratorOutput", package: "swift-openapi-runtime", version: runtimeVersion,
        target: ".target", targetName: "Generated", product: "OpenAPIRuntime")

    /// A manifest with one target of kind `target` that depends on `product` of apple/`package`.
    private static func manifest(
        name: String, package: String, version: String, target: String, targetName: String, product: String
    ) -> String {
        """
        // swift-tools-version: 5.9
        import PackageDescription
        let package = Package(
            name: "\(name)",
            dependencies: [
                .package(url: "https://github.com/apple/\(package)", exact: "\(version)"),
            ],
            targets: [
                \(target)(
                    name: "\(targetName)",
                    dependencies: [.product(name: "\(product)", package: "\(package)")]),
            ]
        )
        """
    }
}
