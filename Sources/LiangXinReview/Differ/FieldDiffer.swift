import LiangXinSpec
import LiangXinYAML

/// Compares two lists of fields: added, removed (with renames flagged as questions), and
/// changed, recursing into objects and array items.
struct FieldDiffer {
    /// How the side that receives these fields reads them.
    enum Reading {
        /// Requests and model inputs: unknown keys are errors, so a removed field rejects the
        /// payloads that still send it.
        case strict
        /// API answers: unknown members are ignored, so a removed field rejects nothing.
        case lenient
    }

    /// The model's id, or nil in `api.yaml`.
    let model: String?
    /// How the fields are read.
    let reading: Reading

    /// The changes from `old` to `new`, under `path` (`input`, `input.style`).
    func changes(_ old: [FieldSpec], _ new: [FieldSpec], at path: String) -> [SpecChange] {
        var changes: [SpecChange] = []
        let oldNames = Set(old.map(\.name))
        let newNames = Set(new.map(\.name))
        let removed = old.filter { !newNames.contains($0.name) }
        let added = new.filter { !oldNames.contains($0.name) }
        for field in new {
            let fieldPath = path + "." + field.name
            if let before = old.first(where: { $0.name == field.name }) {
                changes += fieldChanges(before, field, at: fieldPath)
                continue
            }
            let twin = removed.first { Self.looksRenamed($0, field) }
            changes.append(
                SpecChange(
                    kind: .fieldAdded, model: model, path: fieldPath,
                    detail: field.required ? "new required field" : "new optional field", old: nil,
                    new: field.location, source: field.required ? .breaking : .compatible,
                    wire: field.required ? .tightened : reading == .strict ? .loosened : .unchanged,
                    question: twin.map { "renamed from `\($0.name)`?" }))
        }
        for field in removed {
            let twin = added.first { Self.looksRenamed(field, $0) }
            changes.append(
                SpecChange(
                    kind: .fieldRemoved, model: model, path: path + "." + field.name,
                    detail: field.required ? "required field removed" : "optional field removed",
                    old: field.location, new: nil, source: .breaking,
                    wire: reading == .strict ? .tightened : .loosened,
                    question: twin.map { "renamed to `\($0.name)`?" }))
        }
        return changes
    }

    /// A removed and an added field with the same type and the same description.
    static func looksRenamed(_ removed: FieldSpec, _ added: FieldSpec) -> Bool {
        removed.schema.kind.name == added.schema.kind.name && removed.schema.description != nil
            && removed.schema.description == added.schema.description
    }

    /// The changes of one field present on both sides.
    private func fieldChanges(_ old: FieldSpec, _ new: FieldSpec, at path: String) -> [SpecChange] {
        var changes: [SpecChange] = []
        if old.required != new.required {
            // The property's type changes (`T?` ↔ `T`), and so does the memberwise init.
            let nowRequired = new.required
            changes.append(
                SpecChange(
                    kind: .requiredChanged, model: model, path: path,
                    detail: nowRequired ? "now required" : "now optional", old: old.location, new: new.location,
                    source: .breaking, wire: nowRequired ? .tightened : .loosened))
        }
        changes += SchemaDiffer(model: model, reading: reading).changes(
            old.schema, new.schema, at: path, required: old.required && new.required)
        return changes
    }
}
