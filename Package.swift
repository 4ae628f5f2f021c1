// swift-tools-version: 6.0
import PackageDescription

/// LiangXinKit: a spec-driven Swift SDK generator for LiangXin Market.
///
/// Pipeline: `specs/` (YAML) → `LiangXinYAML` (libyaml loader, located diagnostics)
/// → `LiangXinGenerator` (spec model, checker, translator, renderer) → `Generated/`
/// (compiled as the `LiangXin` library on top of the hand-written `LiangXinRuntime`).
let package = Package(
    name: "LiangXinKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LiangXin", targets: ["LiangXin"]),
        .library(name: "LiangXinAPI", targets: ["LiangXinAPI"]),
        .library(name: "LiangXinGenerator", targets: ["LiangXinGenerator"]),
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
        .target(name: "LiangXinGenerator", dependencies: ["LiangXinYAML", "LiangXinRuntime"]),
        .executableTarget(
            name: "liangxin-gen",
            dependencies: [
                "LiangXinGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The generator's benchmark: `swift run -c release liangxin-bench`.
        .executableTarget(
            name: "liangxin-bench", dependencies: ["LiangXinGenerator", "LiangXin"], exclude: ["compare_python.py", "compile-instructions.sh"]),
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
                "LiangXinAPI", "LiangXinGenerator", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "liangxin-sandbox",
            dependencies: [
                "LiangXinSandbox", "LiangXinGenerator", "LiangXinYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LiangXinYAMLTests", dependencies: ["LiangXinYAML"]),
        .testTarget(name: "LiangXinGeneratorTests", dependencies: ["LiangXinGenerator"]),
        .testTarget(name: "LiangXinTests", dependencies: ["LiangXin"]),
        // The client against a mock transport, and end to end against the sandbox on loopback.
        .testTarget(
            name: "LiangXinClientTests",
            dependencies: [
                "LiangXinClient", "LiangXinSandbox", "LiangXinGenerator",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The torture spec (every name a keyword or an awkward string), generated and compiled.
        .target(name: "TortureSDK", dependencies: ["LiangXinRuntime"], path: "Tests/TortureGenerated/LiangXin"),
        .target(name: "TortureAPI", dependencies: ["LiangXinRuntime"], path: "Tests/TortureGenerated/LiangXinAPI"),
        .testTarget(name: "TortureSDKTests", dependencies: ["TortureSDK", "TortureAPI"]),
        // The spec interpreter of `liangxin-gen validate` against the generated validators.
        .testTarget(name: "ValidationParityTests", dependencies: ["LiangXin", "TortureSDK", "LiangXinGenerator"]),
    ]
)
