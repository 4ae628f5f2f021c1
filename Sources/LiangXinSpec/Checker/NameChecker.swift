import LiangXinYAML

/// Reports spec names that become the same Swift name after renaming.
enum NameChecker {
    /// Sibling fields must differ as properties, and their nested types must differ too.
    static func checkSiblings(_ fields: [FieldSpec], diagnostics: inout DiagnosticCollector) {
        var properties: [String: String] = [:]
        var types: [String: String] = [:]
        for field in fields {
            let property = SwiftNaming.bare(SwiftNaming.propertyName(field.name))
            if let first = properties[property] {
                diagnostics.error(
                    "fields '\(first)' and '\(field.name)' both become the Swift name '\(property)'",
                    at: field.location)
            } else {
                properties[property] = field.name
            }
            guard NestedTypes.needsNestedType(field.schema) else { continue }
            let type = SwiftNaming.typeName(field.name)
            if let first = types[type] {
                diagnostics.error(
                    "fields '\(first)' and '\(field.name)' both become the Swift type name '\(type)'",
                    at: field.location)
            } else {
                types[type] = field.name
            }
        }
    }

    /// A field of the input must not become a nested type named like the model's own type:
    /// inside `Input` that name would mean the nested type, and `typealias Model = <Model>`
    /// would not compile. The wire name cannot change, so this is an error at the field.
    static func checkModelTypeNotShadowed(_ model: ModelSpec, diagnostics: inout DiagnosticCollector) {
        let modelType = SwiftNaming.typeName(model.id.value)
        for field in model.input where NestedTypes.needsNestedType(field.schema) {
            guard SwiftNaming.typeName(field.name) == modelType else { continue }
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
