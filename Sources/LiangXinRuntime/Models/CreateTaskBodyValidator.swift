/// Validates whole createTask bodies, `{"model", "callBackUrl", "input"}`, against a set of
/// input validators: the generated models, or the spec interpreter of `liangxin-gen validate`.
public struct CreateTaskBodyValidator: Sendable {
    /// Checks one model's untyped `input` object at a pointer.
    @_spi(LiangXinGenerated) public typealias InputValidator =
        @Sendable (JSONValue, JSONPointer, inout ValidationIssues) -> Void

    /// The keys a body may have.
    public static let bodyKeys = ["model", "callBackUrl", "input"]

    private let validators: [String: InputValidator]
    private let modelIDs: [String]
    /// How the parser decodes string values; the input validators must accept what it gives.
    private let strings: JSONParser.StringDecoding
    /// Keys and values the parser takes ready-made: the body's keys and the model ids, and
    /// whatever else the caller knows its inputs use.
    public let knownStrings: JSONKnownStrings

    /// Creates a validator from each model id's input validator. Input validators that only
    /// count and compare string values can ask for them undecoded (`.deferNonASCII`); callers
    /// that know the inputs' keys and enum values can name them (`knownStrings`) to spare the
    /// parser making them again for every body.
    @_spi(LiangXinGenerated) public init(
        validators: [String: InputValidator], strings: JSONParser.StringDecoding = .eager,
        knownStrings: [String] = []
    ) {
        self.validators = validators
        self.modelIDs = validators.keys.sorted()
        self.strings = strings
        self.knownStrings = JSONKnownStrings(Self.bodyKeys + modelIDs + knownStrings)
    }

    /// Every issue of a body given as any collection of bytes (`Data`, `[UInt8]`, a slice).
    @inlinable
    public func validate<Bytes: Collection<UInt8>>(body: Bytes) -> [ValidationIssue] {
        if let issues = body.withContiguousStorageIfAvailable({
            validate(bytes: UnsafeRawBufferPointer($0))
        }) {
            return issues
        }
        return Array(body).withUnsafeBytes { validate(bytes: $0) }
    }

    /// Every issue of a body given as bytes; invalid JSON is one issue at the root.
    public func validate(bytes: UnsafeRawBufferPointer) -> [ValidationIssue] {
        check(bytes: bytes).issues
    }

    /// The outcome of one body: its `model` when it names one, and every issue.
    public struct Outcome: Sendable {
        /// The body's `model` string, if it has one.
        public var model: String?
        /// Every issue, in order.
        public var issues: [ValidationIssue]
        /// The parse error, when the body is not JSON at all.
        public var parseError: JSONParseError?

        /// Creates an outcome.
        public init(model: String?, issues: [ValidationIssue], parseError: JSONParseError?) {
            self.model = model
            self.issues = issues
            self.parseError = parseError
        }
    }

    /// Checks a body given as bytes, keeping its model id and any parse error.
    public func check(bytes: UnsafeRawBufferPointer) -> Outcome {
        do throws(JSONParseError) {
            let json = try JSONParser.parse(bytes, strings: strings, known: knownStrings)
            var model: String?
            if case .object(let object) = json, case .string(let id)? = object["model"] { model = id.string }
            return Outcome(model: model, issues: validate(json: json), parseError: nil)
        } catch {
            return Outcome(model: nil, issues: [Self.issue(for: error)], parseError: error)
        }
    }

    /// The issue that reports a parse error.
    public static func issue(for error: JSONParseError) -> ValidationIssue {
        ValidationIssue(pointer: "", code: .invalidJSON, message: error.description)
    }

    /// Every issue of a parsed body.
    public func validate(json: JSONValue) -> [ValidationIssue] {
        var issues = ValidationIssues()
        guard var body = JSONObjectReader(json, at: .root, issues: &issues) else { return issues.all }
        let model = body.read(
            "model", required: true, nullable: false, issues: &issues, JSONReading.string)
        if let callBack = body.read(
            "callBackUrl", required: false, nullable: false, issues: &issues, JSONReading.string)
        {
            issues.checkFormat(callBack, at: JSONPointer("/callBackUrl"), .httpsURL)
        }
        var validator: InputValidator?
        if let model {
            validator = validators.value(forWireKey: model)
            if validator == nil {
                let hint =
                    Suggestion.closest(to: model, among: modelIDs).map {
                        "; did you mean \(JSONString.quote($0))?"
                    } ?? ""
                issues.add(
                    .unknownModel, at: JSONPointer("/model"), "is not a known model id\(hint)",
                    limit: modelIDs.joined(separator: ", "), actual: IssueText.quoted(model))
            }
        }
        let input = body.read("input", required: true, nullable: false, issues: &issues) {
            value, pointer, issues in
            if case .object = value { return value }
            JSONReading.mismatch(value, expected: "an object", at: pointer, issues: &issues)
            return nil
        }
        body.reportUnknownKeys(known: Self.bodyKeys, issues: &issues)
        if let input, let validator { validator(input, .input, &issues) }
        return issues.all
    }
}
