import LiangXinYAML

/// Checks an enum: not empty, and every value and alias spelled once.
enum EnumChecker {
    /// Reports an empty enum and every repeated value or alias.
    static func check(_ schema: SchemaSpec, diagnostics: inout DiagnosticCollector) {
        guard let values = schema.enumValues, let location = schema.enumLocation else { return }
        if values.isEmpty {
            diagnostics.error("enum must list at least one value", at: location)
            return
        }
        var spellings: [String: (owner: String, location: FileLocation)] = [:]
        for value in values {
            if let first = spellings[value.value] {
                diagnostics.error(
                    "enum value '\(value.value)' is already listed\(origin(first.owner, value.value)) at line \(first.location.line), column \(first.location.column)",
                    at: value.location)
            } else {
                spellings[value.value] = (value.value, value.location)
            }
            for alias in value.aliases {
                if let first = spellings[alias.value] {
                    diagnostics.error(
                        "alias '\(alias.value)' is already listed\(origin(first.owner, alias.value)) at line \(first.location.line), column \(first.location.column)",
                        at: alias.location)
                } else {
                    spellings[alias.value] = (value.value, alias.location)
                }
            }
        }
        NameChecker.checkCases(values, diagnostics: &diagnostics)
    }

    /// ` as an alias of 'x'` when the first spelling was an alias of another value.
    private static func origin(_ owner: String, _ spelling: String) -> String {
        owner == spelling ? "" : " as an alias of '\(owner)'"
    }
}
