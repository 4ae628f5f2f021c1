import LiangXinRuntime
import LiangXinYAML

/// Reads one `specs/models/<id>.yaml` node tree into a ``ModelSpec``.
enum ModelSpecParser {
    /// The keys of a model file.
    static let topKeys = [
        "id", "title", "family", "summary", "deprecated", "sources", "evidence", "input", "rules",
    ]
    /// The keys of one `sources:` entry.
    static let sourceKeys = ["label", "url"]
    /// The keys of `evidence:`.
    static let evidenceKeys = ["level", "note"]
    /// The keys of one `rules:` entry.
    static let ruleKeys = ["rule", "fields", "limit", "description"]
    /// The rule names.
    static let ruleNames = ["together", "maxTotalItems", "precedence"]

    /// The model, or nil when required parts are missing (every problem is reported).
    static func parse(_ root: YAMLNode, file: String, diagnostics: inout DiagnosticCollector)
        -> ModelSpec?
    {
        guard let reader = MappingReader(root, what: "a model spec", diagnostics: &diagnostics) else {
            return nil
        }
        reader.reportUnknownKeys(allowed: topKeys, diagnostics: &diagnostics)
        let id = reader.string("id", required: true, diagnostics: &diagnostics)
        let title = reader.string("title", required: true, diagnostics: &diagnostics)
        let summary = reader.string("summary", required: true, diagnostics: &diagnostics)
        let family = reader.string("family", diagnostics: &diagnostics)?.value
        let deprecation = reader.string("deprecated", diagnostics: &diagnostics)?.value
        let sources = reader.requireKey("sources", diagnostics: &diagnostics).map {
            sourceLinks($0, diagnostics: &diagnostics)
        }
        let evidence = reader.requireKey("evidence", diagnostics: &diagnostics).flatMap {
            self.evidence($0, diagnostics: &diagnostics)
        }
        let inputNode = reader.requireKey("input", diagnostics: &diagnostics)
        let input = inputNode.map {
            SchemaParser(allowsServerFormats: false).fields(
                $0, what: "'input'", diagnostics: &diagnostics)
        }
        if let inputNode, input?.isEmpty == true, inputNode.mapping?.isEmpty == true {
            diagnostics.error("'input' must declare at least one field", at: inputNode.location)
        }
        let rules = reader.value("rules").map { self.rules($0, diagnostics: &diagnostics) } ?? []
        guard let id, let title, let summary, let sources, let evidence, let input else { return nil }
        return ModelSpec(
            id: id, title: title.value, summary: summary.value, deprecation: deprecation,
            sources: sources, evidence: evidence, input: input, rules: rules, file: file, family: family)
    }

    /// `sources:`: a non-empty list of `{label, url}`.
    private static func sourceLinks(_ node: YAMLNode, diagnostics: inout DiagnosticCollector)
        -> [SourceLink]
    {
        guard let items = node.sequence else {
            diagnostics.error(
                "'sources' must be a sequence, not \(node.kindDescription)", at: node.location)
            return []
        }
        if items.isEmpty {
            diagnostics.error("'sources' must list at least one page", at: node.location)
        }
        return items.compactMap { item in
            guard let reader = MappingReader(item, what: "a source", diagnostics: &diagnostics) else {
                return nil
            }
            reader.reportUnknownKeys(allowed: sourceKeys, diagnostics: &diagnostics)
            let label = reader.string("label", required: true, diagnostics: &diagnostics)
            let url = reader.string("url", required: true, diagnostics: &diagnostics)
            if let url, !(url.value.hasPrefix("https://") || url.value.hasPrefix("http://")) {
                diagnostics.error(
                    "source url '\(url.value)' must start with https:// or http://", at: url.location)
            }
            guard let label, let url else { return nil }
            return SourceLink(label: label.value, url: url.value)
        }
    }

    /// `evidence:`: a level and an optional note.
    private static func evidence(_ node: YAMLNode, diagnostics: inout DiagnosticCollector)
        -> Evidence?
    {
        guard let reader = MappingReader(node, what: "'evidence'", diagnostics: &diagnostics) else {
            return nil
        }
        reader.reportUnknownKeys(allowed: evidenceKeys, diagnostics: &diagnostics)
        let note = reader.string("note", diagnostics: &diagnostics)?.value
        guard let level = reader.string("level", required: true, diagnostics: &diagnostics) else {
            return nil
        }
        guard let parsed = Evidence.Level(rawValue: level.value) else {
            let names = Evidence.Level.allCases.map(\.rawValue)
            let hint =
                Suggestion.closest(to: level.value, among: names).map { "; did you mean '\($0)'?" }
                ?? "; expected one of " + names.joined(separator: ", ")
            diagnostics.error("unknown evidence level '\(level.value)'\(hint)", at: level.location)
            return nil
        }
        return Evidence(level: parsed, note: note)
    }

    /// `rules:`: cross-field rules.
    private static func rules(_ node: YAMLNode, diagnostics: inout DiagnosticCollector)
        -> [CrossFieldRule]
    {
        guard let items = node.sequence else {
            diagnostics.error(
                "'rules' must be a sequence, not \(node.kindDescription)", at: node.location)
            return []
        }
        return items.compactMap { rule($0, diagnostics: &diagnostics) }
    }

    /// One rule: `{rule: together, fields: [width, height]}`.
    private static func rule(_ node: YAMLNode, diagnostics: inout DiagnosticCollector)
        -> CrossFieldRule?
    {
        guard let reader = MappingReader(node, what: "a rule", diagnostics: &diagnostics) else {
            return nil
        }
        reader.reportUnknownKeys(allowed: ruleKeys, diagnostics: &diagnostics)
        let name = reader.string("rule", required: true, diagnostics: &diagnostics)
        let fields = reader.strings("fields", required: true, diagnostics: &diagnostics)
        let description = reader.string("description", diagnostics: &diagnostics)?.value
        let limit = reader.integer("limit", diagnostics: &diagnostics)
        guard let name, let fields else { return nil }
        let kind: CrossFieldRule.Kind
        switch name.value {
        case "together", "precedence":
            kind = name.value == "together" ? .together : .precedence
            if let limit {
                diagnostics.error("'limit' applies only to maxTotalItems rules", at: limit.location)
            }
        case "maxTotalItems":
            guard let limit else {
                if reader.value("limit") == nil {
                    diagnostics.error("missing required key 'limit'", at: node.location)
                }
                return nil
            }
            guard limit.value >= 1 else {
                diagnostics.error("'limit' must be at least 1, not \(limit.value)", at: limit.location)
                return nil
            }
            kind = .maxTotalItems(limit: limit.value)
        default:
            let hint =
                Suggestion.closest(to: name.value, among: ruleNames).map { "; did you mean '\($0)'?" }
                ?? "; expected one of " + ruleNames.joined(separator: ", ")
            diagnostics.error("unknown rule '\(name.value)'\(hint)", at: name.location)
            return nil
        }
        return CrossFieldRule(
            kind: kind, fields: fields, description: description, location: node.location)
    }
}
