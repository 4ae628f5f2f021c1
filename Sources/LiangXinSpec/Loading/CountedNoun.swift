/// Counted nouns in the tools' messages: `1 change`, `2 changes`, `1 openapi file`.
public enum CountedNoun {
    /// `count` and the noun, plural unless the count is one.
    public static func text(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
