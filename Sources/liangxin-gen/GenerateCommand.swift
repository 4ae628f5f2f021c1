import ArgumentParser
import LiangXinGenerator
import LiangXinSpec
import LiangXinYAML

/// `liangxin-gen generate [--check]`: writes the SDK into the output folder, or verifies it.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the Swift SDK from the specs, or check that it is in sync.",
        discussion: """
            Writes only files whose bytes change, deletes generated files that are no longer \
            produced, and writes nothing at all when any spec has an error. With --check it \
            writes nothing, prints the drift as a unified diff, and exits 1 when out of sync.
            """
    )

    @Option(
        help: "The spec folder, holding api.yaml and models/*.yaml (default: specs/ at or above the current directory)."
    )
    var specs: String?

    @Option(help: "The output folder (default: Generated/ beside the spec folder).")
    var output: String?

    @Flag(help: "Verify that the output folder is in sync; write nothing.")
    var check = false

    /// Loads the specs, generates in memory, then writes or checks.
    func run() throws {
        let specs = try SpecFolder.resolve(self.specs, failureCode: 1)
        let output = self.output ?? SpecFolder.output(beside: specs)
        let files = try SpecFolder.files(specs, failureCode: 1)
        let result = GeneratorPipeline().run(files)
        let renderer = DiagnosticRenderer(sources: files.all)
        if !result.diagnostics.isEmpty { Terminal.printError(renderer.render(result.diagnostics)) }
        guard let generated = result.files else {
            Terminal.printError("error: the specs have errors; \(output)/ was not touched")
            throw ExitCode(1)
        }
        let folder = OutputFolder(path: output)
        let existing = folder.generatorOwnedFiles()
        let plan = SyncPlan(generated: generated, existing: existing)
        if check {
            guard plan.isInSync else {
                print(
                    plan.driftReport(
                        outputName: folder.path, existing: existing, fixCommand: fixCommand(specs, output)),
                    terminator: "")
                throw ExitCode(1)
            }
            print("\(folder.path)/ is in sync with \(specs)/ (\(CountedNoun.text(generated.count, "file")))")
            return
        }
        do {
            try folder.apply(plan)
        } catch {
            Terminal.printError("error: \(error.description)")
            throw ExitCode(1)
        }
        print(
            "\(folder.path)/: \(CountedNoun.text(generated.count, "file")), \(plan.changed.count + plan.missing.count) written, "
                + "\(plan.extra.count) deleted, \(plan.unchanged) unchanged")
    }

    /// The exact command that brings the folder back in sync.
    private func fixCommand(_ specs: String, _ output: String) -> String {
        var command = "swift run liangxin-gen generate"
        if specs != "specs" { command += " --specs \(specs)" }
        if output != "Generated" { command += " --output \(output)" }
        return command
    }
}
