import LiangXinYAML
import Testing

/// Loads YAML text as `t.yaml` and renders its diagnostics as the CLI prints them.
func renderedErrors(_ yaml: String) -> String {
    renderedErrors(bytes: Array(yaml.utf8))
}

/// Loads raw bytes as `t.yaml` and renders its diagnostics as the CLI prints them.
func renderedErrors(bytes: [UInt8]) -> String {
    let file = SourceFile(path: "t.yaml", bytes: bytes)
    let result = YAMLLoader.load(file)
    return DiagnosticRenderer(sources: [file]).render(result.diagnostics)
}

/// Loads YAML text that must be valid and returns its root.
func loadedRoot(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    -> YAMLNode
{
    let result = YAMLLoader.load(SourceFile(path: "t.yaml", text: yaml))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)", sourceLocation: sourceLocation)
    return try #require(result.root, sourceLocation: sourceLocation)
}
