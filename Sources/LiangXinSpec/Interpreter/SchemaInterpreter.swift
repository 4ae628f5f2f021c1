@_spi(LiangXinGenerated) import LiangXinRuntime

/// Reads and validates untyped JSON by walking a compiled spec at run time, with exactly
/// the calls, in exactly the order, that the generated code makes, so both report the same
/// issues. A spec that has not been regenerated yet (a pull request's) is validated this way.
struct SchemaInterpreter: Sendable {
    /// The model's compiled input.
    let input: CompiledObject

    /// Compiles a model's input fields and rules.
    init(fields: [FieldSpec], rules: [CrossFieldRule]) {
        input = CompiledObject(fields: fields, rules: rules)
    }

    /// The input's keys and enum values, nested ones included.
    var knownStrings: [String] { input.knownStrings }

    /// Reads then validates an untyped input, as `LiangXinModel.validateInput` does.
    func validate(_ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues) {
        guard let values = readObject(input, json, at: pointer, issues: &issues) else { return }
        validateObject(input, values, at: pointer, issues: &issues)
    }

    /// Reads then validates one value against one schema, as a field of that schema is read
    /// and checked (the checker runs a spec's `default:` literals through this).
    static func validate(
        _ json: JSONValue, against schema: SchemaSpec, at pointer: JSONPointer, issues: inout ValidationIssues
    ) {
        let interpreter = SchemaInterpreter(fields: [], rules: [])
        let compiled = CompiledSchema(schema)
        guard let value = interpreter.read(compiled, json, at: pointer, issues: &issues) else { return }
        interpreter.validate(compiled, value, at: { pointer }, issues: &issues)
    }

    // MARK: - Shape (the generated `init?(json:at:issues:)`)

    /// Reads an object's fields in spec order; nil when its shape is unsound.
    private func readObject(
        _ object: CompiledObject, _ json: JSONValue, at pointer: JSONPointer,
        issues: inout ValidationIssues
    ) -> [InterpretedValue?]? {
        guard var reader = JSONObjectReader(json, at: pointer, issues: &issues) else { return nil }
        var values: [InterpretedValue?] = []
        values.reserveCapacity(object.fields.count)
        // By index: a `for field in fields` loop copies (and retains) every field it passes.
        let fields = object.fields
        for index in fields.indices {
            values.append(
                reader.read(
                    fields[index].name, required: fields[index].required, nullable: fields[index].schema.nullable,
                    issues: &issues
                ) {
                    read(fields[index].schema, $0, at: $1, issues: &$2)
                })
        }
        reader.reportUnknownKeys(known: object.names, issues: &issues)
        return reader.isSound ? values : nil
    }

    /// Reads one value (the generated `JSONReadable.read` of its Swift type).
    private func read(
        _ schema: CompiledSchema, _ json: JSONValue, at pointer: JSONPointer,
        issues: inout ValidationIssues
    ) -> InterpretedValue? {
        switch schema.kind {
        case .string(let rules):
            guard let value = JSONReading.stringValue(json, at: pointer, issues: &issues) else { return nil }
            guard let values = rules.values else { return .string(value) }
            let text = value.string
            if values.contains(where: { JSONObject.sameKey($0, text) }) { return .string(value) }
            if let canonical = rules.aliases.value(forWireKey: text) { return .string(JSONStringValue(canonical)) }
            issues.enumMismatch(text, at: pointer, allowed: values)
            return nil
        case .integer:
            return JSONReading.integer(json, at: pointer, issues: &issues).map { .integer($0) }
        case .number:
            return JSONReading.number(json, at: pointer, issues: &issues).map { .number($0) }
        case .boolean:
            return JSONReading.bool(json, at: pointer, issues: &issues).map { .bool($0) }
        case .array(let items, _, _):
            let values = JSONReading.array(json, at: pointer, issues: &issues) {
                item, itemPointer, issues -> InterpretedValue?? in
                if items.nullable, case .null = item { return .some(nil) }
                return read(items, item, at: itemPointer, issues: &issues).map { .some($0) }
            }
            return values.map { .array($0) }
        case .object(let object):
            return readObject(object, json, at: pointer, issues: &issues).map { .object($0) }
        }
    }

    // MARK: - Constraints (the generated `validate(at:into:)`)

    /// Checks every field of an object in spec order, then its rules.
    private func validateObject(
        _ object: CompiledObject, _ values: [InterpretedValue?], at pointer: JSONPointer,
        issues: inout ValidationIssues
    ) {
        let fields = object.fields
        for index in fields.indices {
            guard let value = values[index] else { continue }
            validate(fields[index].schema, value, at: { pointer.appending(fields[index].name) }, issues: &issues)
        }
        for rule in object.rules {
            switch rule {
            case .together(let members):
                issues.checkTogether(at: pointer, members.map { ($0.name, values[$0.index] != nil) })
            case .maxTotalItems(let members, let limit):
                issues.checkTotalItems(
                    at: pointer,
                    members.map { ($0.name, values[$0.index].map { $0.items?.count ?? 1 } ?? 0) },
                    limit: limit)
            }
        }
    }

    /// The checks of one value, in the generated order; its pointer is made only for an issue
    /// (or a nested object), as in the generated code.
    private func validate(
        _ schema: CompiledSchema, _ value: InterpretedValue, at pointer: () -> JSONPointer,
        issues: inout ValidationIssues
    ) {
        switch (schema.kind, value) {
        case (.string(let rules), .string(let text)) where rules.hasChecks:
            if rules.minLength != nil || rules.maxLength != nil {
                issues.checkLength(text, at: pointer(), minimum: rules.minLength, maximum: rules.maxLength)
            }
            if let pattern = rules.pattern { issues.checkPattern(text.string, at: pointer(), pattern) }
            if let format = rules.format { issues.checkFormat(text.string, at: pointer(), format) }
        case (.integer(let minimum, let maximum), .integer(let number))
        where minimum != nil || maximum != nil:
            issues.checkRange(number, at: pointer(), minimum: minimum, maximum: maximum)
        case (.number(let minimum, let maximum), .number(let number))
        where minimum != nil || maximum != nil:
            issues.checkRange(number, at: pointer(), minimum: minimum, maximum: maximum)
        case (.array(let items, let minimum, let maximum), .array(let values)):
            issues.checkArray(values, at: pointer(), minimum: minimum, maximum: maximum) { item, itemPointer, issues in
                guard let item else { return }
                validate(items, item, at: itemPointer, issues: &issues)
            }
        case (.object(let object), .object(let values)):
            validateObject(object, values, at: pointer(), issues: &issues)
        default:
            break
        }
    }
}
