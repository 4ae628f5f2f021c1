import LiangXinCorpus
import LiangXinRuntime
import LiangXinSpec

/// Checks each change's wire verdict with payloads instead of taking it on trust.
///
/// For a change of a model, it makes createTask bodies the old spec accepts: random valid
/// inputs, and inputs whose changed field holds each edge value of its old schema (bounds,
/// every enum value and alias, null, absent). The new spec's interpreter then judges them.
/// A change that rejects old payloads gets the first body rejected at its path as its
/// example; a change said to reject none that the oracle catches rejecting one is corrected
/// to `tightened` and keeps the example (``disagreements`` counts them, and tests require 0).
/// A model whose valid payloads cannot be small (``payloadsStayBounded(_:)``) keeps its
/// classification unchecked, so that a hostile spec cannot make the oracle allocate gigabytes.
public struct WireOracle {
    /// The old spec set.
    let old: SpecSet
    /// The new spec set.
    let new: SpecSet
    /// The old spec's interpreter: a candidate body must pass it.
    let oldValidator: SpecValidator
    /// The new spec's interpreter.
    let newValidator: SpecValidator
    /// Random valid inputs tried for each change, beside the edge values.
    let samples: Int
    /// Changes whose verdict the payloads contradicted.
    public private(set) var disagreements = 0

    /// An oracle over two spec sets; `samples` random inputs a change (and its edge values).
    public init(old: SpecSet, new: SpecSet, samples: Int = 48) {
        self.old = old
        self.new = new
        self.oldValidator = SpecValidator(specs: old)
        self.newValidator = SpecValidator(specs: new)
        self.samples = samples
    }

    /// Each change, with its example and its wire verdict checked where payloads can show it
    /// (changes of models; `api.yaml`'s are left as classified).
    public mutating func examine(_ changes: [SpecChange]) -> [SpecChange] {
        changes.map { change in
            guard let id = change.model, let model = old.models.first(where: { $0.id.value == id }),
                Self.payloadsStayBounded(model.input)
            else {
                return change
            }
            return examine(change, of: model)
        }
    }

    /// One change of a model present in the old spec.
    private mutating func examine(_ change: SpecChange, of model: ModelSpec) -> SpecChange {
        var change = change
        let pointer = Self.pointer(change.path)
        var factory = PayloadFactory(models: [model], seed: Self.seed(change), textLength: 40)
        var candidates = EdgeBodies(model: model, path: change.path).bodies(&factory)
        candidates += factory.validInputs(model, count: samples).map { Self.body(model.id.value, $0) }
        for body in candidates {
            let bytes = Array(body.utf8)
            guard bytes.withUnsafeBytes({ oldValidator.validate(body: $0) }).isEmpty else { continue }
            let issues = bytes.withUnsafeBytes { newValidator.validate(body: $0) }
            let ours = issues.filter { $0.pointer.hasPrefix(pointer) }
            guard !ours.isEmpty else { continue }
            if !change.wire.rejectsOldPayloads {
                disagreements += 1
                change.wire = .tightened
            }
            change.example = body
            change.exampleIssues = ours.map(\.description)
            break
        }
        return change
    }

    /// The longest string and the most items a payload of the oracle may need: a spec whose
    /// valid payloads must be larger (a `minLength` of a billion) is left to its classification.
    static let largestString = 1 << 20
    static let mostItems = 10_000

    /// Whether every valid payload of these fields can be small: no minimum length or item
    /// count past the limits above, at any depth.
    static func payloadsStayBounded(_ fields: [FieldSpec]) -> Bool {
        fields.allSatisfy { schemaStaysBounded($0.schema) }
    }

    /// One schema, its items and its fields.
    private static func schemaStaysBounded(_ schema: SchemaSpec) -> Bool {
        guard (schema.minLength?.value ?? 0) <= largestString, (schema.minItems?.value ?? 0) <= mostItems else {
            return false
        }
        if let items = schema.items, !schemaStaysBounded(items) { return false }
        return schema.fields.map(payloadsStayBounded) ?? true
    }

    /// A createTask body for a model's input.
    static func body(_ id: String, _ input: [(String, JSONValue)]) -> String {
        let members = input.map { JSONMember(key: $0.0, value: $0.1) }
        return JSONValue.object(
            JSONObject([
                JSONMember(key: "model", value: .string(JSONStringValue(id))),
                JSONMember(key: "input", value: .object(JSONObject(members))),
            ])
        ).jsonText
    }

    /// The JSON pointer issues of a change are under: `input.style.color` → `/input/style/color`,
    /// `input.images[]` → `/input/images`, a rule → `/input`, the model itself → the whole body.
    static func pointer(_ path: String) -> String {
        if path.isEmpty { return "" }
        if path.hasPrefix("rules.") { return "/input" }
        return "/" + path.replacingOccurrences(of: "[]", with: "").split(separator: ".").joined(separator: "/")
    }

    /// A seed fixed by the change, so the same specs give the same examples.
    static func seed(_ change: SpecChange) -> UInt64 {
        var hash = FNV1a()
        hash.add((change.model ?? "").utf8)
        hash.add([0])
        hash.add(change.path.utf8)
        hash.add([0])
        hash.add(change.kind.rawValue.utf8)
        return hash.value
    }
}
