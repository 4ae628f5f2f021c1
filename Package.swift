// swift-tools-version: 6.1
import PackageDescription

/// A product of the command-line tools' packages, resolved only with the `Tools` trait.
func toolsProduct(_ name: String, package: String) -> Target.Dependency {
    .product(name: name, package: package, condition: .when(traits: ["Tools"]))
}

let argumentParser = toolsProduct("ArgumentParser", package: "swift-argument-parser")
let hummingbird = toolsProduct("Hummingbird", package: "hummingbird")
let serviceLifecycle = toolsProduct("ServiceLifecycle", package: "swift-service-lifecycle")
let nioLocks = toolsProduct("NIOConcurrencyHelpers", package: "swift-nio")

/// LiangXinKit: a spec-driven Swift SDK generator for LiangXin Market.
///
/// Pipeline: `specs/` (YAML) → `LiangXinYAML` (libyaml loader, located diagnostics)
/// → `LiangXinSpec` (spec model, parser, checker, naming, loading, interpreter)
/// → `LiangXinGenerator` (translator, structure, renderer, sync, export) → `Generated/`
/// (compiled as the `LiangXin` library on top of the hand-written `LiangXinRuntime`).
///
/// An app needs only the products `LiangXin`, `LiangXinAPI` and `LiangXinClient`. They depend on no
/// other package, and on neither libyaml nor pkg-config. Depending on LiangXinKit with
/// `traits: []` turns off the default `Tools` trait, so that SwiftPM resolves none of the command-line
/// tools' packages (swift-argument-parser, Hummingbird, swift-service-lifecycle, SwiftNIO and their
/// dependencies). `Tests/Consumer` proves this in CI.
let package = Package(
    name: "LiangXinKit",
    // Duration and the Clock protocols (Swift 5.7's runtime) set the floor for the Apple platforms.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "LiangXin", targets: ["LiangXin"]),
        .library(name: "LiangXinAPI", targets: ["LiangXinAPI"]),
        .library(name: "LiangXinSpec", targets: ["LiangXinSpec"]),
        .library(name: "LiangXinGenerator", targets: ["LiangXinGenerator"]),
        // The seeded payload corpus, for benchmarks and the fuzzers' seeds (Tests/Fuzz).
        .library(name: "LiangXinCorpus", targets: ["LiangXinCorpus"]),
        // What a spec change means (`liangxin-gen diff`); a product for the fuzzers too.
        .library(name: "LiangXinReview", targets: ["LiangXinReview"]),
        .library(name: "LiangXinClient", targets: ["LiangXinClient"]),
        .library(name: "LiangXinSandbox", targets: ["LiangXinSandbox"]),
        .executable(name: "liangxin-gen", targets: ["liangxin-gen"]),
        .executable(name: "liangxin-sandbox", targets: ["liangxin-sandbox"]),
    ],
    traits: [
        .trait(
            name: "Tools",
            description: """
                The command-line tools (liangxin-gen, liangxin-sandbox) and the sandbox server: \
                swift-argument-parser, Hummingbird, swift-service-lifecycle and SwiftNIO.
                """),
        .default(enabledTraits: ["Tools"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // `swift package generate-documentation`; no target uses it, so apps never resolve it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "LiangXinYAML", dependencies: ["CYAML"]),
        .target(name: "LiangXinRuntime"),
        // UTF-8 checked sixteen bytes at a time (SSSE3, with a portable fallback) for the
        // single-pass verifier of `validate`: C, because Swift's SIMD types do not reach the
        // byte shuffles the algorithm needs.
        .target(name: "CLiangXinUTF8"),
        // The spec front end: what `validate` and the sandbox need, without the generator.
        .target(name: "LiangXinSpec", dependencies: ["LiangXinYAML", "LiangXinRuntime", "CLiangXinUTF8"]),
        .target(name: "LiangXinGenerator", dependencies: ["LiangXinSpec", "LiangXinYAML", "LiangXinRuntime"]),
        // What a spec change means: `liangxin-gen diff` (changes, Swift-source and wire impact,
        // the wire oracle's examples, reports).
        .target(name: "LiangXinReview", dependencies: ["LiangXinSpec", "LiangXinCorpus", "LiangXinRuntime", "LiangXinYAML"]),
        // What the command-line tools share: one error style, did-you-mean for subcommands.
        .target(name: "LiangXinCommandLine", dependencies: ["LiangXinRuntime", argumentParser]),
        // Seeded valid and mutated payloads from the specs: benchmarks, tests and the review's oracle.
        .target(name: "LiangXinCorpus", dependencies: ["LiangXinSpec", "LiangXinRuntime"]),
        .executableTarget(
            name: "liangxin-gen",
            dependencies: [
                "LiangXinGenerator", "LiangXinSpec", "LiangXinReview", "LiangXinYAML", "LiangXinRuntime",
                "LiangXinBuiltInSpecs", "LiangXinCommandLine", argumentParser,
            ]
        ),
        // The generator's benchmark: `swift run -c release liangxin-bench`.
        .executableTarget(
            name: "liangxin-bench",
            dependencies: [
                "LiangXinGenerator", "LiangXinSpec", "LiangXinReview", "LiangXinCorpus", "LiangXinYAML", "LiangXin",
                "LiangXinCommandLine", argumentParser,
            ],
            exclude: ["compare_python.py", "compile-instructions.sh"]),
        // Swift 5 language mode: the generated code is synchronous value types with nothing for
        // Swift 6's data-race checker to find, and that checker is 8-15% of a large SDK's
        // compile time. The torture target compiles the same generated code in Swift 6 mode.
        .target(
            name: "LiangXin", dependencies: ["LiangXinRuntime"], path: "Generated/LiangXin",
            swiftSettings: [.swiftLanguageMode(.v5)]),
        // The spec files themselves, for the tools outside a checkout (generated, no dependencies).
        .target(name: "LiangXinBuiltInSpecs", path: "Generated/LiangXinBuiltInSpecs"),
        // The job API's types from specs/api.yaml (separate so the models need no Foundation).
        .target(name: "LiangXinAPI", dependencies: ["LiangXinRuntime"], path: "Generated/LiangXinAPI"),
        // The HTTP client over the generated API types (Foundation, URLSession by default).
        .target(name: "LiangXinClient", dependencies: ["LiangXin", "LiangXinAPI"]),
        // LiangXin Market on loopback, driven by the same specs: `swift run liangxin-sandbox`.
        .target(
            name: "LiangXinSandbox",
            dependencies: [
                "LiangXinAPI", "LiangXinSpec", "LiangXinRuntime", hummingbird, serviceLifecycle, nioLocks,
            ]
        ),
        .executableTarget(
            name: "liangxin-sandbox",
            dependencies: [
                "LiangXinSandbox", "LiangXinSpec", "LiangXinYAML", "LiangXinBuiltInSpecs", "LiangXinCommandLine",
                argumentParser,
            ]
        ),
        .testTarget(name: "LiangXinYAMLTests", dependencies: ["LiangXinYAML"]),
        .testTarget(
            name: "LiangXinGeneratorTests",
            dependencies: [
                "LiangXinGenerator", "LiangXinSpec", "LiangXinReview", "LiangXinCorpus", "LiangXinYAML",
                "LiangXinBuiltInSpecs",
            ]),
        .testTarget(name: "LiangXinTests", dependencies: ["LiangXin"]),
        // The client against a mock transport, and end to end against the sandbox on loopback.
        .testTarget(
            name: "LiangXinClientTests",
            dependencies: [
                "LiangXinClient", "LiangXinSandbox", "LiangXinSpec",
                hummingbird,
                serviceLifecycle,
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

