import LiangXinYAML

/// A rule that spans several fields of a model's input.
public struct CrossFieldRule: Sendable {
    /// What the rule requires.
    public enum Kind: Sendable, Hashable {
        /// If any of the fields is given, all of them must be (flux-2-pro `width` and `height`).
        case together
        /// The fields together hold at most `limit` items: an array counts its items,
        /// any other given field counts one.
        case maxTotalItems(limit: Int)
        /// When several are given, the first wins (documentation: the service resolves it).
        case precedence

        /// The spelling used in specs.
        public var name: String {
            switch self {
            case .together: return "together"
            case .maxTotalItems: return "maxTotalItems"
            case .precedence: return "precedence"
            }
        }
    }

    /// What the rule requires.
    public var kind: Kind
    /// The wire names of the fields it spans, in spec order.
    public var fields: [Located<String>]
    /// Why the rule exists, in the service's words.
    public var description: String?
    /// Where the rule is written.
    public var location: FileLocation

    /// Creates a rule.
    public init(kind: Kind, fields: [Located<String>], description: String?, location: FileLocation) {
        self.kind = kind
        self.fields = fields
        self.description = description
        self.location = location
    }
}
