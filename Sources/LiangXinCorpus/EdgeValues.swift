import LiangXinRuntime
import LiangXinSpec

extension PayloadFactory {
    /// Inputs of `model` for the review's wire oracle: `count` random ones (each optional
    /// field present half the time), one with every optional field, and that one without each
    /// optional field in turn. Rules are respected as in ``next()``, except that the full one may
    /// break a `maxTotalItems` rule: callers keep only what the spec accepts.
    package mutating func validInputs(_ model: ModelSpec, count: Int) -> [[(String, JSONValue)]] {
        var inputs = (0..<count).map { _ in validObject(model.input, rules: model.rules) }
        let everyField = model.input.map { field -> FieldSpec in
            var present = field
            present.required = true
            return present
        }
        let full = validObject(everyField, rules: model.rules)
        inputs.append(full)
        for field in model.input where !field.required {
            inputs.append(full.filter { $0.0 != field.name })
        }
        return inputs
    }

    /// Values at the edges of what `schema` accepts: each enum value and alias; strings at the
    /// shortest and longest length; numbers at their bounds; arrays with the fewest and the
    /// most items; null when the schema allows it. Each is valid under `schema` alone.
    package mutating func edgeValues(_ schema: SchemaSpec) -> [JSONValue] {
        var values: [JSONValue] = []
        if schema.nullable { values.append(.null) }
        switch schema.kind {
        case .string:
            if let enumValues = schema.enumValues {
                for value in enumValues {
                    values.append(.string(value.value))
                    values += value.aliases.map { .string($0.value) }
                }
            } else if schema.pattern != nil || schema.format != nil {
                values += (0..<4).map { _ in .string(validString(schema)) }
            } else {
                let minimum = schema.minLength?.value ?? 0
                let maximum = min(schema.maxLength?.value ?? minimum + 300, minimum + 100_000)
                values += [minimum, maximum].map { .string(String(repeating: "x", count: $0)) }
            }
        case .integer:
            if let minimum = schema.minimum { values.append(.int(Self.integer(minimum.value, rounding: .up))) }
            if let maximum = schema.maximum { values.append(.int(Self.integer(maximum.value, rounding: .down))) }
            values.append(validValue(schema))
        case .number:
            if let minimum = schema.minimum { values.append(.lexeme(minimum.value.description)) }
            if let maximum = schema.maximum { values.append(.lexeme(maximum.value.description)) }
            values.append(validValue(schema))
        case .boolean:
            values += [.bool(true), .bool(false)]
        case .array(let items):
            let fewest = schema.minItems?.value ?? 0
            let most = min(schema.maxItems?.value ?? fewest + 3, fewest + 64)
            for count in Set([fewest, max(fewest, 1), most]).sorted() {
                values.append(.array((0..<count).map { _ in validValue(items) }))
            }
            for edge in edgeValues(items) where !(schema.minItems.map { $0.value > 1 } ?? false) {
                values.append(.array([edge]))
            }
        case .object:
            values.append(validValue(schema))
        }
        return values
    }
}
