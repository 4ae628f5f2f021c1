import LiangXinYAML

/// Reports spec names that become the same Swift name after renaming.
enum NameChecker {
    /// Sibling fields must differ as properties, and their nested types must differ too.
    static func checkSiblings(_ fields: [FieldSpec], diagnostics: inout DiagnosticCollector) {
        // Each field's Swift names, computed once.
        let names = fields.map { field in
            (
                property: SwiftNaming.bare(SwiftNaming.propertyName(field.name)),
                type: SwiftNaming.nestedTypeName(fieldName: field.name, schema: field.schema),
                constant: field.schema.innermostPattern == nil
                    ? nil : SwiftNaming.patternConstantName(fieldName: field.name)
            )
        }
        var properties: [String: String] = [:]
        var types: [String: String] = [:]
        for (field, name) in zip(fields, names) {
            if let first = properties[name.property] {
                diagnostics.error(
                    "fields '\(first)' and '\(field.name)' both become the Swift name '\(name.property)'",
                    at: field.location)
            } else {
                properties[name.property] = field.name
            }
            guard let type = name.type else { continue }
            if let first = types[type] {
                diagnostics.error(
                    "fields '\(first)' and '\(field.name)' both become the Swift type name '\(type)'",
                    at: field.location)
            } else {
                types[type] = field.name
            }
        }
        // Properties, nested types and pattern constants share the struct's namespace.
        for (field, name) in zip(fields, names) {
            if let type = name.type, let other = properties[type] {
                diagnostics.error(
                    "field '\(field.name)' declares the Swift type '\(type)', the property name of field '\(other)'",
                    at: field.location)
            }
            if let constant = name.constant, let other = properties[constant] {
                diagnostics.error(
                    "field '\(field.name)' needs the constant '\(constant)' for its pattern, the property name of field '\(other)'",
                    at: field.location)
            }
        }
    }

    static func checkModelTypeNotShadowed(_ model: ModelSpec, diagnostics: inout DiagnosticCollector) {
        let modelType = SwiftNaming.typeName(model.id.value)
        for field in model.input where NestedTypes.needsNestedType(field.schema) {
            guard SwiftNaming.nestedTypeName(fieldName: field.name, schema: field.schema) == modelType else { continue }
            diagnostics.error(
                "field '\(field.name)' becomes the nested type '\(modelType)', the name of its model's own type; "
                    + "give the model another id",
                at: field.location)
        }
    }

    /// The values of one enum must differ as Swift cases.
    static func checkCases(_ values: [EnumValueSpec], diagnostics: inout DiagnosticCollector) {
        var cases: [String: String] = [:]
        for value in values {
            let name = SwiftNaming.bare(SwiftNaming.caseName(value.value))
            if let first = cases[name], first != value.value {
                diagnostics.error(
                    "enum values '\(first)' and '\(value.value)' both become the Swift case '\(name)'",
                    at: value.location)
            } else if cases[name] == nil {
                cases[name] = value.value
            }
        }
    }
}

/// Which schemas the generator gives a nested type of their own.
enum NestedTypes {
    /// Enums and objects get a nested type, as do arrays of them.
    static func needsNestedType(_ schema: SchemaSpec) -> Bool {
        switch schema.kind {
        case .string: return schema.enumValues != nil
        case .object: return true
        case .array(let items): return needsNestedType(items)
        default: return false
        }
    }
}
