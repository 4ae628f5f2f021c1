// swift-tools-version: 6.0
import PackageDescription

/// LiangXinKit: a spec-driven Swift SDK generator for LiangXin Market.
///
/// Pipeline: `specs/` (YAML) → `LiangXinYAML` (libyaml loader, located diagnostics)
/// → `LiangXinSpec` (spec model, parser, checker, naming, loading, interpreter)
/// → `LiangXinGenerator` (translator, structure, renderer, sync, export) → `Generated/`
/// (compiled as the `LiangXin` library on top of the hand-written `LiangXinRuntime`).
let package = Package(
    name: "LiangXinKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LiangXin", targets: ["LiangXin"]),
        .library(name: "LiangXinAPI", targets: ["LiangXinAPI"]),
        .library(name: "LiangXinSpec", targets: ["LiangXinSpec"]),
        .library(name: "LiangXinGenerator", targets: ["LiangXinGenerator"]),
        // The seeded payload corpus, for benchmarks and the fuzzers' seeds (Tests/Fuzz).
        .library(name: "LiangXinCorpus", targets: ["LiangXinCorpus"]),
        .library(name: "LiangXinClient", targets: ["LiangXinClient"]),
        .library(name: "LiangXinSandbox", targets: ["LiangXinSandbox"]),
        .executable(name: "liangxin-gen", targets: ["liangxin-gen"]),
        .executable(name: "liangxin-sandbox", targets: ["liangxin-sandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "LiangXinYAML", dependencies: ["CYAML"]),
        .target(name: "LiangXinRuntime"),
        // The spec front end: what `validate` and the sandbox need, without the generator.
        .target(name: "LiangXinSpec", dependencies: ["LiangXinYAML", "LiangXinRuntime"]),
        .target(name: "LiangXinGenerator", dependencies: ["LiangXinSpec", "LiangXinYAML", "LiangXinRuntime"]),
        // Seeded valid and mutated payloads from the specs: benchmarks and tests only.
        .target(name: "LiangXinCorpus", dependencies: ["LiangXinSpec", "LiangXinRuntime"]),
        .executableTarget(
            name: "liangxin-gen",
            dependencies: [
                "LiangXinGenerator", "LiangXinSpec", "LiangXinYAML", "LiangXinRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The generator's benchmark: `swift run -c release liangxin-bench`.
        .executableTarget(
            name: "liangxin-bench",
            dependencies: ["LiangXinGenerator", "LiangXinSpec", "LiangXinCorpus", "LiangXinYAML", "LiangXin"],
            exclude: ["compare_python.py", "compile-instructions.sh"]),
        // Swift 5 language mode: the generated code is synchronous value types with nothing for
        // Swift 6's data-race checker to find, and that checker is 8-15% of a large SDK's
        // compile time. The torture target compiles the same generated code in Swift 6 mode.
        .target(
            name: "LiangXin", dependencies: ["LiangXinRuntime"], path: "Generated/LiangXin",
            swiftSettings: [.swiftLanguageMode(.v5)]),
        // The job API's types from specs/api.yaml (separate so the models need no Foundation).
        .target(name: "LiangXinAPI", dependencies: ["LiangXinRuntime"], path: "Generated/LiangXinAPI"),
        // The HTTP client over the generated API types (Foundation, URLSession by default).
        .target(name: "LiangXinClient", dependencies: ["LiangXin", "LiangXinAPI"]),
        // LiangXin Market on loopback, driven by the same specs: `swift run liangxin-sandbox`.
        .target(
            name: "LiangXinSandbox",
            dependencies: [
                "LiangXinAPI", "LiangXinSpec", "LiangXinRuntime", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "liangxin-sandbox",
            dependencies: [
                "LiangXinSandbox", "LiangXinSpec", "LiangXinYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LiangXinYAMLTests", dependencies: ["LiangXinYAML"]),
        .testTarget(
            name: "LiangXinGeneratorTests",
            dependencies: ["LiangXinGenerator", "LiangXinSpec", "LiangXinCorpus", "LiangXinYAML"]),
        .testTarget(name: "LiangXinTests", dependencies: ["LiangXin"]),
        // The client against a mock transport, and end to end against the sandbox on loopback.
        .testTarget(
            name: "LiangXinClientTests",
            dependencies: [
                "LiangXinClient", "LiangXinSandbox", "LiangXinSpec",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The torture spec (every name a keyword or an awkward string), generated and compiled.
        .target(name: "TortureSDK", dependencies: ["LiangXinRuntime"], path: "Tests/TortureGenerated/LiangXin"),
        .target(name: "TortureAPI", dependencies: ["LiangXinRuntime"], path: "Tests/TortureGenerated/LiangXinAPI"),
        .testTarget(name: "TortureSDKTests", dependencies: ["TortureSDK", "TortureAPI"]),
        // Random spec sets: lint, generate, compile with swiftc, then round trips and verdicts.
        .testTarget(
            name: "SpecPropertyTests",
            dependencies: ["LiangXinGenerator", "LiangXinSpec", "LiangXinCorpus", "LiangXinRuntime", "LiangXinYAML"]),
        // The spec interpreter of `liangxin-gen validate` against the generated validators.
        .testTarget(
            name: "ValidationParityTests",
            dependencies: ["LiangXin", "TortureSDK", "LiangXinSpec", "LiangXinCorpus", "LiangXinYAML"]),
    ]
)
