import LiangXinYAML

/// Reads an `enum:` list: plain strings, or mappings with `value`, `description` and `aliases`.
enum EnumParser {
    /// The keys of one enum entry written as a mapping.
    static let entryKeys = ["value", "description", "aliases"]

    /// The enum values in spec order; malformed entries are reported and skipped.
    static func values(_ node: YAMLNode, diagnostics: inout DiagnosticCollector) -> [EnumValueSpec] {
        guard let items = node.sequence else {
            diagnostics.error("'enum' must be a sequence, not \(node.kindDescription)", at: node.location)
            return []
        }
        return items.compactMap { entry($0, diagnostics: &diagnostics) }
    }

    /// One entry: `png` or `{value: widescreen_16_9, aliases: ["16:9"], description: …}`.
    private static func entry(_ node: YAMLNode, diagnostics: inout DiagnosticCollector)
        -> EnumValueSpec?
    {
        if node.mapping == nil {
            guard let value = ValueReader.string(node, key: "enum value", diagnostics: &diagnostics)
            else { return nil }
            return EnumValueSpec(
                value: value.value, location: value.location, description: nil, aliases: [])
        }
        guard let reader = MappingReader(node, what: "an enum value", diagnostics: &diagnostics) else {
            return nil
        }
        reader.reportUnknownKeys(allowed: entryKeys, diagnostics: &diagnostics)
        let description = reader.string("description", diagnostics: &diagnostics)?.value
        let aliases = reader.strings("aliases", diagnostics: &diagnostics) ?? []
        guard let value = reader.string("value", required: true, diagnostics: &diagnostics) else {
            return nil
        }
        return EnumValueSpec(
            value: value.value, location: value.location, description: description, aliases: aliases)
    }
}
