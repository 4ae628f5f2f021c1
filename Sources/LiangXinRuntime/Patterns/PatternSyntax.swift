/// The parsed form of a spec pattern: the ECMA-262 subset that can be matched in linear time.
public indirect enum PatternNode: Hashable, Sendable {
    /// Matches the empty string.
    case empty
    /// One scalar from the set.
    case scalars(ScalarSet)
    /// Each part in turn.
    case sequence([PatternNode])
    /// Any one of the alternatives.
    case alternation([PatternNode])
    /// `node` between `minimum` and `maximum` times (nil: no upper bound).
    case repetition(PatternNode, minimum: Int, maximum: Int?)
    /// A zero-width assertion.
    case assertion(PatternAssertion)
}

/// The zero-width assertions of the subset.
public enum PatternAssertion: Hashable, Sendable {
    /// `^`: the start of the string (patterns have no multiline flag).
    case start
    /// `$`: the end of the string.
    case end
    /// `\b`: between a word character (`[A-Za-z0-9_]`) and a non-word one or an end.
    case wordBoundary
    /// `\B`: not at a word boundary.
    case notWordBoundary
}

/// Why a pattern is not in the subset, and where: `offset` counts Unicode scalars from the
/// start of the pattern.
public struct PatternSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. `backreference \1 is not supported`.
    public let message: String
    /// The offending construct's position, in scalars from the pattern's start.
    public let offset: Int

    /// An error at a position.
    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// The message and its position.
    public var description: String { "\(message) (at character \(offset + 1))" }
}

/// The limits that keep a pattern's compiled program small.
public enum PatternLimits {
    /// The largest count a `{m,n}` quantifier may give.
    public static let maximumRepetition = 1000
    /// The most instructions a compiled pattern may have (a repetition copies its body).
    public static let maximumProgramSize = 20_000
    /// How deeply groups may nest.
    public static let maximumNesting = 100
}
