import LiangXinRuntime
import LiangXinYAML

/// Turns field and schema mappings into ``FieldSpec`` and ``SchemaSpec`` values.
///
/// It checks the shape of each mapping (known keys, value types, which keys apply to which
/// type); the ``SpecChecker`` checks what the values mean together.
struct SchemaParser {
    /// The keys of a schema (an array's `items`, a JSON string's `content`).
    static let schemaKeys = [
        "type", "description", "nullable", "default", "enum", "open", "minLength", "maxLength",
        "minimum", "maximum", "pattern", "format", "items", "minItems", "maxItems", "fields", "content",
    ]
    /// The keys of a field: a schema's keys and `required`.
    static let fieldKeys = schemaKeys + ["required"]
    /// The keys that apply to a schema of `type` (all of them when the type is unknown): the
    /// only ones a did-you-mean suggests.
    static func keys(applyingTo type: String?, field: Bool) -> [String] {
        let common = ["type", "description", "nullable", "default"] + (field ? ["required"] : [])
        switch type {
        case "string": return common + ["minLength", "maxLength", "pattern", "format", "enum", "open", "content"]
        case "integer": return common + ["minimum", "maximum", "format"]
        case "number": return common + ["minimum", "maximum"]
        case "boolean": return common
        case "array": return common + ["items", "minItems", "maxItems"]
        case "object": return common + ["fields"]
        default: return field ? fieldKeys : schemaKeys
        }
    }

    /// The type names, in the order error messages list them.
    static let typeNames = ["string", "integer", "number", "boolean", "array", "object"]

    /// Whether api.yaml-only formats are allowed.
    let allowsServerFormats: Bool

    /// The fields of a mapping from wire name to field mapping, in spec order.
    func fields(_ node: YAMLNode, what: String, diagnostics: inout DiagnosticCollector) -> [FieldSpec] {
        guard let reader = MappingReader(node, what: what, diagnostics: &diagnostics) else { return [] }
        return reader.keys.compactMap { pair in
            field(named: pair.name, at: pair.key.location, node: pair.value, diagnostics: &diagnostics)
        }
    }

    /// One field from its mapping.
    func field(
        named name: String, at location: FileLocation, node: YAMLNode,
        diagnostics: inout DiagnosticCollector
    ) -> FieldSpec? {
        guard let reader = MappingReader(node, what: "field '\(name)'", diagnostics: &diagnostics)
        else {
            return nil
        }
        reader.reportUnknownKeys(
            allowed: Self.fieldKeys, suggesting: Self.keys(applyingTo: Self.typeName(reader), field: true),
            diagnostics: &diagnostics)
        let required = reader.bool("required", diagnostics: &diagnostics)?.value ?? false
        guard let schema = schema(reader, diagnostics: &diagnostics) else { return nil }
        return FieldSpec(name: name, location: location, required: required, schema: schema)
    }

    /// A schema from a mapping that is only a schema (no `required`).
    func schema(_ node: YAMLNode, what: String, diagnostics: inout DiagnosticCollector) -> SchemaSpec? {
        guard let reader = MappingReader(node, what: what, diagnostics: &diagnostics) else {
            return nil
        }
        reader.reportUnknownKeys(
            allowed: Self.schemaKeys, suggesting: Self.keys(applyingTo: Self.typeName(reader), field: false),
            diagnostics: &diagnostics)
        return schema(reader, diagnostics: &diagnostics)
    }

    /// The text of a mapping's `type:` when it is a plain string, before it is checked.
    private static func typeName(_ reader: MappingReader) -> String? {
        guard case .string(let name)? = reader.value("type")?.scalar?.resolved else { return nil }
        return name
    }

    /// The schema keys of a mapping whose unknown keys were already reported.
    private func schema(_ reader: MappingReader, diagnostics: inout DiagnosticCollector)
        -> SchemaSpec?
    {
        guard let type = reader.string("type", required: true, diagnostics: &diagnostics) else {
            return nil
        }
        guard let kind = kind(type, reader: reader, diagnostics: &diagnostics) else { return nil }
        var schema = SchemaSpec(location: reader.node.location, typeLocation: type.location, kind: kind)
        schema.description = reader.string("description", diagnostics: &diagnostics)?.value
        schema.nullable = reader.bool("nullable", diagnostics: &diagnostics)?.value ?? false
        if let node = reader.value("default"),
            let value = ValueReader.literal(node, diagnostics: &diagnostics)
        {
            schema.defaultValue = Located(value, at: node.location)
        }
        readConstraints(into: &schema, reader: reader, diagnostics: &diagnostics)
        return schema
    }

