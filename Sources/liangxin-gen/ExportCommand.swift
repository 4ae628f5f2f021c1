import ArgumentParser
import LiangXinGenerator
import LiangXinSpec
import LiangXinYAML

/// `liangxin-gen export jsonschema|openapi`: writes the specs for other ecosystems.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write JSON Schemas (draft 2020-12) or an OpenAPI 3.1 document from the specs.",
        discussion: """
            jsonschema writes schemas/models/<id>.schema.json and schemas/createTask.schema.json; \
            openapi writes schemas/openapi.json. `generate` writes them too, so the sync check \
            covers them; this command refreshes only the chosen kind, or writes it elsewhere.
            """
    )

    /// What to export.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case jsonschema, openapi
    }

    @Argument(help: "jsonschema or openapi.")
    var kind: Kind

    @Option(help: "The spec folder (default: specs/ at or above the current directory).")
    var specs: String?

    @Option(help: "The output folder; files go under its schemas/ folder (default: Generated/ beside the specs).")
    var output: String?

    /// Loads the specs and writes the chosen exports (only files whose bytes change).
    func run() throws {
        let specs = try SpecFolder.resolve(self.specs, failureCode: 1)
        let output = self.output ?? SpecFolder.output(beside: specs)
        let specSet = try SpecFolder.specs(
            specs, failureCode: 1, failure: "the specs have errors; \(output)/ was not touched")
        let folderName = specs.split(separator: "/").last.map(String.init) ?? "specs"
        let exported = GeneratorPipeline().exports(
            specSet, specsFolder: folderName, openAPI: kind == .openapi)
        let folder = OutputFolder(path: output)
        let owned = folder.generatorOwnedFiles().filter { path, _ in
            kind == .openapi
                ? path == "schemas/openapi.json"
                : path.hasPrefix("schemas/") && path.hasSuffix(".schema.json")
        }
        let plan = SyncPlan(generated: exported, existing: owned)
        do {
            try folder.apply(plan)
        } catch {
            Terminal.printError("error: \(error.description)")
            throw ExitCode(1)
        }
        print(
            "\(folder.path)/schemas: \(CountedNoun.text(exported.count, kind.rawValue + " file")), \(plan.changed.count + plan.missing.count) written, \(plan.extra.count) deleted"
        )
    }
}
