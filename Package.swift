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
        .library(name: "LiangXinGenerator", targets: ["LiangXinGenerator"]),
        .executable(name: "liangxin-gen", targets: ["liangxin-gen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
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
            name: "liangxin-bench", dependencies: ["LiangXinGenerator", "LiangXin"], exclude: ["compare_python.py"]),
        .target(name: "LiangXin", dependencies: ["LiangXinRuntime"], path: "Generated/LiangXin"),
        .testTarget(name: "LiangXinYAMLTests", dependencies: ["LiangXinYAML"]),
        .testTarget(name: "LiangXinGeneratorTests", dependencies: ["LiangXinGenerator"]),
        .testTarget(name: "LiangXinTests", dependencies: ["LiangXin"]),
        // The torture spec (every name a keyword or an awkward string), generated and compiled.
        .target(name: "TortureSDK", dependencies: ["LiangXinRuntime"], path: "Tests/TortureGenerated/LiangXin"),
        .testTarget(name: "TortureSDKTests", dependencies: ["TortureSDK"]),
        // The spec interpreter of `liangxin-gen validate` against the generated validators.
        .testTarget(name: "ValidationParityTests", dependencies: ["LiangXin", "TortureSDK", "LiangXinGenerator"]),
    ]
)
