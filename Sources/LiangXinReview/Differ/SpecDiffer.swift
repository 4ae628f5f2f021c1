import LiangXinSpec
import LiangXinYAML

/// Compares two checked spec sets: models added, removed and changed, then `api.yaml`.
/// Changes come out per model in the new spec's file order, each model's in spec order.
public struct SpecDiffer: Sendable {
    /// Creates a differ.
    public init() {}

    /// Every change from `old` to `new`.
    public func changes(from old: SpecSet, to new: SpecSet) -> [SpecChange] {
        var changes: [SpecChange] = []
        let oldModels = Dictionary(old.models.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.models.map(\.id.value))
        for model in new.models {
            guard let before = oldModels[model.id.value] else {
                changes.append(
                    SpecChange(
                        kind: .modelAdded, model: model.id.value, path: "", detail: "new model \(model.title)",
                        old: nil, new: model.id.location, source: .compatible, wire: .loosened))
                continue
            }
            changes += ModelDiffer(old: before, new: model).changes()
        }
        for model in old.models where !newIDs.contains(model.id.value) {
            changes.append(
                SpecChange(
                    kind: .modelRemoved, model: model.id.value, path: "", detail: "model \(model.title) removed",
                    old: model.id.location, new: nil, source: .breaking, wire: .tightened))
        }
        changes += APIDiffer(old: old.api, new: new.api).changes()
        return changes
    }
}

/// The changes of one model present on both sides: deprecation, the input's fields, the rules.
struct ModelDiffer {
    /// The model before.
    let old: ModelSpec
    /// The model after.
    let new: ModelSpec

    /// Every change, in spec order.
    func changes() -> [SpecChange] {
        let id = new.id.value
        var changes: [SpecChange] = []
        switch (old.deprecation, new.deprecation) {
        case (nil, let note?):
            changes.append(
                SpecChange(
                    kind: .modelDeprecated, model: id, path: "", detail: "deprecated: \(note)", old: old.id.location,
                    new: new.id.location, source: .compatible, wire: .unchanged))
        case (_?, nil):
            changes.append(
                SpecChange(
                    kind: .modelUndeprecated, model: id, path: "", detail: "no longer deprecated",
                    old: old.id.location, new: new.id.location, source: .compatible, wire: .unchanged))
        default: break
        }
        changes += FieldDiffer(model: id, reading: .strict).changes(old.input, new.input, at: "input")
        changes += RuleDiffer(model: id).changes(old.rules, new.rules, old: old.id.location, new: new.id.location)
        return changes
    }
}
