/// A generated object type: built from untyped JSON, written as JSON, checked against its spec.
///
/// Model inputs conform through ``LiangXinInput``, their nested objects through
/// ``SpecValidatable``.
public protocol SpecObject {
    /// Builds the value from JSON, recording every shape issue (type, required, null,
    /// unknown key, enum); nil when the shape is unsound.
    @_spi(LiangXinGenerated) init?(json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues)
    /// The value as JSON, under the wire names in spec order.
    var jsonValue: JSONValue { get }
    /// Records every constraint issue (lengths, ranges, formats, items, cross-field rules).
    @_spi(LiangXinGenerated) func validate(at pointer: JSONPointer, into issues: inout ValidationIssues)
}

/// A spec object that is a field of another object: read and written as a field value.
public protocol SpecValidatable: SpecObject, JSONReadable, JSONWritable, CustomStringConvertible {}

/// The `input` object of one model's createTask request.
///
/// It is not a ``SpecValidatable``: an input is never a field of another object, and each
/// conformance costs every model its witness table and thunks (three fewer cut about 2% off the
/// compiler's instructions a model).
public protocol LiangXinInput: SpecObject, Codable, Hashable, Sendable, CustomStringConvertible {
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
///
/// Its one requirement besides `Input` is ``info``; `id`, `title`, `summary` and
/// `deprecation` read it. One requirement instead of four saves every model three witness
/// thunks (about 2% of the compiler's instructions a model).
public protocol LiangXinModel: Sendable {
    /// The model's input type.
    associatedtype Input: LiangXinInput
    /// The model's id, title, summary and deprecation note.
    static var info: LiangXinModelInfo { get }
}

extension LiangXinModel {
    /// The id sent as `model`, e.g. `z-image`.
    public static var id: String { info.id }
    /// A short human title.
    public static var title: String { info.title }
    /// What the model does.
    public static var summary: String { info.summary }
    /// Why the model should not be used any more, when it should not.
    public static var deprecation: String? { info.deprecation }

    /// Checks an untyped `input`: its shape, then (when sound) every constraint.
    @_spi(LiangXinGenerated) public static func validateInput(
        _ json: JSONValue, at pointer: JSONPointer, into issues: inout ValidationIssues
    ) {
        guard let input = Input(json: json, at: pointer, issues: &issues) else { return }
        input.validate(at: pointer, into: &issues)
    }
}

extension SpecObject {
    /// The value as the compact JSON the wire carries, e.g.
    /// `{"prompt":"A cafe terrace","seed":7}` (what `print` and string interpolation show).
    public var description: String { jsonValue.jsonText }
}

extension SpecValidatable {
    /// Reads a nested object from untyped JSON (its `JSONReadable` conformance).
    @_spi(LiangXinGenerated) public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Self? {
        Self(json: json, at: pointer, issues: &issues)
    }
}
