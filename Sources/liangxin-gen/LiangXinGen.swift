import ArgumentParser

/// `liangxin-gen`: checks LiangXin specs and generates the Swift SDK from them.
@main
struct LiangXinGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liangxin-gen",
        abstract: "Check LiangXin Market specs and generate the Swift SDK from them.",
        subcommands: [GenerateCommand.self, LintCommand.self]
    )
}
