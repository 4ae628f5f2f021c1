/// A regular expression from a spec, compiled once and matched against whole strings.
public final class Pattern: @unchecked Sendable {
    /// The expression as the spec wrote it.
    public let source: String
    // Regex is not Sendable; it is only read after initialization, so sharing is safe.
    private let regex: Regex<AnyRegexOutput>?

    /// Compiles `source`; an expression that does not compile matches nothing.
    public init(_ source: String) {
        self.source = source
        self.regex = try? Regex(source)
    }

    /// Whether the whole of `text` matches.
    public func matches(_ text: String) -> Bool {
        guard let regex else { return false }
        return (try? regex.wholeMatch(in: text)) != nil
    }
}
