/// One node of a YAML document, with the location it starts at.
///
/// The tree knows nothing about what a document means; the spec decoder gives it meaning.
public struct YAMLNode: Sendable {
    /// What a node holds.
    public indirect enum Content: Sendable {
        /// A scalar with its text, style and any core-schema tag.
        case scalar(YAMLScalar)
        /// A sequence, in document order.
        case sequence([YAMLNode])
        /// A mapping, in document order (keys are unique: the loader rejects duplicates).
        case mapping([YAMLPair])
    }

    /// Where the node starts.
    public let location: FileLocation
    /// What the node holds.
    public let content: Content

    /// Creates a node.
    public init(location: FileLocation, content: Content) {
        self.location = location
        self.content = content
    }

    /// The scalar, when this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs, when this node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// `a mapping`, `a sequence`, or the kind of scalar, for error messages.
    public var kindDescription: String {
        switch content {
        case .scalar(let scalar): return scalar.resolved.kindDescription
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }
}

/// One key-value pair of a mapping. Keys are nodes too, so their location is kept.
public struct YAMLPair: Sendable {
    /// The key node (the loader requires a scalar key).
    public let key: YAMLNode
    /// The value node.
    public let value: YAMLNode

    /// The key's text.
    public var name: String { key.scalar?.text ?? "" }

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
