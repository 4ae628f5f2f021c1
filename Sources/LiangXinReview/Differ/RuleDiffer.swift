import LiangXinSpec
import LiangXinYAML

/// Compares a model's cross-field rules. A rule is matched by its kind and its fields; a
/// `maxTotalItems` whose limit moved is a changed rule.
struct RuleDiffer {
    /// The model's id.
    let model: String

    /// The changes from `old` to `new`; rules without a location use the model's.
    func changes(
        _ old: [CrossFieldRule], _ new: [CrossFieldRule], old oldModel: FileLocation, new newModel: FileLocation
    )
        -> [SpecChange]
    {
        var changes: [SpecChange] = []
        for rule in new {
            guard let before = old.first(where: { Self.sameRule($0, rule) }) else {
                changes.append(
                    SpecChange(
                        kind: .ruleAdded, model: model, path: Self.path(rule), detail: "rule added", old: oldModel,
                        new: rule.location, source: .compatible, wire: Self.checks(rule) ? .tightened : .unchanged))
                continue
            }
            if case .maxTotalItems(let was) = before.kind, case .maxTotalItems(let now) = rule.kind, was != now {
                changes.append(
                    SpecChange(
                        kind: .ruleChanged, model: model, path: Self.path(rule), detail: "limit \(was) → \(now)",
                        old: before.location, new: rule.location, source: .compatible,
                        wire: now < was ? .tightened : .loosened))
            }
        }
        for rule in old where !new.contains(where: { Self.sameRule($0, rule) }) {
            changes.append(
                SpecChange(
                    kind: .ruleRemoved, model: model, path: Self.path(rule), detail: "rule removed",
                    old: rule.location, new: newModel, source: .compatible,
                    wire: Self.checks(rule) ? .loosened : .unchanged))
        }
        return changes
    }

    /// Whether validation enforces the rule (`precedence` is documentation: the service resolves it).
    static func checks(_ rule: CrossFieldRule) -> Bool {
        if case .precedence = rule.kind { return false }
        return true
    }

    /// The same kind of rule over the same fields, in any order.
    static func sameRule(_ first: CrossFieldRule, _ second: CrossFieldRule) -> Bool {
        first.kind.name == second.kind.name && Set(first.fields.map(\.value)) == Set(second.fields.map(\.value))
    }

    /// `rules.together(width, height)`.
    static func path(_ rule: CrossFieldRule) -> String {
        "rules.\(rule.kind.name)(\(rule.fields.map(\.value).joined(separator: ", ")))"
    }
}
