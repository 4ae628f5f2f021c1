import LiangXinSpec
import LiangXinYAML

/// Compares a field's enum: values added or removed (a new case breaks exhaustive `switch`es),
/// aliases added or removed, the enum opened or closed, an enum put on a plain string or taken off.
struct EnumDiffer {
    /// The model's id, or nil in `api.yaml`.
    let model: String?

    /// The changes from `old` to `new` at `path`.
    func changes(_ old: SchemaSpec, _ new: SchemaSpec, at path: String) -> [SpecChange] {
        switch (old.enumValues, new.enumValues) {
        case (nil, nil):
            return []
        case (nil, _?):
            return [
                change(.typeChanged, path, "now an enum", old.location, new.enumLocation ?? new.location, .tightened)
            ]
        case (_?, nil):
            return [
                change(
                    .typeChanged, path, "no longer an enum", old.enumLocation ?? old.location, new.location, .loosened)
            ]
        case (let before?, let after?):
            return values(before, after, old: old, new: new, at: path)
        }
    }

    /// Values, aliases and openness of an enum on both sides (values compare by their bytes).
    private func values(
        _ before: [EnumValueSpec], _ after: [EnumValueSpec], old: SchemaSpec, new: SchemaSpec, at path: String
    ) -> [SpecChange] {
        var changes: [SpecChange] = []
        let oldLocation = old.enumLocation ?? old.location
        let newLocation = new.enumLocation ?? new.location
        for value in after {
            guard let previous = before.first(where: { Array($0.value.utf8) == Array(value.value.utf8) }) else {
                changes.append(
                    change(
                        .enumValueAdded, path, "value \"\(value.value)\" added", oldLocation, value.location,
                        .loosened, source: .breaking))
                continue
            }
            let oldAliases = previous.aliases.map(\.value)
            let newAliases = value.aliases.map(\.value)
            for alias in value.aliases where !oldAliases.contains(alias.value) {
                changes.append(
                    change(
                        .aliasAdded, path, "alias \"\(alias.value)\" of \"\(value.value)\" added", previous.location,
                        alias.location, .loosened))
            }
            for alias in previous.aliases where !newAliases.contains(alias.value) {
                changes.append(
                    change(
                        .aliasRemoved, path, "alias \"\(alias.value)\" of \"\(value.value)\" removed", alias.location,
                        value.location, .tightened))
            }
        }
        for value in before where !after.contains(where: { Array($0.value.utf8) == Array(value.value.utf8) }) {
            changes.append(
                change(
                    .enumValueRemoved, path, "value \"\(value.value)\" removed", value.location, newLocation,
                    .tightened, source: .breaking))
        }
        if old.enumIsOpen != new.enumIsOpen {
            changes.append(
                change(
                    new.enumIsOpen ? .enumOpened : .enumClosed, path,
                    new.enumIsOpen ? "now open (unknown values kept)" : "now closed", oldLocation, newLocation,
                    new.enumIsOpen ? .loosened : .tightened, source: .breaking))
        }
        return changes
    }

    /// A change of this model at `path`; Swift source breaks unless said otherwise.
    private func change(
        _ kind: ChangeKind, _ path: String, _ detail: String, _ old: FileLocation, _ new: FileLocation,
        _ wire: WireImpact, source: SourceImpact? = nil
    ) -> SpecChange {
        let source = source ?? (kind == .aliasAdded || kind == .aliasRemoved ? .compatible : .breaking)
        return SpecChange(
            kind: kind, model: model, path: path, detail: detail, old: old, new: new, source: source, wire: wire)
    }
}
