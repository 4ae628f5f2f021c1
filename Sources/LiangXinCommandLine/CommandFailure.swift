import ArgumentParser
import Foundation
import LiangXinRuntime

/// How LiangXinKit's command-line tools end on an error: one style (`error: …`, lower case,
/// on standard error), exit 2 for usage errors, and a guess for a mistyped subcommand.
public enum CommandFailure {
    /// A mistyped subcommand: `error: unknown command 'genrate'; did you mean 'generate'?`, or
    /// nil when `arguments` start with a known subcommand, an option or nothing.
    public static func unknownSubcommand(_ arguments: [String], known: [String], tool: String) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !known.contains(first) else { return nil }
        let hint = Suggestion.closest(to: first, among: known).map { "; did you mean '\($0)'?" } ?? ""
        return "error: unknown command '\(first)'\(hint)\nusage: \(tool) <command>; see '\(tool) --help'"
    }

    /// The message ArgumentParser wrote for an error, in the tools' style: `Error: Unknown
    /// option '--x'` becomes `error: unknown option '--x'`.
    public static func styled(_ message: String) -> String {
        guard message.hasPrefix("Error: ") else { return message }
        let rest = message.dropFirst("Error: ".count)
        return "error: " + rest.prefix(1).lowercased() + rest.dropFirst()
    }

    /// Runs a tool's root command: a mistyped subcommand gets a guess and exit 2; errors end the
    /// process through ``exit(_:for:)``.
    public static func main<Command: ParsableCommand>(_ command: Command.Type, tool: String) {
        let known = Command.configuration.subcommands.map { $0._commandName } + ["help"]
        if let message = unknownSubcommand(Array(CommandLine.arguments.dropFirst()), known: known, tool: tool) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            var parsed = try Command.parseAsRoot()
            try parsed.run()
        } catch {
            exit(error, for: Command.self)
        }
    }

    /// Ends the process for an error a command threw: help and `--version` print and exit 0,
    /// usage errors print in the tools' style and exit 2, others exit with their code.
    public static func exit<Command: ParsableCommand>(_ error: any Error, for command: Command.Type) -> Never {
        let code = Command.exitCode(for: error)
        if code == .validationFailure {
            FileHandle.standardError.write(Data((styled(Command.fullMessage(for: error)) + "\n").utf8))
            Foundation.exit(2)
        }
        let message = Command.fullMessage(for: error)
        if code != .success, !message.isEmpty {
            FileHandle.standardError.write(Data((styled(message) + "\n").utf8))
            Foundation.exit(code.rawValue)
        }
        Command.exit(withError: error)
    }
}
