@_spi(LiangXinGenerated) import LiangXinRuntime
import LiangXinYAML

/// Checks that a literal (a `default:`) obeys its own schema by running the spec interpreter on
/// it: the same reading and checks `validate` applies to payloads, so a default can never pass
/// here and fail there. Only the phrasing is the spec author's (`default item 2 is 4 characters
/// long, …`), and one rule is the spec's own: a default spells an enum's canonical value, never
/// an alias.
enum DefaultValueChecker {
    /// The first way `value` breaks `schema`, phrased about `subject` (`default`,
    /// `default item 2`), or nil when it conforms.
    static func violation(of schema: SchemaSpec, by value: SpecValue, subject: String) -> String? {
        if case .null = value {
            return schema.nullable ? nil : "\(subject) must be \(article(schema.kind.name)), not null"
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(Array(value.json.utf8))
        } catch {
            return "\(subject) cannot be written as JSON: \(error)"
        }
        var issues = ValidationIssues()
        SchemaInterpreter.validate(json, against: schema, at: .root, issues: &issues)
        for issue in issues.all {
            let place = Place(schema: schema, value: value, subject: subject, pointer: issue.pointer)
            if let message = place?.message(for: issue) { return message }
        }
        return aliasViolation(of: schema, by: value, subject: subject)
    }

    /// An enum alias written where the canonical value belongs (the interpreter accepts aliases,
    /// as the service does; a spec's own default must not rely on them).
    private static func aliasViolation(of schema: SchemaSpec, by value: SpecValue, subject: String) -> String? {
        switch (schema.kind, value) {
        case (.string, .string(let text)):
            guard let values = schema.enumValues, !values.contains(where: { WireString.equal($0.value, text) }),
                let canonical = values.first(where: { $0.aliases.contains { WireString.equal($0.value, text) } })
            else { return nil }
            return "\(subject) '\(text)' is an alias; write the canonical value '\(canonical.value)'"
        case (.array(let items), .array(let values)):
            for (index, item) in values.enumerated() {
                if let problem = aliasViolation(of: items, by: item, subject: "\(subject) item \(index)") {
                    return problem
                }
            }
            return nil
        case (.object(let fields), .object(let entries)):
            for field in fields {
                guard let entry = entries.first(where: { WireString.equal($0.key, field.name) }) else { continue }
                if let problem = aliasViolation(
                    of: field.schema, by: entry.value, subject: "\(subject) field '\(field.name)'")
                {
                    return problem
                }
            }
            return nil
        default:
            return nil
        }
    }

    /// `a string`, `an integer`, `an array`, `an object`.
    static func article(_ typeName: String) -> String {
        ["a", "e", "i", "o", "u"].contains(typeName.prefix(1)) ? "an \(typeName)" : "a \(typeName)"
    }
}

/// Where in a default an interpreter issue points: the schema and literal there, and how the
/// message names it (`default field 'size' item 0`).
private struct Place {
    /// The schema at the issue's pointer.
    var schema: SchemaSpec
    /// The literal at the issue's pointer, nil for a missing key.
    var value: SpecValue?
    /// The place named in messages.
    var subject: String
    /// The object that holds the place, and the place's key in it (for missing and unknown keys).
    var parentSubject: String
    /// The last token of the pointer.
    var key: String

    /// Walks `schema` and `value` along `pointer` (`/1/size`); nil when it leaves them.
    init?(schema: SchemaSpec, value: SpecValue, subject: String, pointer: String) {
        self.schema = schema
        self.value = value
        self.subject = subject
        parentSubject = subject
        key = ""
        for token in Self.tokens(pointer) {
            parentSubject = self.subject
            key = token
            switch (self.schema.kind, self.value) {
            case (.array(let items), .array(let values)?):
                guard let index = Int(token), values.indices.contains(index) else { return nil }
                self.schema = items
                self.value = values[index]
                self.subject += " item \(index)"
            case (.object(let fields), .object(let entries)?):
                self.value = entries.first { WireString.equal($0.key, token) }?.value
                if let field = fields.first(where: { WireString.equal($0.name, token) }) { self.schema = field.schema }
                self.subject += " field '\(token)'"
            default:
                return nil
            }
        }
    }

    /// The reference tokens of a JSON pointer, unescaped (`~1` → `/`, `~0` → `~`).
    static func tokens(_ pointer: String) -> [String] {
        pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// The spec author's phrasing of an interpreter issue; nil for an enum issue of an open enum.
    func message(for issue: ValidationIssue) -> String? {
        let limit = issue.limit ?? ""
        switch (issue.code, value) {
        case (.required, _):
            return "\(parentSubject) is missing the required key '\(key)'"
        case (.unknownKey, _):
            return "\(parentSubject) has the unknown key '\(key)'"
        case (.null, _):
            return "\(subject) must be \(DefaultValueChecker.article(schema.kind.name)), not null"
        case (.type, let value?):
            return "\(subject) must be \(DefaultValueChecker.article(schema.kind.name)), not \(value.kindDescription)"
        case (.enum, .string(let text)?):
            if schema.enumIsOpen { return nil }
            let names = (schema.enumValues ?? []).map(\.value)
            let hint =
                Suggestion.closest(to: text, among: names).map { "; did you mean '\($0)'?" }
                ?? "; expected one of " + names.joined(separator: ", ")
            return "\(subject) \(Self.shown(text)) is not one of the enum values\(hint)"
        case (.minLength, .string(let text)?):
            return "\(subject) is \(text.unicodeScalars.count) characters long, fewer than the minLength \(limit)"
        case (.maxLength, .string(let text)?):
            return "\(subject) is \(text.unicodeScalars.count) characters long, more than the maxLength \(limit)"
        case (.pattern, .string(let text)?):
            return "\(subject) \(Self.shown(text)) does not match the pattern '\(schema.pattern?.value ?? limit)'"
        case (.format, .string(let text)?):
            return "\(subject) \(Self.shown(text)) is not a valid \(limit)"
        case (.minimum, let value?):
            return
                "\(subject) \(Self.number(value)) is below the minimum \(schema.minimum.map { "\($0.value)" } ?? limit)"
        case (.maximum, let value?):
            return
                "\(subject) \(Self.number(value)) is above the maximum \(schema.maximum.map { "\($0.value)" } ?? limit)"
        case (.minItems, .array(let items)?):
            return "\(subject) has \(items.count) items, fewer than the minItems \(limit)"
        case (.maxItems, .array(let items)?):
            return "\(subject) has \(items.count) items, more than the maxItems \(limit)"
        default:
            return "\(subject): \(issue.message)"
        }
    }

    /// A literal string as messages show it: quoted, cut as payload values are in issues.
    static func shown(_ text: String) -> String {
        "'" + IssueText.cut(text, to: IssueText.maximumQuotedLength) + "'"
    }

    /// A literal number as the spec wrote it.
    static func number(_ value: SpecValue) -> String {
        switch value {
        case .integer(let integer): return "\(SpecNumber.integer(integer))"
        case .number(let double): return "\(SpecNumber.number(double))"
        default: return value.json
        }
    }
}
