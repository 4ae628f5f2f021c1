import LiangXinSpec
import LiangXinYAML

/// Compares one field's schema on both sides: type, nullability, default, description, enum
/// values and aliases, every limit, pattern and format; then array items and object fields.
struct SchemaDiffer {
    /// The model's id, or nil in `api.yaml`.
    let model: String?
    /// How the fields are read.
    let reading: FieldDiffer.Reading

    /// The changes from `old` to `new` at `path`; `required` when the field is required on both
    /// sides (nullability then changes the Swift type).
    func changes(_ old: SchemaSpec, _ new: SchemaSpec, at path: String, required: Bool) -> [SpecChange] {
        guard old.kind.name == new.kind.name else {
            return [
                change(
                    .typeChanged, path, "type \(old.kind.name) → \(new.kind.name)", old.typeLocation,
                    new.typeLocation, .breaking, .changed)
            ]
        }
        var changes: [SpecChange] = []
        if old.nullable != new.nullable {
            changes.append(
                change(
                    .nullabilityChanged, path, new.nullable ? "now nullable" : "no longer nullable", old.location,
                    new.location, required ? .breaking : .compatible, new.nullable ? .loosened : .tightened))
        }
        if old.defaultValue?.value.json != new.defaultValue?.value.json {
            changes.append(
                change(
                    .defaultChanged, path,
                    "default \(old.defaultValue?.value.json ?? "none") → \(new.defaultValue?.value.json ?? "none")",
                    old.defaultValue?.location ?? old.location, new.defaultValue?.location ?? new.location, .compatible,
                    .unchanged))
        }
        if old.description != new.description {
            changes.append(
                change(
                    .descriptionChanged, path, "description changed", old.location, new.location, .compatible,
                    .unchanged))
        }
        changes += EnumDiffer(model: model).changes(old, new, at: path)
        changes += LimitDiffer(model: model).changes(old, new, at: path)
        switch (old.kind, new.kind) {
        case (.array(let oldItems), .array(let newItems)):
            changes += self.changes(oldItems, newItems, at: path + "[]", required: true)
        case (.object(let oldFields), .object(let newFields)):
            changes += FieldDiffer(model: model, reading: reading).changes(oldFields, newFields, at: path)
        default: break
        }
        return changes
    }

    /// A change of this model at `path`.
    private func change(
        _ kind: ChangeKind, _ path: String, _ detail: String, _ old: FileLocation, _ new: FileLocation,
        _ source: SourceImpact, _ wire: WireImpact
    ) -> SpecChange {
        SpecChange(kind: kind, model: model, path: path, detail: detail, old: old, new: new, source: source, wire: wire)
    }
}
