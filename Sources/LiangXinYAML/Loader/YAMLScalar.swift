/// A scalar as written: its text, its presentation style and its explicit tag, if any.
public struct YAMLScalar: Sendable, Hashable {
    /// How the scalar was written. Only plain scalars are resolved to non-strings.
    public enum Style: String, Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's text after YAML unescaping (may contain NUL).
    public let text: String
    /// The style it was written in.
    public let style: Style
    /// The explicit core-schema tag, e.g. `str` for `!!str`; nil when untagged.
    public let tag: CoreTag?

    /// Creates a scalar.
    public init(text: String, style: Style, tag: CoreTag? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }

    /// The value under the YAML 1.2 core schema: a quoted `"4"` stays a string.
    public var resolved: ResolvedScalar {
        CoreSchema.resolve(self)
    }
}

/// The tags of the YAML 1.2 core schema, the only ones a spec may use.
public enum CoreTag: String, Sendable, Hashable, CaseIterable {
    case str, int, float, bool, null, map, seq

    /// The full tag URI libyaml reports, e.g. `tag:yaml.org,2002:str`.
    public var uri: String { "tag:yaml.org,2002:\(rawValue)" }
}

/// A scalar's typed value under the core schema.
public enum ResolvedScalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    /// An integer literal that does not fit in 64 bits; kept as written.
    case oversizedInteger(String)
    case float(Double)
    case string(String)

    /// `a string`, `an integer`, … for error messages.
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer, .oversizedInteger: return "an integer"
        case .float: return "a number"
        case .string: return "a string"
        }
    }
}
