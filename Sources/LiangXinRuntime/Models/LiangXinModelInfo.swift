/// What a model is, besides its input: its id, title, summary and deprecation note.
public struct LiangXinModelInfo: Hashable, Sendable {
    /// The id sent as `model`, e.g. `z-image`.
    public let id: String
    /// A short human title.
    public let title: String
    /// What the model does.
    public let summary: String
    /// Why the model should not be used any more, when it should not.
    public let deprecation: String?

    /// Creates the info of a model.
    public init(id: String, title: String, summary: String, deprecation: String?) {
        self.id = id
        self.title = title
        self.summary = summary
        self.deprecation = deprecation
    }
}
