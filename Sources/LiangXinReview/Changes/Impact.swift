/// Whether Swift code written against the old generated SDK still compiles against the new one.
public enum SourceImpact: String, Sendable, Hashable, Codable, Comparable {
    /// It compiles: an added optional field, a new model, a loosened limit.
    case compatible
    /// It may not: a removed or retyped property, case or type, a new required parameter of a
    /// memberwise init, a new case that exhaustive `switch`es do not handle.
    case breaking

    /// Breaking sorts after compatible.
    public static func < (lhs: SourceImpact, rhs: SourceImpact) -> Bool { lhs == .compatible && rhs == .breaking }
}

/// How the set of payloads the spec accepts moved.
public enum WireImpact: String, Sendable, Hashable, Codable {
    /// The same payloads are accepted (a description, a default, a deprecation note).
    case unchanged
    /// Every payload the old spec accepted is still accepted, and some more are.
    case loosened
    /// Some payloads the old spec accepted are now rejected: breaking for clients.
    case tightened
    /// Both: some old payloads are now rejected, some new ones accepted (a changed pattern).
    case changed

    /// Whether some payload the old spec accepted may now be rejected.
    public var rejectsOldPayloads: Bool { self == .tightened || self == .changed }
}

/// The semantic-version bump a set of changes needs.
public enum VersionBump: String, Sendable, Hashable, Codable, Comparable {
    /// Nothing changed.
    case none
    /// Documentation only: descriptions, defaults, deprecation notes, the polling policy.
    case patch
    /// Additions: new models and optional fields, loosened limits, aliases.
    case minor
    /// Something breaks: Swift source, or payloads that used to be accepted.
    case major

    /// The order of the cases: none < patch < minor < major.
    private var rank: Int {
        switch self {
        case .none: return 0
        case .patch: return 1
        case .minor: return 2
        case .major: return 3
        }
    }

    /// Orders bumps by size.
    public static func < (lhs: VersionBump, rhs: VersionBump) -> Bool { lhs.rank < rhs.rank }
}
