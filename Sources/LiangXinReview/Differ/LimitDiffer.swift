import LiangXinSpec
import LiangXinYAML

/// Compares a field's limits: each bound tightened or loosened, and the pattern and format
/// added, removed or changed. Limits never change the generated Swift types.
struct LimitDiffer {
    /// The model's id, or nil in `api.yaml`.
    let model: String?

    /// Which way a bound points: a lower bound tightens when it rises, an upper one when it falls.
    private enum Side {
        case lower, upper
    }

    /// The changes from `old` to `new` at `path`.
    func changes(_ old: SchemaSpec, _ new: SchemaSpec, at path: String) -> [SpecChange] {
        var changes: [SpecChange] = []
        let counts: [(ChangeKind, String, Side, Located<Int>?, Located<Int>?)] = [
            (.minLengthChanged, "minLength", .lower, old.minLength, new.minLength),
            (.maxLengthChanged, "maxLength", .upper, old.maxLength, new.maxLength),
            (.minItemsChanged, "minItems", .lower, old.minItems, new.minItems),
            (.maxItemsChanged, "maxItems", .upper, old.maxItems, new.maxItems),
        ]
        for (kind, name, side, before, after) in counts {
            changes += bound(
                kind, name, side, before.map { Located(SpecNumber.integer($0.value), at: $0.location) },
                after.map { Located(SpecNumber.integer($0.value), at: $0.location) }, old, new, path)
        }
        changes += bound(.minimumChanged, "minimum", .lower, old.minimum, new.minimum, old, new, path)
        changes += bound(.maximumChanged, "maximum", .upper, old.maximum, new.maximum, old, new, path)
        if let change = text(
            .patternChanged, "pattern", old.pattern.map { Located("/\($0.value)/", at: $0.location) },
            new.pattern.map { Located("/\($0.value)/", at: $0.location) }, old, new, path)
        {
            changes.append(change)
        }
        if let change = text(
            .formatChanged, "format", old.format.map { Located($0.value.rawValue, at: $0.location) },
            new.format.map { Located($0.value.rawValue, at: $0.location) }, old, new, path)
        {
            changes.append(change)
        }
        return changes
    }

    /// One bound: added, removed, raised or lowered.
    private func bound(
        _ kind: ChangeKind, _ name: String, _ side: Side, _ before: Located<SpecNumber>?, _ after: Located<SpecNumber>?,
        _ old: SchemaSpec, _ new: SchemaSpec, _ path: String
    ) -> [SpecChange] {
        let wire: WireImpact
        switch (before, after) {
        case (nil, nil): return []
        case (nil, _?): wire = .tightened
        case (_?, nil): wire = .loosened
        case (let before?, let after?):
            guard before.value != after.value else { return [] }
            let raised = before.value < after.value
            wire = (side == .lower) == raised ? .tightened : .loosened
        }
        let detail = "\(name) \(before.map { "\($0.value)" } ?? "none") → \(after.map { "\($0.value)" } ?? "none")"
        return [
            SpecChange(
                kind: kind, model: model, path: path, detail: detail, old: before?.location ?? old.location,
                new: after?.location ?? new.location, source: .compatible, wire: wire)
        ]
    }

    /// A pattern or format: added (tightened), removed (loosened) or replaced (changed).
    private func text(
        _ kind: ChangeKind, _ name: String, _ before: Located<String>?, _ after: Located<String>?, _ old: SchemaSpec,
        _ new: SchemaSpec, _ path: String
    ) -> SpecChange? {
        let wire: WireImpact
        switch (before, after) {
        case (nil, nil): return nil
        case (nil, _?): wire = .tightened
        case (_?, nil): wire = .loosened
        case (let before?, let after?):
            guard Array(before.value.utf8) != Array(after.value.utf8) else { return nil }
            wire = .changed
        }
        return SpecChange(
            kind: kind, model: model, path: path,
            detail: "\(name) \(before?.value ?? "none") → \(after?.value ?? "none")",
            old: before?.location ?? old.location, new: after?.location ?? new.location, source: .compatible,
            wire: wire)
    }
}
