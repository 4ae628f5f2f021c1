/// A value that can be built from untyped JSON and checked against its spec.
///
/// Generated input types, their nested object types and enums conform.
public protocol SpecValidatable: JSONReadable, JSONWritable {
    /// Builds the value from JSON, recording every shape issue (type, required, null,
    /// unknown key, enum); nil when the shape is unsound.
    init?(json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues)
    /// Records every constraint issue (lengths, ranges, formats, items, cross-field rules).
    func validate(at pointer: JSONPointer, into issues: inout ValidationIssues)
}

/// The `input` object of one model's createTask request.
public protocol LiangXinInput: SpecValidatable, Codable, Hashable, Sendable {
    /// The model this is the input of; its `id` is the request's `model`.
    associatedtype Model: LiangXinModel
}

extension LiangXinInput {
    /// Every issue of this input, with pointers under `/input`, never stopping at the first.
    public func validate() -> [ValidationIssue] {
        var issues = ValidationIssues()
        validate(at: .input, into: &issues)
        return issues.all
    }

    /// This input when it is valid; otherwise throws every issue.
    public func validated() throws(ValidationError) -> Self {
        let issues = validate()
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        return self
    }
}

/// One model of LiangXin Market: its id, its metadata and its input type.
public protocol LiangXinModel: Sendable {
    /// The model's input type.
    associatedtype Input: LiangXinInput
    /// The id sent as `model`, e.g. `z-image`.
    static var id: String { get }
    /// A short human title.
    static var title: String { get }
    /// What the model does.
    static var summary: String { get }
    /// Why the model should not be used any more, when it should not.
    static var deprecation: String? { get }
}

extension LiangXinModel {
    /// Checks an untyped `input`: its shape, then (when sound) every constraint.
    public static func validateInput(
        _ json: JSONValue, at pointer: JSONPointer, into issues: inout ValidationIssues
    ) {
        guard let input = Input(json: json, at: pointer, issues: &issues) else { return }
        input.validate(at: pointer, into: &issues)
    }
}

extension SpecValidatable {
    /// Reads a nested object from untyped JSON (its `JSONReadable` conformance).
    public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Self? {
        Self(json: json, at: pointer, issues: &issues)
    }
}
