import LiangXinRuntime

/// A spec schema prepared for fast interpretation: names listed once, patterns compiled,
/// bounds converted, aliases in a table, so that checking a payload allocates nothing extra.
final class CompiledSchema: Sendable {
    /// What a value must be, with its bounds.
    enum Kind: Sendable {
        case string(StringRules)
        case integer(minimum: Int?, maximum: Int?)
        case number(minimum: Double?, maximum: Double?)
        case boolean
        case array(items: CompiledSchema, minimum: Int?, maximum: Int?)
        case object(CompiledObject)
    }

    /// The checks of a string (a class: matching a kind then retains one reference, not each
    /// of these fields).
    final class StringRules: Sendable {
        /// The canonical values of an enum, in spec order; nil for free text.
        let values: [String]?
        /// Alias → canonical value.
        let aliases: [String: String]
        let minLength: Int?
        let maxLength: Int?
        let pattern: Pattern?
        let format: StringFormat?
        /// Whether any length, pattern or format check applies.
        let hasChecks: Bool

        /// Rules from their parts.
        init(
            values: [String]?, aliases: [String: String], minLength: Int?, maxLength: Int?, pattern: Pattern?,
            format: StringFormat?
        ) {
            self.values = values
            self.aliases = aliases
            self.minLength = minLength
            self.maxLength = maxLength
            self.pattern = pattern
            self.format = format
            hasChecks = values == nil && (minLength != nil || maxLength != nil || pattern != nil || format != nil)
        }
    }

    let kind: Kind
    let nullable: Bool

    /// Compiles a spec schema.
    init(_ schema: SchemaSpec) {
        nullable = schema.nullable
        switch schema.kind {
        case .string:
            var aliases: [String: String] = [:]
            for value in schema.enumValues ?? [] {
                for alias in value.aliases where aliases[alias.value] == nil {
                    aliases[alias.value.unshared] = value.value.unshared
                }
            }
            kind = .string(
                StringRules(
                    values: schema.enumValues?.map(\.value.unshared), aliases: aliases,
                    minLength: schema.minLength?.value,
                    maxLength: schema.maxLength?.value, pattern: schema.pattern.map { Pattern($0.value) },
                    format: schema.format?.value.runtimeFormat))
        case .integer:
            kind = .integer(
                minimum: schema.minimum.map { Self.integer($0.value) },
                maximum: schema.maximum.map { Self.integer($0.value) })
        case .number:
            kind = .number(
                minimum: schema.minimum?.value.doubleValue, maximum: schema.maximum?.value.doubleValue)
        case .boolean:
            kind = .boolean
        case .array(let items):
            kind = .array(
                items: CompiledSchema(items), minimum: schema.minItems?.value,
                maximum: schema.maxItems?.value)
        case .object(let fields):
            kind = .object(CompiledObject(fields: fields, rules: []))
        }
    }

    /// An integer field's bound (the checker guarantees integer bounds on integer fields).
    private static func integer(_ bound: SpecNumber) -> Int {
        switch bound {
        case .integer(let value): return value
        case .number(let value): return Int(value)
        }
    }
}

/// An object's fields and rules, compiled.
final class CompiledObject: Sendable {
    /// One field.
    struct Field: Sendable {
        let name: String
        let required: Bool
        let schema: CompiledSchema
    }

    /// One cross-field rule, with field positions resolved.
    enum Rule: Sendable {
        case together([(name: String, index: Int)])
        case maxTotalItems([(name: String, index: Int)], limit: Int)
    }

    let fields: [Field]
    let names: [String]
    let rules: [Rule]

    /// Compiles fields and rules.
    init(fields: [FieldSpec], rules: [CrossFieldRule]) {
        self.fields = fields.map {
            Field(name: $0.name.unshared, required: $0.required, schema: CompiledSchema($0.schema))
        }
        self.names = self.fields.map(\.name)
        let names = self.names
        /// The rule's fields with their positions among the object's fields.
        func positions(_ rule: CrossFieldRule) -> [(name: String, index: Int)] {
            rule.fields.compactMap { field in names.firstIndex(of: field.value).map { (field.value.unshared, $0) }
            }
        }
        self.rules = rules.compactMap { rule in
            switch rule.kind {
            case .together: return .together(positions(rule))
            case .maxTotalItems(let limit): return .maxTotalItems(positions(rule), limit: limit)
            case .precedence: return nil
            }
        }
    }
}

extension CompiledObject {
    /// The keys and enum values (aliases too) of the object and everything nested in it: the
    /// strings a parser of its payloads meets again and again.
    var knownStrings: [String] {
        names + fields.flatMap { $0.schema.knownStrings }
    }
}

extension CompiledSchema {
    /// The keys and enum values within this schema.
    var knownStrings: [String] {
        switch kind {
        case .string(let rules): return (rules.values ?? []) + rules.aliases.keys
        case .integer, .number, .boolean: return []
        case .array(let items, _, _): return items.knownStrings
        case .object(let object): return object.knownStrings
        }
    }
}
