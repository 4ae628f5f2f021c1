import LiangXinRuntime
import LiangXinYAML

/// Checks that a literal (a `default:`) obeys its own schema: type, enum, range, length,
/// pattern, format and items.
enum DefaultValueChecker {
    /// The first way `value` breaks `schema`, phrased about `subject` (`default`,
    /// `default item 2`), or nil when it conforms.
    static func violation(of schema: SchemaSpec, by value: SpecValue, subject: String) -> String? {
        if case .null = value {
            return schema.nullable ? nil : "\(subject) must be \(article(schema.kind.name)), not null"
        }
        switch (schema.kind, value) {
        case (.string, .string(let text)):
            return stringViolation(of: schema, by: text, subject: subject)
        case (.integer, .integer), (.number, .integer), (.number, .number):
            return numberViolation(of: schema, by: value, subject: subject)
        case (.boolean, .bool):
            return nil
        case (.array(let items), .array(let values)):
            if let min = schema.minItems?.value, values.count < min {
                return "\(subject) has \(values.count) items, fewer than the minItems \(min)"
            }
            if let max = schema.maxItems?.value, values.count > max {
                return "\(subject) has \(values.count) items, more than the maxItems \(max)"
            }
            for (index, item) in values.enumerated() {
                if let problem = violation(of: items, by: item, subject: "\(subject) item \(index)") {
                    return problem
                }
            }
            return nil
        case (.object(let fields), .object(let entries)):
            return objectViolation(fields: fields, entries: entries, subject: subject)
        default:
            return "\(subject) must be \(article(schema.kind.name)), not \(value.kindDescription)"
        }
    }

    /// Enum, length, pattern and format checks of a string.
    private static func stringViolation(of schema: SchemaSpec, by text: String, subject: String)
        -> String?
    {
        // A value shown in a message is cut, as payload values are in issues.
        let shown = IssueText.cut(text, to: IssueText.maximumQuotedLength)
        if let values = schema.enumValues, !schema.enumIsOpen,
            !values.contains(where: { $0.value == text })
        {
            let names = values.map(\.value)
            if let canonical = values.first(where: { $0.aliases.contains { $0.value == text } }) {
                return "\(subject) '\(text)' is an alias; write the canonical value '\(canonical.value)'"
            }
            let hint =
                Suggestion.closest(to: text, among: names).map { "; did you mean '\($0)'?" }
                ?? "; expected one of " + names.joined(separator: ", ")
            return "\(subject) '\(shown)' is not one of the enum values\(hint)"
        }
        let length = text.unicodeScalars.count
        if let min = schema.minLength?.value, length < min {
            return "\(subject) is \(length) characters long, fewer than the minLength \(min)"
        }
        if let max = schema.maxLength?.value, length > max {
            return "\(subject) is \(length) characters long, more than the maxLength \(max)"
        }
        if let pattern = schema.pattern?.value, case .success(let program) = Pattern(pattern).compiled,
            !program.matches(text)
        {
            return "\(subject) '\(shown)' does not match the pattern '\(pattern)'"
        }
        if let format = schema.format?.value, !conforms(text, to: format) {
            return "\(subject) '\(shown)' is not a valid \(format.rawValue)"
        }
        return nil
    }

    /// Range checks of a number.
    private static func numberViolation(of schema: SchemaSpec, by value: SpecValue, subject: String)
        -> String?
    {
        let number: SpecNumber
        switch value {
        case .integer(let integer): number = .integer(integer)
        case .number(let double): number = .number(double)
        default: return nil
        }
        if let min = schema.minimum?.value, number < min {
            return "\(subject) \(number) is below the minimum \(min)"
        }
        if let max = schema.maximum?.value, max < number {
            return "\(subject) \(number) is above the maximum \(max)"
        }
        return nil
    }

    /// Field-by-field checks of an object literal.
    private static func objectViolation(
        fields: [FieldSpec], entries: [SpecObjectEntry], subject: String
    ) -> String? {
        for entry in entries where !fields.contains(where: { $0.name == entry.key }) {
            return "\(subject) has the unknown key '\(entry.key)'"
        }
        for field in fields {
            guard let entry = entries.first(where: { $0.key == field.name }) else {
                if field.required { return "\(subject) is missing the required key '\(field.name)'" }
                continue
            }
            if let problem = violation(
                of: field.schema, by: entry.value, subject: "\(subject) field '\(field.name)'")
            {
                return problem
            }
        }
        return nil
    }

    /// Whether a string has a named format.
    static func conforms(_ text: String, to format: SpecFormat) -> Bool {
        format.runtimeFormat?.accepts(text) ?? true
    }

    /// `a string`, `an integer`, `an array`, `an object`.
    static func article(_ typeName: String) -> String {
        ["a", "e", "i", "o", "u"].contains(typeName.prefix(1)) ? "an \(typeName)" : "a \(typeName)"
    }
}
