// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "MyApp",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    dependencies: [
        // `traits: []` leaves out the command-line tools and their packages.
        .package(url: "https://github.com/liangxin-ai/LiangXinKit", from: "0.1.0", traits: [])
    ],
    targets: [
        .executableTarget(
            name: "MyApp",
            dependencies: [.product(name: "LiangXinClient", package: "LiangXinKit")]
        )
    ]
)
