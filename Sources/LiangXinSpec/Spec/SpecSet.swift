import LiangXinYAML

/// Everything under `specs/`: the job API and every model, models sorted by id.
public struct SpecSet: Sendable {
    /// The job API from `api.yaml`.
    public var api: APISpec
    /// The models from `models/*.yaml`, sorted by file name.
    public var models: [ModelSpec]

    /// Creates a spec set.
    public init(api: APISpec, models: [ModelSpec]) {
        self.api = api
        self.models = models
    }
}

/// The raw files of a spec folder, before parsing.
public struct SpecFiles: Sendable {
    /// `api.yaml`, when the folder has one.
    public var api: SourceFile?
    /// `models/*.yaml`, in any order (the loader sorts them).
    public var models: [SourceFile]
    /// The folder's display path, e.g. `specs`.
    public var root: String

    /// Creates a set of spec files.
    public init(root: String, api: SourceFile?, models: [SourceFile]) {
        self.root = root
        self.api = api
        self.models = models
    }

    /// Every file, for quoting source lines in diagnostics.
    public var all: [SourceFile] { (api.map { [$0] } ?? []) + models }
}
