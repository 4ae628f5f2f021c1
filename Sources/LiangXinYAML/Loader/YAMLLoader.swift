/// Loads one YAML document into a located node tree, with every problem as a diagnostic.
///
/// It accepts the subset of YAML a spec needs and rejects the rest with a located error:
/// duplicate keys, anchors and aliases, a second document, tags outside the core schema,
/// non-scalar keys, nesting deeper than ``maximumDepth``, reader errors and syntax errors.
public enum YAMLLoader {
    /// How deep sequences and mappings may nest before the loader stops.
    public static let maximumDepth = 64

    /// The outcome of loading: the root (nil for an empty file or a syntax error) and diagnostics.
    public struct Result: Sendable {
        /// The document's root node, or nil when there is none.
        public var root: YAMLNode?
        /// Every problem found, in document order.
        public var diagnostics: [Diagnostic]
    }

    /// Parses a file. Semantic problems are collected; a syntax error ends parsing.
    public static func load(_ file: SourceFile) -> Result {
        var composer = YAMLComposer(file: file)
        composer.run(LibYAMLEventStream(bytes: file.bytes))
        return Result(
            root: composer.diagnostics.isEmpty ? composer.root : nil,
            diagnostics: composer.diagnostics)
    }
}
