import LiangXinCorpus
import LiangXinRuntime
import LiangXinSpec

/// createTask bodies that put the edge values of a changed field's old schema at its path,
/// inside an otherwise valid input, and one body without the field when it is optional.
struct EdgeBodies {
    /// The model, as the old spec has it.
    let model: ModelSpec
    /// The change's path: `input.prompt`, `input.style.color`, `input.images[]`.
    let path: String

    /// The bodies; none when the path names no field of the old model (an added field, a rule).
    func bodies(_ factory: inout PayloadFactory) -> [String] {
        let components = path.split(separator: ".").map(String.init)
        guard components.first == "input", components.count > 1 else { return [] }
        let names = components.dropFirst().map { $0.replacingOccurrences(of: "[]", with: "") }
        let base = factory.validInputs(model, count: 0).first ?? []
        guard let schema = Self.schema(at: names, in: model.input) else { return [] }
        var edges: [JSONValue?] = factory.edgeValues(schema).map { $0 }
        // Arrays named with `[]` take each edge as their one item.
        if path.hasSuffix("[]") { edges = edges.map { $0.map { .array([$0]) } } }
        edges.append(nil)
        return edges.compactMap { edge in
            guard let input = Self.placing(edge, at: names, in: base, fields: model.input, factory: &factory) else {
                return nil
            }
            return WireOracle.body(model.id.value, input)
        }
    }

    /// The schema of the field at `names`, through nested objects and array items.
    static func schema(at names: [String], in fields: [FieldSpec]) -> SchemaSpec? {
        guard let first = names.first, let field = fields.first(where: { $0.name == first }) else { return nil }
        var schema = field.schema
        if names.count == 1 { return schema }
        while let items = schema.items { schema = items }
        guard let nested = schema.fields else { return nil }
        return Self.schema(at: Array(names.dropFirst()), in: nested)
    }

    /// `members` with `value` at `names` (nil removes the field); nested objects are made valid
    /// first. Nil when the path cannot be built.
    static func placing(
        _ value: JSONValue?, at names: [String], in members: [(String, JSONValue)], fields: [FieldSpec],
        factory: inout PayloadFactory
    ) -> [(String, JSONValue)]? {
        guard let first = names.first, let field = fields.first(where: { $0.name == first }) else { return nil }
        /// `members` with the field set to `value` where it was (or last), or removed.
        func setting(_ value: JSONValue?) -> [(String, JSONValue)] {
            guard let value else { return members.filter { $0.0 != first } }
            guard let index = members.firstIndex(where: { $0.0 == first }) else { return members + [(first, value)] }
            var members = members
            members[index].1 = value
            return members
        }
        if names.count == 1 { return setting(value) }
        var schema = field.schema
        var depth = 0
        while let items = schema.items {
            schema = items
            depth += 1
        }
        guard let nested = schema.fields, case .object(let valid)? = factory.edgeValues(schema).last,
            let object = placing(
                value, at: Array(names.dropFirst()), in: valid.members.map { ($0.key, $0.value) }, fields: nested,
                factory: &factory)
        else { return nil }
        var placed = JSONValue.object(JSONObject(object.map { JSONMember(key: $0.0, value: $0.1) }))
        for _ in 0..<depth { placed = .array([placed]) }
        return setting(placed)
    }
}