    /// The kind named by `type:`, reading `items` or `fields` for containers.
    private func kind(
        _ type: Located<String>, reader: MappingReader, diagnostics: inout DiagnosticCollector
    ) -> SchemaSpec.Kind? {
        switch type.value {
        case "string": return .string
        case "integer": return .integer
        case "number": return .number
        case "boolean": return .boolean
        case "array":
            guard let itemsNode = reader.requireKey("items", diagnostics: &diagnostics),
                let items = schema(itemsNode, what: "'items'", diagnostics: &diagnostics)
            else { return nil }
            return .array(items: items)
        case "object":
            guard let fieldsNode = reader.requireKey("fields", diagnostics: &diagnostics) else {
                return nil
            }
            return .object(fields: fields(fieldsNode, what: "'fields'", diagnostics: &diagnostics))
        default:
            let hint =
                Suggestion.closest(to: type.value, among: Self.typeNames).map { "; did you mean '\($0)'?" }
                ?? "; expected one of " + Self.typeNames.joined(separator: ", ")
            diagnostics.error("unknown type '\(type.value)'\(hint)", at: type.location)
            return nil
        }
    }

    /// The constraint keys, each checked to apply to the schema's type.
    private func readConstraints(
        into schema: inout SchemaSpec, reader: MappingReader, diagnostics: inout DiagnosticCollector
    ) {
        let type = schema.kind.name
        /// Whether `key` is present and applies to the schema's type (an error when it does not).
        func applies(_ key: String, to types: [String]) -> Bool {
            guard reader.value(key) != nil else { return false }
            guard types.contains(type) else {
                let list =
                    types.count == 1
                    ? types[0] : types.dropLast().joined(separator: ", ") + " and " + types.last!
                diagnostics.error(
                    "'\(key)' applies only to \(list) fields, not \(type)", at: reader.keyLocation(key))
                return false
            }
            return true
        }
        if applies("minLength", to: ["string"]) {
            schema.minLength = reader.integer("minLength", diagnostics: &diagnostics)
        }
        if applies("maxLength", to: ["string"]) {
            schema.maxLength = reader.integer("maxLength", diagnostics: &diagnostics)
        }
        if applies("pattern", to: ["string"]) {
            schema.pattern = reader.string("pattern", diagnostics: &diagnostics)
        }
        if applies("format", to: ["string", "integer"]) {
            schema.format = format(reader, type: type, diagnostics: &diagnostics)
        }
        if applies("minimum", to: ["integer", "number"]) {
            schema.minimum = bound("minimum", reader, type: type, diagnostics: &diagnostics)
        }
        if applies("maximum", to: ["integer", "number"]) {
            schema.maximum = bound("maximum", reader, type: type, diagnostics: &diagnostics)
        }
        if applies("minItems", to: ["array"]) {
            schema.minItems = reader.integer("minItems", diagnostics: &diagnostics)
        }
        if applies("maxItems", to: ["array"]) {
            schema.maxItems = reader.integer("maxItems", diagnostics: &diagnostics)
        }
        if applies("enum", to: ["string"]), let node = reader.value("enum") {
            schema.enumLocation = node.location
            schema.enumValues = EnumParser.values(node, diagnostics: &diagnostics)
        }
        if applies("open", to: ["string"]) {
            schema.enumIsOpen = reader.bool("open", diagnostics: &diagnostics)?.value ?? false
            if schema.enumValues == nil {
                diagnostics.error("'open' needs an 'enum' to open", at: reader.keyLocation("open"))
            }
        }
        if applies("content", to: ["string"]), let node = reader.value("content") {
            if schema.format?.value != .json {
                diagnostics.error("'content' needs 'format: json'", at: reader.keyLocation("content"))
            }
            schema.content = self.schema(node, what: "'content'", diagnostics: &diagnostics)
        }
    }

    /// A numeric bound: integer fields take integer bounds only.
    private func bound(
        _ key: String, _ reader: MappingReader, type: String, diagnostics: inout DiagnosticCollector
    ) -> Located<SpecNumber>? {
        if type == "integer" {
            return reader.integer(key, diagnostics: &diagnostics).map {
                Located(.integer($0.value), at: $0.location)
            }
        }
        return reader.number(key, diagnostics: &diagnostics)
    }

    /// A named format that exists, fits the type, and is allowed in this file.
    private func format(_ reader: MappingReader, type: String, diagnostics: inout DiagnosticCollector)
        -> Located<SpecFormat>?
    {
        guard let name = reader.string("format", diagnostics: &diagnostics) else { return nil }
        let names = SpecFormat.allCases.filter { allowsServerFormats || $0.isAllowedInModels }.map(
            \.rawValue)
        guard let format = SpecFormat(rawValue: name.value), names.contains(name.value) else {
            let known = SpecFormat(rawValue: name.value) != nil
            let message =
                known
                ? "format '\(name.value)' describes server answers and is allowed only in api.yaml"
                : "unknown format '\(name.value)'"
                    + (Suggestion.closest(to: name.value, among: names).map { "; did you mean '\($0)'?" }
                        ?? "; expected one of " + names.joined(separator: ", "))
            diagnostics.error(message, at: name.location)
            return nil
        }
        guard format.appliesTo == type else {
            diagnostics.error(
                "format '\(format.rawValue)' applies only to \(format.appliesTo) fields, not \(type)",
                at: name.location)
            return nil
        }
        return Located(format, at: name.location)
    }
}
