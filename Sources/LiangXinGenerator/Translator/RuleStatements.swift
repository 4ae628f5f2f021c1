import LiangXinSpec

/// Emits the checks of cross-field rules; `precedence` rules are documentation only.
enum RuleStatements {
    /// The checks of every rule, in spec order.
    static func checks(_ rules: [CrossFieldRule], fields: [FieldModel]) -> [SwiftDecl] {
        rules.compactMap { rule in
            let members = rule.fields.compactMap { name in fields.first { $0.spec.name == name.value } }
            switch rule.kind {
            case .together:
                let list = members.map { "(\(SwiftLiteral.string($0.spec.name)), \(presence($0)))" }
                return .line("_issues.checkTogether(at: _pointer, [\(list.joined(separator: ", "))])")
            case .maxTotalItems(let limit):
                let list = members.map { "(\(SwiftLiteral.string($0.spec.name)), \(count($0)))" }
                return .line(
                    "_issues.checkTotalItems(at: _pointer, [\(list.joined(separator: ", "))], limit: \(limit))"
                )
            case .precedence:
                return nil
            }
        }
    }

    /// `ValidationIssues.given(self.width)`, or `true` for a field that is always present.
    private static func presence(_ field: FieldModel) -> String {
        field.isOptional ? "\(RuntimeSymbol.validationIssues).given(self.\(field.property))" : "true"
    }

    /// How many items a field contributes: an array its count, any other given value one.
    private static func count(_ field: FieldModel) -> String {
        let isArray: Bool
        if case .array = field.spec.schema.kind { isArray = true } else { isArray = false }
        switch (isArray, field.isOptional) {
        case (true, true): return "\(RuntimeSymbol.validationIssues).itemCount(self.\(field.property))"
        case (true, false): return "self.\(field.property).count"
        case (false, true): return "\(RuntimeSymbol.validationIssues).valueCount(self.\(field.property))"
        case (false, false): return "1"
        }
    }
}
