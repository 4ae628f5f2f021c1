import ArgumentParser
import LiangXinGenerator
import LiangXinSpec

/// `liangxin-gen lint [DIR]`: prints every spec diagnostic and a summary; exits 1 on errors.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check every spec file and print each problem with its location."
    )

    @Argument(
        help: "The spec folder, holding api.yaml and models/*.yaml (default: specs/ at or above the current directory)."
    )
    var directory: String?

    /// Reads the folder, prints the report, and fails when it has errors.
    func run() throws {
        let files = try SpecFolder.files(try SpecFolder.resolve(directory, failureCode: 1), failureCode: 1)
        let report = LintReport(files: files)
        print(report.text, terminator: "")
        if report.failed { throw ExitCode(1) }
    }
}
