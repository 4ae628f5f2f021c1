import LiangXinYAML

/// One difference between two spec sets, on both axes, located on both sides.
public struct SpecChange: Sendable, Hashable {
    /// What changed.
    public var kind: ChangeKind
    /// The model's id, or nil for `api.yaml`.
    public var model: String?
    /// Where inside the model or the API: `input.prompt`, `input.images[]`, `rules[1]`,
    /// `endpoints.createTask`; empty for the model itself.
    public var path: String
    /// The change in words: `maxLength 4096 → 2048`.
    public var detail: String
    /// Where it was, in the old spec.
    public var old: FileLocation?
    /// Where it is, in the new spec.
    public var new: FileLocation?
    /// What it does to Swift code written against the old SDK.
    public var source: SourceImpact
    /// What it does to the payloads the spec accepts.
    public var wire: WireImpact
    /// A createTask body the old spec accepts and the new one rejects, when the change rejects
    /// old payloads (found by ``WireOracle``).
    public var example: String?
    /// The issues the new spec reports for ``example``.
    public var exampleIssues: [String] = []
    /// A question for the reviewer: `renamed from seed?`.
    public var question: String?

    /// Creates a change.
    public init(
        kind: ChangeKind, model: String?, path: String, detail: String, old: FileLocation?, new: FileLocation?,
        source: SourceImpact, wire: WireImpact, question: String? = nil
    ) {
        self.kind = kind
        self.model = model
        self.path = path
        self.detail = detail
        self.old = old
        self.new = new
        self.source = source
        self.wire = wire
        self.question = question
    }

    /// The version bump this change alone needs.
    public var bump: VersionBump {
        if source == .breaking || wire.rejectsOldPayloads { return .major }
        if wire == .loosened || kind.isAddition { return .minor }
        return .patch
    }

    /// Whether it breaks anything: Swift source, or payloads the old spec accepted.
    public var isBreaking: Bool { bump == .major }
}
