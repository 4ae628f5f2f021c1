/// Reads a server answer's object field by field, collecting every shape issue.
///
/// Answers are read leniently about what the spec does not describe (unknown members are
/// ignored, so the service can add fields) and strictly about what it does: a missing field or
/// a wrong JSON type is an issue. Each accessor returns a placeholder when the member is
/// unusable; ``finish()`` then throws every issue, so a half-read value never escapes.
@_spi(LiangXinGenerated) public struct ResponseReader {
    private var reader: JSONObjectReader?
    private var issues = ValidationIssues()
    /// Where the object is in the answer, e.g. `/data`.
    public let pointer: JSONPointer

    /// Starts reading an object; a non-object is an issue.
    public init(_ value: JSONValue, at pointer: JSONPointer) {
        self.pointer = pointer
        reader = JSONObjectReader(value, at: pointer, issues: &issues)
    }

    /// A required string member ("" when unusable).
    public mutating func string(_ key: String) -> String {
        read(key, required: true, JSONReading.string) ?? ""
    }

    /// An optional string member.
    public mutating func optionalString(_ key: String) -> String? {
        read(key, required: false, JSONReading.string)
    }

    /// A required integer member (0 when unusable).
    public mutating func integer(_ key: String) -> Int {
        read(key, required: true, JSONReading.integer) ?? 0
    }

    /// An optional integer member.
    public mutating func optionalInteger(_ key: String) -> Int? {
        read(key, required: false, JSONReading.integer)
    }

    /// A boolean member (false when unusable).
    public mutating func bool(_ key: String) -> Bool {
        read(key, required: true, JSONReading.bool) ?? false
    }

    /// An optional boolean member.
    public mutating func optionalBool(_ key: String) -> Bool? {
        read(key, required: false, JSONReading.bool)
    }

    /// An optional number member.
    public mutating func optionalNumber(_ key: String) -> Double? {
        read(key, required: false, JSONReading.number)
    }

    /// A number member (0 when unusable).
    public mutating func number(_ key: String) -> Double {
        read(key, required: true, JSONReading.number) ?? 0
    }

    /// A member of any JSON type; nil when it is null or absent (an issue when required, or
    /// null and not nullable).
    public mutating func value(_ key: String, required: Bool, nullable: Bool = false) -> JSONValue? {
        read(key, required: required, nullable: nullable) { value, _, _ in value }
    }

    /// A nested object member read as a payload type; issues it throws are kept. Nil when
    /// absent or null (an issue when required).
    public mutating func object<Value: APIPayload>(
        _ key: String, required: Bool, nullable: Bool = false, as type: Value.Type
    ) -> Value? {
        guard let json = value(key, required: required, nullable: nullable) else { return nil }
        return decode(json, at: pointer.appending(key))
    }

    /// A required integer member that counts Unix milliseconds; nil when it is 0 (unset).
    public mutating func unixMilliseconds(_ key: String) -> Int? {
        let count = integer(key)
        return count == 0 ? nil : count
    }

    /// A value that reading guarantees once ``finish()`` passed: a required member that was
    /// read (nil only with an issue recorded, which ``finish()`` throws).
    public func unwrap<Value>(_ value: Value?, _ key: String) throws(ResponseDecodingError) -> Value {
        guard let value else {
            throw ResponseDecodingError(issues: [
                ValidationIssue(pointer: pointer.appending(key).text, code: .required, message: "is required")
            ])
        }
        return value
    }

    /// A required member read as a model input (shape only: types, required fields, enums).
    public mutating func input<Value: SpecObject>(_ key: String, as type: Value.Type) -> Value? {
        guard let json = value(key, required: true) else { return nil }
        return Value(json: json, at: pointer.appending(key), issues: &issues)
    }

    /// A JSON string member decoded into a nested value; nil when the string is empty.
    public mutating func embedded<Value: APIPayload>(_ key: String, as type: Value.Type) -> Value? {
        guard let json = embeddedJSON(key) else { return nil }
        return decode(json, at: pointer.appending(key))
    }

    /// Decodes a nested value, keeping its issues with the reader's.
    public mutating func decode<Value: APIPayload>(_ json: JSONValue, at pointer: JSONPointer) -> Value? {
        do throws(ResponseDecodingError) {
            return try Value(json: json, at: pointer)
        } catch {
            for issue in error.issues { issues.append(issue) }
            return nil
        }
    }

    /// Records an issue of the caller's (a value that reads but does not fit), e.g.
    /// `must be "z-image" (got "flux-2-pro")`.
    public mutating func report(_ key: String, _ message: String, actual: String? = nil) {
        let text = actual.map { "\(message) (got \($0))" } ?? message
        issues.add(.type, at: pointer.appending(key), text, actual: actual)
    }

    /// A required array of strings ([] when unusable).
    public mutating func strings(_ key: String) -> [String] {
        read(key, required: true) { value, pointer, issues in
            JSONReading.array(value, at: pointer, issues: &issues, item: JSONReading.string)
        } ?? []
    }

    /// A required member holding JSON as a string: nil when the string is empty; an issue
    /// when it is not valid JSON.
    public mutating func embeddedJSON(_ key: String) -> JSONValue? {
        let text = string(key)
        guard !text.isEmpty else { return nil }
        do throws(JSONParseError) {
            return try JSONParser.parse(Array(text.utf8))
        } catch {
            issues.add(.invalidJSON, at: pointer.appending(key), "must hold JSON text (\(error.description))")
            return nil
        }
    }

    /// Throws every issue found so far.
    public func finish() throws(ResponseDecodingError) {
        guard issues.isEmpty else { throw ResponseDecodingError(issues: issues.all) }
    }

    /// Reads one member with a conversion, recording issues.
    private mutating func read<Value>(
        _ key: String, required: Bool, nullable: Bool? = nil,
        _ convert: (JSONValue, JSONPointer, inout ValidationIssues) -> Value?
    ) -> Value? {
        guard var object = reader else { return nil }
        defer { reader = object }
        return object.read(key, required: required, nullable: nullable ?? !required, issues: &issues, convert)
    }
}

/// A server answer that does not have the shape `specs/api.yaml` gives it.
public struct ResponseDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every shape issue, with pointers into the answer.
    public var issues: [ValidationIssue]

    /// Creates the error.
    public init(issues: [ValidationIssue]) { self.issues = issues }

    /// `the answer does not match the API spec: /data/state: is required`.
    public var description: String {
        "the answer does not match the API spec: " + issues.map(\.description).joined(separator: "; ")
    }
}
