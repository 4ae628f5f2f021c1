import LiangXinYAML

/// Checks what the values of a spec mean together, reporting every problem at its node.
///
/// The parsers have already checked each mapping's shape; this stage checks defaults,
/// bounds, enums, rules, ids and the Swift names the generator will derive.
public enum SpecChecker {
    /// Checks one model against the file it was read from.
    public static func check(
        _ model: ModelSpec, fileName: String, diagnostics: inout DiagnosticCollector
    ) {
        checkID(model.id, fileName: fileName, diagnostics: &diagnostics)
        checkFields(model.input, diagnostics: &diagnostics)
        NameChecker.checkModelTypeNotShadowed(model, diagnostics: &diagnostics)
        RuleChecker.check(model.rules, input: model.input, diagnostics: &diagnostics)
    }

    /// Checks the fields of the API spec.
    public static func check(_ api: APISpec, diagnostics: inout DiagnosticCollector) {
        checkFields(api.envelope, diagnostics: &diagnostics)
        checkFields(api.errorBody, diagnostics: &diagnostics)
        for endpoint in api.endpoints {
            checkFields(endpoint.body, diagnostics: &diagnostics)
            checkFields(endpoint.query, diagnostics: &diagnostics)
            checkFields(endpoint.data, diagnostics: &diagnostics)
        }
    }

    /// Checks that no two models share a Swift type name.
    public static func check(_ models: [ModelSpec], diagnostics: inout DiagnosticCollector) {
        var seen: [String: ModelSpec] = [:]
        for model in models {
            let name = SwiftNaming.typeName(model.id.value)
            if let first = seen[name] {
                diagnostics.error(
                    "models '\(first.id.value)' and '\(model.id.value)' both become the Swift name '\(name)'",
                    at: model.id.location)
            } else {
                seen[name] = model
            }
        }
    }

    /// The id must equal the file name and use the characters of ids.
    private static func checkID(
        _ id: Located<String>, fileName: String, diagnostics: inout DiagnosticCollector
    ) {
        let allowed = id.value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "."
        }
        if id.value.isEmpty || !allowed {  // `new` is stricter: ``ModelScaffold/isValidID(_:)``
            diagnostics.error(
                "model id '\(id.value)' must use only lowercase letters, digits, '-' and '.'",
                at: id.location)
        }
        let expected = fileName.hasSuffix(".yaml") ? String(fileName.dropLast(5)) : fileName
        if id.value != expected {
            diagnostics.error(
                "model id '\(id.value)' differs from the file name '\(fileName)'; they must be equal",
                at: id.location)
        }
    }

    /// Checks a list of sibling fields, and each field's schema, recursively.
    static func checkFields(_ fields: [FieldSpec], diagnostics: inout DiagnosticCollector) {
        NameChecker.checkSiblings(fields, diagnostics: &diagnostics)
        for field in fields {
            checkSchema(field.schema, diagnostics: &diagnostics)
        }
    }

    /// Bounds, enum and default of one schema, then its items or fields.
    private static func checkSchema(_ schema: SchemaSpec, diagnostics: inout DiagnosticCollector) {
        BoundsChecker.check(schema, diagnostics: &diagnostics)
        EnumChecker.check(schema, diagnostics: &diagnostics)
        if let value = schema.defaultValue,
            let problem = DefaultValueChecker.violation(of: schema, by: value.value, subject: "default")
        {
            diagnostics.error(problem, at: value.location)
        }
        switch schema.kind {
        case .array(let items): checkSchema(items, diagnostics: &diagnostics)
        case .object(let fields): checkFields(fields, diagnostics: &diagnostics)
        default: break
        }
        if let content = schema.content { checkSchema(content, diagnostics: &diagnostics) }
    }
}
