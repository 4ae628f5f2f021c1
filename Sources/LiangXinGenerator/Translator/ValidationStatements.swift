import LiangXinRuntime
import LiangXinSpec

/// Emits the constraint checks of one value: straight-line calls into `ValidationIssues`,
/// kept simple so the type checker stays fast on thousands of models.
enum ValidationStatements {
    /// The checks for `value` (an expression of the schema's type, optional or not: every check
    /// skips nil) at `pointer`: `_pointer, "key"` for a field, `_at0()` for an array item.
    /// `depth` names the item closures' parameters of nested arrays apart.
    /// A field's pattern lives in a static constant named `patternName`, compiled once.
    static func checks(
        _ schema: SchemaSpec, value: String, pointer: String, patternName: String, depth: Int = 0
    ) -> [SwiftDecl] {
        var lines: [SwiftDecl] = []
        switch schema.kind {
        case .string where schema.enumValues == nil:
            if let bounds = arguments(
                ("minimum", schema.minLength?.value.description),
                ("maximum", schema.maxLength?.value.description))
            {
                lines.append(.line("_issues.checkLength(\(value), at: \(pointer)\(bounds))"))
            }
            if schema.pattern != nil {
                lines.append(.line("_issues.checkPattern(\(value), at: \(pointer), Self.\(patternName))"))
            }
            if let format = schema.format?.value.runtimeFormat {
                lines.append(.line("_issues.checkFormat(\(value), at: \(pointer), .\(caseName(format)))"))
            }
        case .integer, .number:
            let literal: (SpecNumber?) -> String? = { bound in
                bound.map { schema.kind.name == "number" ? doubleLiteral($0) : $0.description }
            }
            if let bounds = arguments(
                ("minimum", literal(schema.minimum?.value)), ("maximum", literal(schema.maximum?.value)))
            {
                lines.append(.line("_issues.checkRange(\(value), at: \(pointer)\(bounds))"))
            }
        case .array(let items):
            let bounds =
                arguments(
                    ("minimum", schema.minItems?.value.description),
                    ("maximum", schema.maxItems?.value.description)) ?? ""
            let (item, itemPointer) = ("_item\(depth)", "_at\(depth)")
            let itemChecks = checks(
                items, value: item, pointer: "\(itemPointer)()", patternName: patternName, depth: depth + 1)
            let call = "_issues.checkArray(\(value), at: \(pointer)\(bounds))"
            if itemChecks.isEmpty {
                if !bounds.isEmpty { lines.append(.line(call)) }
            } else {
                lines += [.line("\(call) { \(item), \(itemPointer), _issues in"), .indented(itemChecks), .line("}")]
            }
        case .object:
            lines.append(.line("_issues.checkObject(\(value), at: \(pointer))"))
        case .string, .boolean:
            break
        }
        return lines
    }

    /// The pattern of a schema or of its innermost items, if any.
    static func pattern(of schema: SchemaSpec) -> String? {
        schema.innermostPattern
    }

    /// `, minimum: 1, maximum: 4096` for the bounds that are set; nil when none is.
    private static func arguments(_ pairs: (String, String?)...) -> String? {
        let present = pairs.compactMap { name, value in value.map { "\(name): \($0)" } }
        return present.isEmpty ? nil : ", " + present.joined(separator: ", ")
    }

    /// A bound written as a Double literal.
    private static func doubleLiteral(_ number: SpecNumber) -> String {
        switch number {
        case .integer(let value): return "\(value).0"
        case .number(let value): return "\(value)"
        }
    }

    /// The Swift case name of a runtime format, as generated code spells it.
    private static func caseName(_ format: StringFormat) -> String {
        switch format {
        case .uri: return "uri"
        case .httpsURL: return "httpsURL"
        case .imageRef: return "imageRef"
        }
    }
}
