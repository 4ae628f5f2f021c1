// swift-tools-version: 6.0
import PackageDescription

/// LiangXinKit's libFuzzer harnesses, a package of their own so that the SDK's graph never
/// holds them. Build and run them with `Tests/Fuzz/run.sh` (it passes
/// `-sanitize=fuzzer,address` to every target, LiangXinKit's too, so the fuzzers see their
/// coverage).
let package = Package(
    name: "LiangXinFuzz",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    dependencies: [.package(name: "LiangXinKit", path: "../..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "LiangXin", package: "LiangXinKit"),
                .product(name: "LiangXinSpec", package: "LiangXinKit"),
                .product(name: "LiangXinGenerator", package: "LiangXinKit"),
                .product(name: "LiangXinCorpus", package: "LiangXinKit"),
                .product(name: "LiangXinReview", package: "LiangXinKit"),
            ]),
        // YAML bytes → load, parse and check a model spec; generate when it is clean.
        .executableTarget(name: "FuzzSpecYAML", dependencies: ["FuzzSupport"]),
        // JSON bytes → the parser, eager and deferring strings; both must agree.
        .executableTarget(name: "FuzzJSONParser", dependencies: ["FuzzSupport"]),
        // A createTask body → the spec interpreter and the generated validators; identical issues.
        .executableTarget(name: "FuzzCreateTaskBody", dependencies: ["FuzzSupport"]),
        // A pattern and a string → our matcher and Swift Regex, where both are defined, agree.
        .executableTarget(name: "FuzzPattern", dependencies: ["FuzzSupport"]),
    ]
)
