import ArgumentParser
import Foundation

/// `liangxin-gen`: checks LiangXin specs, generates the Swift SDK, validates payloads.
@main
struct LiangXinGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liangxin-gen",
        abstract: "Check LiangXin Market specs, generate the Swift SDK, and validate payloads offline.",
        subcommands: [GenerateCommand.self, LintCommand.self, ValidateCommand.self, ExportCommand.self, DiffCommand.self, NewCommand.self]
    )

    /// Runs the command; a usage error (unknown flag, missing value) exits 2, like other tools.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
