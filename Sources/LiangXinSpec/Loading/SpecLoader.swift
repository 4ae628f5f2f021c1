import LiangXinYAML

/// Stage one of the pipeline: spec files → YAML trees → checked spec model.
public enum SpecLoader {
    /// The outcome of loading: the specs when there is no error, and every diagnostic.
    public struct Result: Sendable {
        /// The checked specs, or nil when any file has an error.
        public var specs: SpecSet?
        /// Every problem, sorted by file, line and column.
        public var diagnostics: [Diagnostic]
        /// The models that parsed, even when others failed (for `lint` summaries).
        public var modelCount: Int
        /// The files read, for rendering the diagnostics with their source lines.
        public var sources: [SourceFile]

        /// Every diagnostic with its source line and caret, as `lint` prints them.
        public var renderedDiagnostics: String { DiagnosticRenderer(sources: sources).render(diagnostics) }
    }

    /// Reads a spec folder (`DIR/api.yaml`, `DIR/models/*.yaml`) and loads it: the one call a
    /// command, the sandbox or a test needs.
    public static func load(folder: String) throws(SpecDirectoryReader.Failure) -> Result {
        load(try SpecDirectoryReader.read(folder))
    }

    /// Loads, parses and checks every file, collecting all diagnostics before deciding.
    public static func load(_ files: SpecFiles) -> Result {
        load(files, reusing: nil)
    }

    /// Loads `files` as `load(_:)` does, but takes the parsed `api.yaml` and models of
    /// `previous` (a clean load of `previousFiles`) for the files whose name and bytes are the same:
    /// `liangxin-gen diff` parses only what changed. The checks across models still run on all.
    public static func load(_ files: SpecFiles, reusing previousFiles: SpecFiles, _ previous: SpecSet) -> Result {
        var models: [String: (bytes: [UInt8], model: ModelSpec)] = [:]
        let parsed = Dictionary(previous.models.map { (stem($0.file), $0) }, uniquingKeysWith: { first, _ in first })
        for file in previousFiles.models {
            if let model = parsed[stem(file.path)] { models[stem(file.path)] = (file.bytes, model) }
        }
        let api = previousFiles.api.map { (bytes: $0.bytes, api: previous.api) }
        return load(files, reusing: Reuse(api: api, models: models))
    }

    /// What a load may take from an earlier one instead of parsing it again.
    private struct Reuse: Sendable {
        /// `api.yaml`'s bytes and parsed spec.
        var api: (bytes: [UInt8], api: APISpec)?
        /// Each model's bytes and parsed spec, by file stem.
        var models: [String: (bytes: [UInt8], model: ModelSpec)]
    }

    /// Loads, parses and checks every file not taken from `reuse`.
    private static func load(_ files: SpecFiles, reusing reuse: Reuse?) -> Result {
        var diagnostics = DiagnosticCollector()
        var api: APISpec?
        if let file = files.api, let reused = reuse?.api, reused.bytes == file.bytes {
            api = reused.api
        } else if let file = files.api {
            if let root = parse(file, diagnostics: &diagnostics) {
                api = APISpecParser.parse(root, file: file.path, diagnostics: &diagnostics)
                if let api { SpecChecker.check(api, diagnostics: &diagnostics) }
            }
        } else {
            diagnostics.error(
                "missing api.yaml: the job API spec is required",
                at: FileLocation(file: files.root + "/api.yaml", line: 1, column: 1))
        }
        let ordered = files.models.map { (stem($0.path), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        let loadedModels = ParallelMap.map(ordered) { file -> (ModelSpec?, [Diagnostic]) in
            if let reused = reuse?.models[stem(file.path)], reused.bytes == file.bytes { return (reused.model, []) }
            return loadModel(file)
        }
        var models: [ModelSpec] = []
        for (model, fileDiagnostics) in loadedModels {
            diagnostics.append(contentsOf: fileDiagnostics)
            if let model { models.append(model) }
        }
        SpecChecker.check(models, diagnostics: &diagnostics)
        let specs = diagnostics.hasErrors ? nil : api.map { SpecSet(api: $0, models: models) }
        return Result(
            specs: specs, diagnostics: diagnostics.sorted, modelCount: models.count, sources: files.all)
    }

    /// One model file parsed and checked on its own, with its diagnostics.
    private static func loadModel(_ file: SourceFile) -> (ModelSpec?, [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        guard let root = parse(file, diagnostics: &diagnostics),
            let model = ModelSpecParser.parse(root, file: file.path, diagnostics: &diagnostics)
        else { return (nil, diagnostics.diagnostics) }
        let fileName = String(file.path.split(separator: "/").last ?? "")
        SpecChecker.check(model, fileName: fileName, diagnostics: &diagnostics)
        return (model, diagnostics.diagnostics)
    }

    /// The file name without folder and `.yaml`: models sort by id, so `a-b` precedes `a-b-c`.
    private static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
    }

    /// The largest spec file read, in bytes (4 MiB; a model spec is a few kilobytes): what a
    /// hostile file can cost is bounded by it.
    public static let maximumFileBytes = 4 << 20

    /// One file's YAML tree; an empty file and one over ``maximumFileBytes`` are errors.
    private static func parse(_ file: SourceFile, diagnostics: inout DiagnosticCollector) -> YAMLNode? {
        guard file.bytes.count <= maximumFileBytes else {
            diagnostics.error(
                "the file is larger than \(maximumFileBytes) bytes, the limit for a spec file",
                at: FileLocation(file: file.path, line: 1, column: 1))
            return nil
        }
        let loaded = YAMLLoader.load(file)
        diagnostics.append(contentsOf: loaded.diagnostics)
        guard loaded.diagnostics.isEmpty else { return nil }
        guard let root = loaded.root else {
            diagnostics.error("the file is empty", at: FileLocation(file: file.path, line: 1, column: 1))
            return nil
        }
        return root
    }
}
