import LiangXinRuntime

/// Reads and validates untyped JSON by walking a spec at run time, with exactly the calls,
/// in exactly the order, that the generated code makes, so both report the same issues.
///
/// A spec that has not been regenerated yet (a pull request's) can be validated this way.
struct SchemaInterpreter: Sendable {
    /// Compiled patterns, by pattern text.
    private let patterns: [String: Pattern]

    /// Prepares the patterns of every schema reachable from `fields`.
    init(fields: [FieldSpec]) {
        var patterns: [String: Pattern] = [:]
        func collect(_ schema: SchemaSpec) {
            if let pattern = schema.pattern?.value, patterns[pattern] == nil { patterns[pattern] = Pattern(pattern) }
            switch schema.kind {
            case .array(let items): collect(items)
            case .object(let fields): fields.forEach { collect($0.schema) }
            default: break
            }
        }
        fields.forEach { collect($0.schema) }
        self.patterns = patterns
    }

    // MARK: - Shape (the generated `init?(json:at:issues:)`)

    /// Reads an object's fields in spec order; nil when its shape is unsound.
    func readObject(_ fields: [FieldSpec], _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues) -> [InterpretedValue?]? {
        guard var reader = JSONObjectReader(json, at: pointer, issues: &issues) else { return nil }
        var values: [InterpretedValue?] = []
        values.reserveCapacity(fields.count)
        for field in fields {
            values.append(reader.read(field.name, required: field.required, nullable: field.schema.nullable, issues: &issues) {
                read(field.schema, $0, at: $1, issues: &$2)
            })
        }
        reader.reportUnknownKeys(known: fields.map(\.name), issues: &issues)
        return reader.isSound ? values : nil
    }

    /// Reads one value of a schema (the generated `JSONReadable.read` of its Swift type).
    func read(_ schema: SchemaSpec, _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues) -> InterpretedValue? {
        switch schema.kind {
        case .string:
            guard let text = JSONReading.string(json, at: pointer, issues: &issues) else { return nil }
            guard let values = schema.enumValues else { return .string(text) }
            if values.contains(where: { $0.value == text }) { return .string(text) }
            if let owner = values.first(where: { $0.aliases.contains { $0.value == text } }) { return .string(owner.value) }
            issues.enumMismatch(text, at: pointer, allowed: values.map(\.value))
            return nil
        case .integer:
            return JSONReading.integer(json, at: pointer, issues: &issues).map { .integer($0) }
        case .number:
            return JSONReading.number(json, at: pointer, issues: &issues).map { .number($0) }
        case .boolean:
            return JSONReading.bool(json, at: pointer, issues: &issues).map { .bool($0) }
        case .array(let itemSchema):
            let items = JSONReading.array(json, at: pointer, issues: &issues) { item, itemPointer, issues -> InterpretedValue?? in
                if itemSchema.nullable, case .null = item { return .some(nil) }
                return read(itemSchema, item, at: itemPointer, issues: &issues).map { .some($0) }
            }
            return items.map { .array($0) }
        case .object(let fields):
            return readObject(fields, json, at: pointer, issues: &issues).map { .object($0) }
        }
    }

    // MARK: - Constraints (the generated `validate(at:into:)`)

    /// Checks every field of an object in spec order, then the rules.
    func validateObject(_ fields: [FieldSpec], _ values: [InterpretedValue?], rules: [CrossFieldRule], at pointer: JSONPointer, issues: inout ValidationIssues) {
        for (field, value) in zip(fields, values) {
            guard let value else { continue }
            validate(field.schema, value, at: pointer.appending(field.name), issues: &issues)
        }
        for rule in rules {
            check(rule, fields: fields, values: values, at: pointer, issues: &issues)
        }
    }

    /// The checks of one value, in the generated order.
    func validate(_ schema: SchemaSpec, _ value: InterpretedValue, at pointer: @autoclosure () -> JSONPointer, issues: inout ValidationIssues) {
        switch (schema.kind, value) {
        case (.string, .string(let text)) where schema.enumValues == nil:
            if schema.minLength != nil || schema.maxLength != nil {
                issues.checkLength(text, at: pointer(), minimum: schema.minLength?.value, maximum: schema.maxLength?.value)
            }
            if let pattern = schema.pattern?.value, let compiled = patterns[pattern] {
                issues.checkPattern(text, at: pointer(), compiled)
            }
            if let format = schema.format.flatMap({ StringFormat(rawValue: $0.value.rawValue) }) {
                issues.checkFormat(text, at: pointer(), format)
            }
        case (.integer, .integer(let number)):
            if case let (minimum, maximum) = (schema.minimum?.value, schema.maximum?.value), minimum != nil || maximum != nil {
                issues.checkRange(number, at: pointer(), minimum: minimum.map(Self.integerBound), maximum: maximum.map(Self.integerBound))
            }
        case (.number, .number(let number)):
            if case let (minimum, maximum) = (schema.minimum?.value, schema.maximum?.value), minimum != nil || maximum != nil {
                issues.checkRange(number, at: pointer(), minimum: minimum?.doubleValue, maximum: maximum?.doubleValue)
            }
        case (.array(let itemSchema), .array(let items)):
            let base = pointer()
            if schema.minItems != nil || schema.maxItems != nil {
                issues.checkItems(count: items.count, at: base, minimum: schema.minItems?.value, maximum: schema.maxItems?.value)
            }
            for (index, item) in items.enumerated() {
                guard let item else { continue }
                validate(itemSchema, item, at: base.appending(index), issues: &issues)
            }
        case (.object(let fields), .object(let values)):
            validateObject(fields, values, rules: [], at: pointer(), issues: &issues)
        default:
            break
        }
    }

    /// One cross-field rule over the top-level fields.
    private func check(_ rule: CrossFieldRule, fields: [FieldSpec], values: [InterpretedValue?], at pointer: JSONPointer, issues: inout ValidationIssues) {
        func value(_ name: String) -> InterpretedValue? {
            fields.firstIndex { $0.name == name }.flatMap { values[$0] }
        }
        switch rule.kind {
        case .together:
            issues.checkTogether(at: pointer, rule.fields.map { ($0.value, value($0.value) != nil) })
        case .maxTotalItems(let limit):
            let counts = rule.fields.map { field -> (name: String, count: Int) in
                guard let given = value(field.value) else { return (field.value, 0) }
                return (field.value, given.items?.count ?? 1)
            }
            issues.checkTotalItems(at: pointer, counts, limit: limit)
        case .precedence:
            break
        }
    }

    /// An integer field's bound (the checker guarantees integer bounds on integer fields).
    private static func integerBound(_ bound: SpecNumber) -> Int {
        switch bound {
        case .integer(let value): return value
        case .number(let value): return Int(value)
        }
    }
}
