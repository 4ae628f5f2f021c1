import Foundation
import LiangXinSpec
import LiangXinYAML

/// The generator's stages, end to end, in memory:
/// spec files → (load, parse, check) → spec model → (translate) → structured Swift
/// → (render) → generated files. The CLI only reads the inputs and writes the outputs.
public struct GeneratorPipeline: Sendable {
    /// The folder generated files go under, inside the output folder.
    public var moduleFolder: String

    /// The folder the job API's types go under, inside the output folder.
    public var apiModuleFolder: String

    /// Whether JSON Schemas and the OpenAPI document are generated under `schemas/`.
    public var exportsSchemas: Bool

    /// Creates a pipeline that writes the `LiangXin` and `LiangXinAPI` module folders and the
    /// schema exports.
    public init(moduleFolder: String = "LiangXin", apiModuleFolder: String = "LiangXinAPI", exportsSchemas: Bool = true)
    {
        self.moduleFolder = moduleFolder
        self.apiModuleFolder = apiModuleFolder
        self.exportsSchemas = exportsSchemas
    }

    /// Only the exported schemas (`jsonschema`: per model and createTask; `openapi`).
    public func exports(_ specs: SpecSet, specsFolder: String, openAPI: Bool) -> [GeneratedFile] {
        SchemaExporter(specs: specs, specsFolder: specsFolder).files().filter {
            ($0.path == "schemas/openapi.json") == openAPI
        }
    }

    /// The outcome: the files when the specs are clean, and every diagnostic.
    public struct Result: Sendable {
        /// The generated files sorted by path, or nil when any spec has an error.
        public var files: [GeneratedFile]?
        /// Every spec diagnostic.
        public var diagnostics: [Diagnostic]
    }

    /// Runs every stage on spec files.
    public func run(_ files: SpecFiles) -> Result {
        let loaded = SpecLoader.load(files)
        guard let specs = loaded.specs else {
            return Result(files: nil, diagnostics: loaded.diagnostics)
        }
        let specsFolder = Self.folderName(files.root)
        let builtIn = SwiftRenderer.render(BuiltInSpecsTranslator(files: files, specsFolder: specsFolder).file())
        return Result(
            files: (generate(specs, specsFolder: specsFolder) + [builtIn]).sorted { $0.path < $1.path },
            diagnostics: loaded.diagnostics)
    }

    /// Translates and renders checked specs.
    public func generate(_ specs: SpecSet, specsFolder: String) -> [GeneratedFile] {
        let moduleFolder = self.moduleFolder
        var rendered = ParallelMap.map(specs.models) { model in
            let fileName = String(model.file.split(separator: "/").last ?? "")
            let file = ModelTranslator(model: model, source: "\(specsFolder)/models/\(fileName)")
                .translate(moduleFolder: moduleFolder)
            return SwiftRenderer.render(file)
        }
        rendered.append(
            SwiftRenderer.render(
                RegistryTranslator(models: specs.models, specsFolder: specsFolder).translate(
                    moduleFolder: moduleFolder)))
        let apiSource = "\(specsFolder)/api.yaml"
        rendered += APITranslator(api: specs.api, source: apiSource).translate(moduleFolder: apiModuleFolder)
            .map(SwiftRenderer.render)
        rendered += CatalogPages(specs: specs, specsFolder: specsFolder).files(
            moduleFolder: moduleFolder, apiModuleFolder: apiModuleFolder)
        if exportsSchemas { rendered += SchemaExporter(specs: specs, specsFolder: specsFolder).files() }
        return rendered.sorted { $0.path < $1.path }
    }

    /// The last component of the spec folder (`specs`), so headers never hold absolute paths.
    /// `specs`, `./specs`, `specs/`, `/repo/specs` and `.` inside it all give `specs`: the path
    /// is made absolute and `.` and `..` resolved first, so headers do not depend on how the
    /// folder was named on the command line.
    static func folderName(_ root: String) -> String {
        let absolute = URL(fileURLWithPath: root).standardizedFileURL.path
        return absolute.split(separator: "/").last.map(String.init) ?? "specs"
    }
}
