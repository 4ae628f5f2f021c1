import ArgumentParser
import Foundation
import LiangXinBuiltInSpecs
import LiangXinCommandLine
import LiangXinSpec

/// `liangxin-gen`: checks LiangXin specs, generates the Swift SDK, validates payloads.
@main
struct LiangXinGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liangxin-gen",
        abstract: "Check LiangXin Market specs, generate the Swift SDK, and validate payloads offline.",
        version: ToolVersion.text(
            builtInModels: LiangXinBuiltInSpecs.files.count - 1, fingerprint: LiangXinBuiltInSpecs.fingerprint),
        subcommands: [
            GenerateCommand.self, LintCommand.self, ValidateCommand.self, ExportCommand.self, DiffCommand.self,
            NewCommand.self,
        ]
    )

    /// Runs the command: a mistyped command gets a guess, usage errors exit 2 in the tools'
    /// error style.
    static func main() {
        CommandFailure.main(Self.self, tool: "liangxin-gen")
    }
}
