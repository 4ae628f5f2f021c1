import ArgumentParser
import Foundation
import LiangXinReview
import LiangXinSpec

/// `liangxin-gen diff OLD NEW` or `liangxin-gen diff --base REV`: what a spec change means for
/// Swift source and for the payloads in flight, with the version bump it needs.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Classify the changes between two spec folders: Swift source, wire, and the version bump.",
        discussion: """
            Each change is classified twice: does Swift code written against the old SDK still \
            compile (source), and does the new spec still accept every payload the old one \
            accepted (wire: unchanged, loosened, tightened, changed)? Wire verdicts are checked \
            with payloads: a change that rejects old payloads comes with one such body.
            Exit codes: 0, or 1 when --fail-on is met; 2 for usage errors and unreadable or \
            invalid specs.
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case human, markdown, json
    }

    @Argument(help: "The old spec folder (omit with --base).")
    var old: String?

    @Argument(help: "The new spec folder (default: specs/ at or above the current directory).")
    var new: String?

    @Option(help: "Compare the spec folder at this git revision with the working tree's.")
    var base: String?

    @Option(help: "The output format.")
    var format: Format = .human

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a change is at least this bad.")
    var failOn: FailureThreshold = .none

    /// Loads both sides, diffs them, prints the report and sets the exit code.
    func run() throws {
        let (oldFiles, newFolder) = try sides()
        let newFiles = try SpecFolder.files(newFolder, failureCode: 2)
        let newSpecs = try SpecFolder.checked(
            newFiles, failureCode: 2, failure: "the new specs (\(newFolder)) have errors")
        // Files the change left alone are not parsed twice.
        let oldSpecs = try SpecFolder.checked(
            oldFiles, reusing: (newFiles, newSpecs), failureCode: 2,
            failure: "the old specs (\(oldFiles.root)) have errors")
        let report = DiffReport(old: oldSpecs, new: newSpecs, oldName: oldFiles.root, newName: newFolder)
        switch format {
        case .human: print(HumanReport(report, colored: isatty(STDOUT_FILENO) == 1).text, terminator: "")
        case .markdown: print(MarkdownReport(report).text, terminator: "")
        case .json: print(JSONReport(report).text, terminator: "")
        }
        if report.fails(on: failOn) { throw ExitCode(1) }
    }

    /// The old side's files and the new side's folder, from the arguments.
    private func sides() throws -> (SpecFiles, String) {
        if let base {
            guard new == nil else { throw ValidationError("give one folder with --base, not two") }
            let folder = try SpecFolder.resolve(old, failureCode: 2)
            do {
                return (try GitRevision.specFiles(folder: folder, revision: base), folder)
            } catch {
                Terminal.printError("error: \(error.description)")
                throw ExitCode(2)
            }
        }
        guard let old else { throw ValidationError("give OLD and NEW spec folders, or --base REV") }
        return (try SpecFolder.files(old, failureCode: 2), try SpecFolder.resolve(new, failureCode: 2))
    }
}

extension FailureThreshold: ExpressibleByArgument {}
