@_spi(LiangXinGenerated) import LiangXinRuntime

/// `liangxin-gen validate`'s engine: createTask bodies (or bare inputs) checked against
/// specs interpreted at run time, with the generated validators' exact semantics.
///
/// A payload is first walked once by the single-pass ``PayloadVerifier``, which settles the
/// valid ones without building a JSON tree; any other payload is parsed and interpreted, which
/// reports its issues. Both paths give the same outcome for every payload.
public struct SpecValidator: Sendable {
    /// How payloads are checked.
    public enum Engine: Sendable {
        /// The single-pass verifier, then the interpreter for whatever it does not settle.
        case singlePassFirst
        /// The interpreter alone (for comparisons and benchmarks).
        case interpreterOnly
    }

    private let bodies: CreateTaskBodyValidator
    private let inputs: [String: CreateTaskBodyValidator.InputValidator]
    /// The single-pass verifier, unless the interpreter runs alone.
    private let verifier: PayloadVerifier?

    /// Prepares a validator for every model of a checked spec set.
    public init(specs: SpecSet, engine: Engine = .singlePassFirst) {
        verifier = engine == .singlePassFirst ? PayloadVerifier(specs: specs) : nil
        var inputs: [String: CreateTaskBodyValidator.InputValidator] = [:]
        var knownStrings: [String] = []
        for model in specs.models {
            let interpreter = SchemaInterpreter(fields: model.input, rules: model.rules)
            inputs[model.id.value.unshared] = { json, pointer, issues in
                interpreter.validate(json, at: pointer, issues: &issues)
            }
            knownStrings += interpreter.knownStrings
        }
        self.inputs = inputs
        self.bodies = CreateTaskBodyValidator(validators: inputs, strings: .deferNonASCII, knownStrings: knownStrings)
    }

    /// The model ids known to the specs, sorted.
    public var modelIDs: [String] { inputs.keys.sorted() }

    /// Every issue of a createTask body, with its model id and any parse error.
    public func check(body: UnsafeRawBufferPointer) -> CreateTaskBodyValidator.Outcome {
        if let verifier, let model = verifier.verify(body: body) {
            return .init(model: verifier.modelIDs[model], issues: [], parseError: nil)
        }
        return bodies.check(bytes: body)
    }

    /// Every issue of a createTask body.
    public func validate(body: UnsafeRawBufferPointer) -> [ValidationIssue] {
        check(body: body).issues
    }

    /// Every issue of a createTask body already parsed.
    public func validate(json: JSONValue) -> [ValidationIssue] {
        bodies.validate(json: json)
    }

    /// Whether the specs describe a model.
    public func knows(model: String) -> Bool { inputs.value(forWireKey: model) != nil }

    /// Every issue of a bare `input` object of a known model, with pointers from its root.
    public func check(input: UnsafeRawBufferPointer, model: String) -> CreateTaskBodyValidator.Outcome {
        guard let validator = inputs.value(forWireKey: model) else {
            return .init(model: model, issues: [], parseError: nil)
        }
        if let verifier, let index = verifier.position(ofModel: model),
            verifier.verify(input: input, model: index)
        {
            return .init(model: model, issues: [], parseError: nil)
        }
        let json: JSONValue
        do throws(JSONParseError) {
            json = try JSONParser.parse(input, strings: .deferNonASCII, known: bodies.knownStrings)
        } catch {
            return .init(
                model: model, issues: [CreateTaskBodyValidator.issue(for: error)], parseError: error)
        }
        var issues = ValidationIssues()
        validator(json, .root, &issues)
        return .init(model: model, issues: issues.all, parseError: nil)
    }
}
