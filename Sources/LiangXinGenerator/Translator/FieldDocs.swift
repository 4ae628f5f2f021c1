import LiangXinSpec

/// The doc comment of a generated property: description, constraints, default, origin.
enum FieldDocs {
    /// Doc lines for a field; each constraint on a line of its own so a change stays small.
    static func lines(for field: FieldSpec, origin: String) -> [String] {
        var lines = SwiftLiteral.docLines(field.schema.description ?? field.name)
        lines.append("")
        if field.required { lines.append("- Required.") }
        lines += constraintLines(field.schema)
        lines.append("- Remark: Generated from \(SwiftLiteral.code(origin)).")
        return lines
    }

    /// One `- Name: value.` line per constraint of a schema.
    static func constraintLines(_ schema: SchemaSpec, prefix: String = "") -> [String] {
        var lines: [String] = []
        if schema.nullable { lines.append("- \(prefix)Nullable.") }
        if let min = schema.minLength?.value {
            lines.append("- \(prefix)Minimum length: \(min) character\(min == 1 ? "" : "s").")
        }
        if let max = schema.maxLength?.value {
            lines.append("- \(prefix)Maximum length: \(max) character\(max == 1 ? "" : "s").")
        }
        if let min = schema.minimum?.value { lines.append("- \(prefix)Minimum: \(min).") }
        if let max = schema.maximum?.value { lines.append("- \(prefix)Maximum: \(max).") }
        if let pattern = schema.pattern?.value {
            lines.append("- \(prefix)Pattern: \(SwiftLiteral.code(pattern)).")
        }
        if let format = schema.format?.value { lines.append("- \(prefix)Format: \(format.rawValue).") }
        if let min = schema.minItems?.value { lines.append("- \(prefix)Minimum items: \(min).") }
        if let max = schema.maxItems?.value { lines.append("- \(prefix)Maximum items: \(max).") }
        if let value = schema.defaultValue?.value {
            lines.append("- \(prefix)Default: \(SwiftLiteral.code(value.json)).")
        }
        if case .array(let items) = schema.kind {
            lines += constraintLines(items, prefix: prefix + "Each item: ")
        }
        return lines
    }
}
