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

    @Option(help: "The spec folder, holding api.yaml and models/*.yaml.")
    var specs: String = "specs"

    @Option(help: "The output folder.")
    var output: String = "Generated"

    @Flag(help: "Verify that the output folder is in sync; write nothing.")
    var check = false

    /// Loads the specs, generates in memory, then writes or checks.
    func run() throws {
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
                    plan.driftReport(outputName: folder.path, existing: existing, fixCommand: fixCommand),
                    terminator: "")
                throw ExitCode(1)
            }
            print("\(folder.path)/ is in sync with \(specs)/ (\(generated.count) files)")
            return
        }
        do {
            try folder.apply(plan)
        } catch {
            Terminal.printError("error: \(error.description)")
            throw ExitCode(1)
        }
        print(
            "\(folder.path)/: \(generated.count) files, \(plan.changed.count + plan.missing.count) written, "
                + "\(plan.extra.count) deleted, \(plan.unchanged) unchanged")
    }

    /// The exact command that brings the folder back in sync.
    private var fixCommand: String {
        var command = "swift run liangxin-gen generate"
        if specs != "specs" { command += " --specs \(specs)" }
        if output != "Generated" { command += " --output \(output)" }
        return command
    }
}
