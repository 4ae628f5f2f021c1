import LiangXinYAML

/// One model of LiangXin Market, as `specs/models/<id>.yaml` describes it.
public struct ModelSpec: Sendable {
    /// The model id sent as `model`, equal to the file name.
    public var id: Located<String>
    /// A short human title.
    public var title: String
    /// One or two sentences on what the model does.
    public var summary: String
    /// The family the documentation lists the model under (`Seedream`); its title when unset.
    public var family: String
    /// Why the model should no longer be used, when it should not.
    public var deprecation: String?
    /// Where the field tables come from.
    public var sources: [SourceLink]
    /// How much the spec can be trusted, and why.
    public var evidence: Evidence
    /// The fields of the `input` object, in spec order.
    public var input: [FieldSpec]
    /// Rules that span several input fields.
    public var rules: [CrossFieldRule]
    /// The spec file's display path.
    public var file: String

    /// Creates a model spec.
    public init(
        id: Located<String>, title: String, summary: String, deprecation: String?,
        sources: [SourceLink], evidence: Evidence, input: [FieldSpec], rules: [CrossFieldRule],
        file: String, family: String? = nil
    ) {
        self.family = family ?? title
        self.id = id
        self.title = title
        self.summary = summary
        self.deprecation = deprecation
        self.sources = sources
        self.evidence = evidence
        self.input = input
        self.rules = rules
        self.file = file
    }
}

/// A public page a spec is written from.
public struct SourceLink: Sendable, Hashable {
    /// What the page is, e.g. `LiangXin model page`.
    public var label: String
    /// Its address.
    public var url: String
}

/// How well the public evidence supports a spec.
public struct Evidence: Sendable, Hashable {
    /// The graded levels, best first.
    public enum Level: String, Sendable, CaseIterable {
        case high
        case medium
        case mediumLow = "medium-low"
        case low
    }

    /// The grade.
    public var level: Level
    /// What was thin, and what was assumed.
    public var note: String?
}
