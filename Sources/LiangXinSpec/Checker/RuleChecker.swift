import LiangXinRuntime
import LiangXinYAML

/// Checks cross-field rules: they name existing fields, enough of them, each once.
enum RuleChecker {
    /// Reports every problem of every rule of a model.
    static func check(
        _ rules: [CrossFieldRule], input: [FieldSpec], diagnostics: inout DiagnosticCollector
    ) {
        let names = input.map(\.name)
        for rule in rules {
            let minimum: Int
            if case .maxTotalItems = rule.kind { minimum = 1 } else { minimum = 2 }
            if rule.fields.count < minimum {
                let noun = minimum == 1 ? "field" : "fields"
                diagnostics.error(
                    "rule '\(rule.kind.name)' must name at least \(minimum) \(noun)", at: rule.location)
            }
            var seen: Set<String> = []
            for field in rule.fields {
                if !seen.insert(field.value).inserted {
                    diagnostics.error(
                        "rule '\(rule.kind.name)' names the field '\(field.value)' twice", at: field.location)
                    continue
                }
                guard let spec = input.first(where: { $0.name == field.value }) else {
                    let hint = Suggestion.hint(for: field.value, among: names)
                    diagnostics.error(
                        "rule '\(rule.kind.name)' names the field '\(field.value)', which the input does not have\(hint)",
                        at: field.location)
                    continue
                }
                if case .maxTotalItems = rule.kind, case .object = spec.schema.kind {
                    diagnostics.error(
                        "rule 'maxTotalItems' counts arrays and single values, not the object '\(field.value)'",
                        at: field.location)
                }
            }
        }
    }
}
